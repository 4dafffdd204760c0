import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  placeholderKey,
  placeholderNameOfKey,
  readSecretNames,
  SECRET_NAMES_KEY,
  secretNamesWith,
} from '../../client/profiles/secretNames';

describe('the stored secret names list (client)', () => {
  test('placeholder keys and the list key never collide, whatever the name', () => {
    for (const name of ['names', 'Names', 'x', 'secretNames', '_.-']) {
      assert.notEqual(placeholderKey(name), SECRET_NAMES_KEY);
      assert.equal(placeholderNameOfKey(placeholderKey(name)), name);
    }
    assert.equal(placeholderNameOfKey(SECRET_NAMES_KEY), undefined);
    assert.equal(placeholderNameOfKey('ecs.profile.p1.credentials'), undefined);
  });

  test('reads a stored list; anything unreadable is an empty list', () => {
    assert.deepEqual(readSecretNames('["A","B","A",3]'), ['A', 'B']);
    for (const raw of [undefined, '', 'not json', '{"A":1}', 'null']) assert.deepEqual(readSecretNames(raw), []);
  });

  test('adds and removes a name, and says when nothing changes', () => {
    assert.deepEqual(secretNamesWith(['B'], 'A', true), ['A', 'B']);
    assert.equal(secretNamesWith(['A', 'B'], 'A', true), undefined);
    assert.deepEqual(secretNamesWith(['A', 'B'], 'A', false), ['B']);
    assert.equal(secretNamesWith(['B'], 'A', false), undefined);
  });
});
