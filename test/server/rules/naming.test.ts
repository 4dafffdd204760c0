import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutAngleBrackets } from '../../../server/service/rules/naming';
import { assertFindings, assertNoFindings, body, FORMATS, runRule } from './ruleHarness';

describe('R01 server name', () => {
  for (const format of FORMATS) {
    test(`a batch name of 60 characters is too long (${format})`, () => {
      const name = 'a'.repeat(60);
      assertFindings(runRule('R01', body({ name, count: 3 }), format), [
        { text: name, severity: 'error', mentions: ['server.name', '59', 'isAutoRename'] },
      ]);
    });
  }

  test('59 characters fit a batch, and isAutoRename true lifts the batch limit', () => {
    assertNoFindings(runRule('R01', body({ name: 'a'.repeat(59), count: 3 })));
    assertNoFindings(runRule('R01', body({ name: 'a'.repeat(100), count: 3, isAutoRename: true })));
    assertNoFindings(runRule('R01', body({ name: 'a'.repeat(100), count: 1 })));
  });

  test('Chinese characters counting double beyond 128: a warning that names the Chinese API page', () => {
    const name = '服'.repeat(65);
    assertFindings(runRule('R01', body({ name })), [
      { text: name, severity: 'warning', mentions: ['130', '128', 'Chinese version of the API page'] },
    ]);
    assertNoFindings(runRule('R01', body({ name: '服'.repeat(64) })));
    assertNoFindings(runRule('R01', body({ name: `${'服'.repeat(60)}${'a'.repeat(8)}` })));
  });

  test('a name longer than 128 characters is an error, whatever it holds', () => {
    assertFindings(runRule('R01', body({ name: 'a'.repeat(129) })), [
      { text: 'a'.repeat(129), severity: 'error', mentions: ['129', '128'] },
    ]);
    assertFindings(runRule('R01', body({ name: '服'.repeat(129) })), [
      { text: '服'.repeat(129), severity: 'error', mentions: ['129', '128'] },
    ]);
    assertNoFindings(runRule('R01', body({ name: 'a'.repeat(128) })));
  });

  test('characters outside letters, digits, _ - . get a replacement fix', () => {
    assertFindings(runRule('R01', body({ name: 'web server#1' })), [
      {
        text: 'web server#1',
        severity: 'error',
        fixes: [{ kind: 'replaceValue', path: ['server', 'name'], candidates: ['web-server-1'] }],
        mentions: ['space', '"#"'],
      },
    ]);
  });

  test('placeholders, wrong types and a count written as a string are not judged', () => {
    assertNoFindings(runRule('R01', body({ name: '${env:SERVER_NAME}', count: 3 })));
    assertNoFindings(runRule('R01', body({ name: 42 })));
    assertNoFindings(runRule('R01', body({ name: 'a'.repeat(70), count: '3' })));
  });
});

describe('R41 description', () => {
  for (const format of FORMATS) {
    test(`angle brackets are removed by the fix (${format})`, () => {
      assertFindings(runRule('R41', body({ description: 'web <prod>' }), format), [
        {
          text: 'web <prod>',
          severity: 'error',
          fixes: [{ kind: 'replaceValue', path: ['server', 'description'], candidates: ['web prod'] }],
        },
      ]);
    });
  }

  test('the fix removes markup as a whole and keeps the words', () => {
    assert.equal(withoutAngleBrackets('<b>web</b> server'), 'web server');
    assert.equal(withoutAngleBrackets('<p class="x">web</p><br/>tier'), 'web tier');
    assert.equal(withoutAngleBrackets('a -> b <= c'), 'a - b = c');
    assert.equal(withoutAngleBrackets('web <prod>'), 'web prod');
    assert.equal(withoutAngleBrackets('<>'), undefined);
    assertFindings(runRule('R41', body({ description: '<b>web</b>' })), [
      {
        text: '<b>web</b>',
        severity: 'error',
        fixes: [{ kind: 'replaceValue', path: ['server', 'description'], candidates: ['web'] }],
      },
    ]);
  });

  test('no fix when nothing but brackets is left', () => {
    assertFindings(runRule('R41', body({ description: '<<>>' })), [{ text: '<<>>', severity: 'error' }]);
  });

  test('more than 85 characters', () => {
    const description = 'd'.repeat(86);
    assertFindings(runRule('R41', body({ description })), [
      { text: description, severity: 'error', mentions: ['86', '85'] },
    ]);
  });

  test('a plain description of 85 characters passes', () => {
    assertNoFindings(runRule('R41', body({ description: 'd'.repeat(85) })));
  });
});
