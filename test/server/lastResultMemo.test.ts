/**
 * The one-entry memo behind the per-tree caches: right values for alternating keys, no stale
 * results, and (the reason it replaced WeakMaps) it keeps no earlier key alive. The caches belong to
 * one service instance: another instance neither shares nor empties them.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LastResultMemo, TreeCaches } from '../../server/service/lastResultMemo';
import { createLanguageService } from '../../server/service/languageService';
import * as yamlContext from '../../server/service/completion/yamlContext';
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

  test('forgets its entry when its tree caches are released, and only then', () => {
    const caches = new TreeCaches();
    const other = new TreeCaches();
    const memo = caches.memo<object, number>();
    const key = {};
    let computed = 0;
    memo.get(key, () => ++computed);
    other.release();
    assert.equal(
      memo.get(key, () => ++computed),
      1,
      'the release of other caches leaves it alone',
    );
    caches.release();
    assert.equal(
      memo.get(key, () => ++computed),
      2,
      'computed again after the release',
    );
  });
});

describe('completion caches of a service instance', () => {
  const TEXT = 'server:\n  name: web-01\n  flavorRef: \n';
  const at = { line: 2, character: '  flavorRef: '.length };
  const contexts = yamlContext as unknown as Record<'yamlCompletionContext', typeof yamlContext.yamlCompletionContext>;
  const original = contexts.yamlCompletionContext;
  /** How often completion read a cursor context from the text (a memo miss). */
  let reads = 0;
  beforeEach(() => {
    reads = 0;
    contexts.yamlCompletionContext = (doc, offset) => {
      reads++;
      return original(doc, offset);
    };
  });
  afterEach(() => {
    contexts.yamlCompletionContext = original;
  });
  const open = (uri: string, version = 1, text = TEXT) => TextDocument.create(uri, 'ecs-yaml', version, text);

  test('two instances keep their own entries: alternating between them reads each context once', () => {
    const first = createLanguageService();
    const second = createLanguageService();
    const parsedFirst = first.parse(open('file:///first.ecs.yaml'));
    const parsedSecond = second.parse(open('file:///second.ecs.yaml'));
    for (let round = 0; round < 3; round++) {
      assert.ok(first.complete(parsedFirst, at).items.length > 0);
      assert.ok(second.complete(parsedSecond, at).items.length > 0);
    }
    assert.equal(reads, 2, 'a cache shared by the instances would read it on every call');
    second.parse(open('file:///second.ecs.yaml', 2, `${TEXT}  # edited\n`));
    second.forget('file:///second.ecs.yaml');
    first.complete(parsedFirst, at);
    assert.equal(reads, 2, "the other instance's parse and close left this instance's caches alone");
  });

  test("parsing a new version releases the instance's caches of the previous tree", () => {
    const service = createLanguageService();
    const parsed = service.parse(open('file:///memo.ecs.yaml'));
    service.complete(parsed, at);
    assert.equal(service.parse(open('file:///memo.ecs.yaml')), parsed, 'same version: cached');
    service.complete(parsed, at);
    assert.equal(reads, 1, 'a cache hit releases nothing');
    service.parse(open('file:///memo.ecs.yaml', 2, `${TEXT}  # edited\n`));
    service.complete(parsed, at);
    assert.equal(reads, 2, 'a new version released the memo');
  });

  test('forgetting a closed document releases the caches of its tree', () => {
    const service = createLanguageService();
    const parsed = service.parse(open('file:///closed.ecs.yaml'));
    service.complete(parsed, at);
    service.forget('file:///closed.ecs.yaml');
    service.complete(parsed, at);
    assert.equal(reads, 2);
  });
});

describe('LastResultMemo and the collector', () => {
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
