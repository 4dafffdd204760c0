/**
 * The one-entry memo behind the per-tree caches: right values for alternating keys, no stale
 * results, and (the reason it replaced WeakMaps) it keeps no earlier key alive.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LastResultMemo, releaseTreeCaches } from '../../server/service/lastResultMemo';
import { createLanguageService } from '../../server/service/languageService';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allDisks, dataDisks } from '../../server/service/rules/ruleHelpers';
import type { ObjectNode } from '../../request/parser/ast';
import { parse } from './parser.helpers';

describe('LastResultMemo', () => {
  test('computes once for repeated keys and again for each new key', () => {
    const memo = new LastResultMemo<object, number>();
    const a = {};
    const b = {};
    let computed = 0;
    const count = () => ++computed;
    assert.equal(memo.get(a, count), 1);
    assert.equal(memo.get(a, count), 1, 'same key: remembered');
    assert.equal(memo.get(b, count), 2, 'new key: computed');
    assert.equal(memo.get(a, count), 3, 'an earlier key is computed again, never answered with b');
    assert.equal(computed, 3);
  });

  test('forgets its entry when the tree caches are released', () => {
    const memo = new LastResultMemo<object, number>();
    const key = {};
    let computed = 0;
    memo.get(key, () => ++computed);
    releaseTreeCaches();
    assert.equal(
      memo.get(key, () => ++computed),
      2,
      'computed again after the release',
    );
  });

  test('parsing a new version of a document releases the caches of the previous tree', () => {
    const service = createLanguageService();
    const memo = new LastResultMemo<object, string>();
    const first = service.parse(TextDocument.create('file:///memo.ecs.json', 'ecs-json', 1, '{"server": {}}'));
    memo.get(first, () => 'first');
    assert.equal(
      service.parse(TextDocument.create('file:///memo.ecs.json', 'ecs-json', 1, '{"server": {}}')),
      first,
      'same version: cached',
    );
    assert.equal(
      memo.get(first, () => 'recomputed'),
      'first',
      'a cache hit releases nothing',
    );
    service.parse(TextDocument.create('file:///memo.ecs.json', 'ecs-json', 2, '{"server": {"name": "a"}}'));
    assert.equal(
      memo.get(first, () => 'recomputed'),
      'recomputed',
      'a new version released the memo',
    );
  });

  test('forgetting a closed document releases the caches of its tree', () => {
    const service = createLanguageService();
    const memo = new LastResultMemo<object, string>();
    const parsed = service.parse(TextDocument.create('file:///closed.ecs.json', 'ecs-json', 1, '{"server": {}}'));
    memo.get(parsed, () => 'kept');
    service.forget('file:///closed.ecs.json');
    assert.equal(
      memo.get(parsed, () => 'recomputed'),
      'recomputed',
    );
  });

  test('does not keep a replaced key alive', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memo = new LastResultMemo<object, object>();
    let first: object | undefined = {};
    let resolveCollected!: () => void;
    const collected = new Promise<void>((resolve) => {
      resolveCollected = resolve;
    });
    // The registry must stay reachable itself, or its callback never runs.
    const registry = new FinalizationRegistry<void>(() => resolveCollected());
    registry.register(first, undefined);
    memo.get(first, (key) => ({ backReference: key }));
    memo.get({}, (key) => ({ backReference: key }));
    first = undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      gc();
      const done = await Promise.race([
        collected.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10)),
      ]);
      if (done) {
        assert.ok(registry, 'kept alive until here');
        return;
      }
    }
    assert.fail('the replaced key (and its value pointing back to it) was still alive after 20 collections');
  });
});

describe('disk lists', () => {
  const serverOf = (json: string): ObjectNode => {
    const root = parse(json, 'json').root;
    assert.ok(root?.type === 'object');
    const server = root.properties[0].valueNode;
    assert.ok(server?.type === 'object');
    return server;
  };
  test('each server object gives its own list', () => {
    const one = serverOf(
      '{"server": {"root_volume": {"volumetype": "SSD"}, "data_volumes": [{"size": 10}, {"size": 20}]}}',
    );
    const two = serverOf('{"server": {"data_volumes": [{"size": 30}]}}');
    assert.deepEqual(
      allDisks(one).map((disk) => disk.label),
      ['root_volume', 'data_volumes[0]', 'data_volumes[1]'],
    );
    assert.deepEqual(
      allDisks(two).map((disk) => disk.label),
      ['data_volumes[0]'],
    );
    assert.deepEqual(
      dataDisks(one).map((disk) => disk.label),
      ['data_volumes[0]', 'data_volumes[1]'],
      'back to the first tree',
    );
    assert.deepEqual(dataDisks(undefined), []);
  });
});
