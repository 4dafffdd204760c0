import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withoutCodeSpans } from '../../client/ui/plainText';
import { lookupErrorCode } from '../../cloud/errorCatalog';

describe('toast text without Markdown code spans', () => {
  it('drops the backticks of code spans and keeps their text', () => {
    assert.equal(withoutCodeSpans('Lower `count` or pick `flavorRef`.'), 'Lower count or pick flavorRef.');
    assert.equal(withoutCodeSpans('Use ``a`b`` here'), 'Use a`b here');
    assert.equal(withoutCodeSpans('`` `x` ``'), '`x`');
  });
  it('keeps text without spans and backticks that close nothing', () => {
    assert.equal(withoutCodeSpans('No code here.'), 'No code here.');
    assert.equal(withoutCodeSpans('a ` lone backtick'), 'a ` lone backtick');
    assert.equal(withoutCodeSpans('``unclosed` run'), '``unclosed` run');
    assert.equal(withoutCodeSpans(''), '');
  });
  it('cleans a catalog entry that marks fields as code', () => {
    const entry = lookupErrorCode('Ecs.0011');
    assert.ok(entry && entry.explanation.includes('`'), 'the catalog entry has a code span (the case to clean)');
    const plain = withoutCodeSpans(`${entry.explanation} ${entry.whatToDo}`);
    assert.ok(!plain.includes('`'), plain);
    assert.match(plain, /^adminPass does not meet/);
  });
  it('stays linear on many backtick runs that close nothing', () => {
    // Runs of 1, 2, 3, … backticks: none closes, so a scan per run for its match would be quadratic.
    let text = '';
    for (let n = 1; n <= 2000; n++) text += `${'`'.repeat(n)}a`;
    const start = process.hrtime.bigint();
    withoutCodeSpans(text);
    // Generous cap (>= 20x expected): a quadratic scan would take seconds here.
    assert.equal(withoutCodeSpans(text), text);
    assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 2000);
  });
});
