import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verifySignature } from '../../cloud/signing';
import { NetworkError } from '../../cloud/errors';
import { LoopbackServer } from './support/loopbackServer';
import { LoopbackProxy } from './support/loopbackProxy';
import { TEST_CREDENTIALS, testClient } from './support/clientFactory';
import type { ProxySetting } from '../../cloud/httpClient';

async function scenario(
  proxySetting: (proxyUrl: string) => ProxySetting,
): Promise<{ proxySeen: string[]; serverHits: number; signatureOk: boolean }> {
  const server = await LoopbackServer.start(() => ({ status: 200, body: { vpcs: [{ id: 'v', name: 'n' }] } }));
  const proxy = await LoopbackProxy.start();
  try {
    const { client } = testClient(server, { proxy: proxySetting(proxy.url) });
    const vpcs = await client.listVpcs();
    await client.close();
    assert.equal(vpcs[0].id, 'v');
    const [request] = server.received;
    const check = verifySignature(
      { method: request.method, url: server.origin + request.url, headers: request.headers, body: request.body },
      { secretFor: () => TEST_CREDENTIALS.sk },
    );
    return { proxySeen: [...proxy.seen], serverHits: server.received.length, signatureOk: check.ok };
  } finally {
    await proxy.close();
    await server.close();
  }
}

describe('proxy support', () => {
  it('an explicit proxy URL (ProxyAgent) carries the request, and the signature still verifies', async () => {
    const result = await scenario((url) => ({ mode: 'url', url }));
    assert.equal(result.serverHits, 1);
    assert.equal(result.proxySeen.length, 1);
    assert.match(result.proxySeen[0], /127\.0\.0\.1:\d+/);
    assert.equal(result.signatureOk, true);
  });

  it('HTTP_PROXY from the environment map (EnvHttpProxyAgent)', async () => {
    const result = await scenario((url) => ({ mode: 'env', env: { HTTP_PROXY: url } }));
    assert.equal(result.serverHits, 1);
    assert.equal(result.proxySeen.length, 1);
    assert.equal(result.signatureOk, true);
  });

  it('lower-case http_proxy works too; NO_PROXY for another host keeps the proxy', async () => {
    const result = await scenario((url) => ({ mode: 'env', env: { http_proxy: url, NO_PROXY: 'example.invalid' } }));
    assert.equal(result.proxySeen.length, 1);
  });

  it('NO_PROXY naming the target host bypasses the proxy', async () => {
    const result = await scenario((url) => ({
      mode: 'env',
      env: { HTTP_PROXY: url, HTTPS_PROXY: url, NO_PROXY: 'localhost,127.0.0.1' },
    }));
    assert.deepEqual(result.proxySeen, []);
    assert.equal(result.serverHits, 1);
  });

  it('an explicit proxy with a noProxy list bypasses it for those hosts', async () => {
    const result = await scenario((url) => ({ mode: 'url', url, noProxy: '127.0.0.1' }));
    assert.deepEqual(result.proxySeen, []);
  });

  it('mode none ignores proxy variables entirely', async () => {
    const result = await scenario(() => ({ mode: 'none' }));
    assert.deepEqual(result.proxySeen, []);
    assert.equal(result.serverHits, 1);
  });

  it('a proxy that is down: NetworkError that says nothing was sent', async () => {
    const proxy = await LoopbackProxy.start();
    const deadProxyUrl = proxy.url;
    await proxy.close();
    const server = await LoopbackServer.start(() => ({ status: 200, body: {} }));
    try {
      const { client } = testClient(server, { proxy: { mode: 'url', url: deadProxyUrl }, retry: { maxAttempts: 1 } });
      const error = await client.listVpcs().then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof NetworkError, String(error));
      assert.equal(error.requestMayHaveBeenSent, false);
      assert.equal(server.received.length, 0);
    } finally {
      await server.close();
    }
  });
});
