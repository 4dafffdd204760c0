/**
 * The adapter loads the language service on first use (after `initialize` is answered), once.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { EcsLanguageService } from '../../server/service/api';
import { lazyService } from '../../server/lsp/lazyService';

describe('lazyService', () => {
  it('creates nothing until first asked, then always hands out the same service', () => {
    let created = 0;
    const fake = { forget: () => undefined } as unknown as EcsLanguageService;
    const provider = lazyService(() => {
      created++;
      return fake;
    });
    assert.equal(created, 0, 'not created by building the provider');
    assert.equal(provider(), fake);
    assert.equal(provider(), fake);
    assert.equal(created, 1, 'created once');
  });

  it('loads the real language service by default', () => {
    const service = lazyService()();
    assert.equal(typeof service.validate, 'function');
    assert.equal(typeof service.complete, 'function');
  });
});
