import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { resolveProxy } from '../../client/cloud/proxyResolution';

describe('resolveProxy (VS Code http.* settings + environment → cloud proxy option)', () => {
  it('uses an explicit http.proxy over the environment', () => {
    const r = resolveProxy({ proxy: 'http://corp:3128' }, { HTTPS_PROXY: 'http://env:8080' });
    assert.deepEqual(r.proxy, { mode: 'url', url: 'http://corp:3128' });
  });
  it('falls back to HTTPS_PROXY, then HTTP_PROXY, in either case, when http.proxy is empty', () => {
    assert.deepEqual(
      resolveProxy({ proxy: '  ' }, { HTTPS_PROXY: 'http://env:8080', HTTP_PROXY: 'http://plain:80' }).proxy,
      { mode: 'url', url: 'http://env:8080' },
    );
    assert.deepEqual(resolveProxy({}, { https_proxy: 'http://lower:1' }).proxy, { mode: 'url', url: 'http://lower:1' });
    assert.deepEqual(resolveProxy({}, { HTTP_PROXY: 'http://plain:80' }).proxy, {
      mode: 'url',
      url: 'http://plain:80',
    });
  });
  it('connects directly when neither the settings nor the environment name a proxy', () => {
    assert.deepEqual(resolveProxy({ noProxy: ['x.example'] }, { NO_PROXY: 'y.example' }).proxy, { mode: 'none' });
  });
  it('honours the http.noProxy list, joined the NO_PROXY way', () => {
    const r = resolveProxy(
      { proxy: 'http://corp:3128', noProxy: ['localhost', ' .internal.example ', ''] },
      { NO_PROXY: 'ignored.example' },
    );
    assert.deepEqual(r.proxy, { mode: 'url', url: 'http://corp:3128', noProxy: 'localhost,.internal.example' });
  });
  it('takes NO_PROXY from the environment when http.noProxy is empty', () => {
    assert.deepEqual(
      resolveProxy({ noProxy: [] }, { HTTPS_PROXY: 'http://env:8080', no_proxy: '127.0.0.1,.corp' }).proxy,
      { mode: 'url', url: 'http://env:8080', noProxy: '127.0.0.1,.corp' },
    );
  });
  it('checks certificates by default and warns when http.proxyStrictSSL is turned off', () => {
    const strict = resolveProxy({}, {});
    assert.equal(strict.strictSSL, true);
    assert.equal(strict.warning, undefined);
    const lax = resolveProxy({ strictSSL: false }, {});
    assert.equal(lax.strictSSL, false);
    assert.match(lax.warning ?? '', /proxyStrictSSL/);
  });
});
