/**
 * Remembered diagnostics (client/rememberedDiagnostics.ts, issue 15 item 8): after a window reload
 * the client shows what the server said last time about exactly this text until the server
 * answers. What is remembered must be what the server will say again, and no secret may be
 * written to workspace state.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  MAX_REMEMBERED_FILES,
  MAX_REMEMBERED_PER_FILE,
  REMEMBERED_DIAGNOSTICS_KEY,
  RememberedDiagnostics,
  rememberable,
  verdictKey,
  type StateLike,
  type VerdictInputs,
} from '../../client/rememberedDiagnostics';
import type { DiagnosticLike } from '../../client/sameDiagnostics';
import { createLanguageService } from '../../server/service/languageService';
import { knownPart, serviceWithAccount, snapshotWith } from '../server/accountSupport';
import { requestText, validBody } from '../support/requestBuilder';
import { CODES_BEYOND_TEXT } from '../../server/service/verdictInputs';

const INPUTS: VerdictInputs = { serverBuild: '1.2.3', languageId: 'ecs-yaml', settings: { rules: {} } };

/** Workspace state in memory, counting its writes. */
class MemoryState implements StateLike {
  readonly values = new Map<string, unknown>();
  writes = 0;
  failing = false;
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.writes++;
    if (this.failing) throw new Error('storage is gone');
    this.values.set(key, structuredClone(value));
  }
}

const lines = (text: string) => (line: number) => text.split('\n')[line] ?? '';
const finding = (line: number, code: string, extra: Partial<DiagnosticLike> = {}): DiagnosticLike => ({
  range: { start: { line, character: 2 }, end: { line, character: 9 } },
  message: `finding ${code}`,
  severity: 0,
  source: 'ECS',
  code,
  ...extra,
});

// A request whose findings come from everything a verdict can read: the text (an unknown property),
// the account (a flavor sold out in the zone), the stored secret names (`${secret:MISSING}`), the
// clock (auto_terminate_time) and a literal password that YAML reads as a number.
const FETCHED = '2026-12-07T05:50:00Z';
const SOLD_OUT = {
  id: 'c7.large.2',
  vcpus: 2,
  ramMib: 4096,
  regionStatus: 'normal',
  zoneStatus: { 'cn-north-4b': 'sellout' },
};
const SNAPSHOT = snapshotWith({ flavors: knownPart([SOLD_OUT], FETCHED) }, FETCHED);
const REQUEST = requestText(
  validBody({
    flavorRef: 'c7.large.2',
    availability_zone: 'cn-north-4b',
    adminPass: 12345678,
    key_name: '${secret:MISSING}',
    auto_terminate_time: '2026-12-07T19:00:00Z',
    colour: 'blue',
  }),
  'yaml',
);

/** The service's diagnostics, as the editor's (its severities always set). */
function verdicts(now: Date, withOutsideData: boolean): DiagnosticLike[] {
  const ls = withOutsideData ? serviceWithAccount(SNAPSHOT, now) : createLanguageService({ validation: { now } });
  if (withOutsideData) ls.setStoredSecretNames(new Set(['OTHER']));
  const document = TextDocument.create('file:///w/r.ecs.yaml', 'ecs-yaml', 1, REQUEST);
  return ls.validate(ls.parse(document)).map((d) => ({ ...d, severity: d.severity ?? 1 }));
}

describe('what may be remembered', () => {
  it('the same for a server with account data, stored names and another hour as for one with none', () => {
    const full = verdicts(new Date('2026-12-07T18:45:00Z'), true);
    const bare = verdicts(new Date('2026-12-07T18:00:00Z'), false);
    const codes = new Set(full.map((d) => String(d.code)));
    // The request does reach every kind of finding, or the comparison would prove nothing.
    for (const code of ['ECS-R46', 'ECS-SECRET-NOT-STORED', 'ECS-R24', 'yaml-type', 'schema'])
      assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    assert.ok(!bare.some((d) => String(d.code) === 'ECS-R24'), 'an hour earlier the time is fine');
    const kept = rememberable(full, lines(REQUEST));
    assert.deepEqual(kept, rememberable(bare, lines(REQUEST)));
    assert.ok(
      kept.some((d) => d.code === 'schema' && d.message.includes('colour')),
      JSON.stringify(kept),
    );
    assert.ok(kept.every((d) => !CODES_BEYOND_TEXT.has(String(d.code))));
  });

  it('nothing on the line of adminPass or user_data: no password goes to workspace state', () => {
    const full = verdicts(new Date('2026-12-07T18:45:00Z'), true);
    assert.ok(
      full.some((d) => d.message.includes('12345678')),
      'the YAML trap quotes the value',
    );
    const kept = rememberable(full, lines(REQUEST));
    assert.ok(!JSON.stringify(kept).includes('12345678'), JSON.stringify(kept));
    const userData = 'server:\n  User_Data: "aGVsbG8="\n';
    assert.deepEqual(rememberable([finding(1, 'schema')], lines(userData)), []);
  });

  it('keeps range, message, severity, code, link and tags; drops fix data and related places', () => {
    const rich = finding(3, 'ECS-R05', {
      code: { value: 'ECS-R05', target: { toString: () => 'https://example.test/R05' } },
      tags: [2],
      data: { fixes: [{ newText: 'secret text' }] },
      relatedInformation: [
        { message: 'here', location: { uri: { toString: () => 'file:///w/r' }, range: finding(1, 'x').range } },
      ],
    });
    assert.deepEqual(rememberable([rich], lines(REQUEST)), [
      {
        range: [3, 2, 3, 9],
        message: 'finding ECS-R05',
        severity: 0,
        code: 'ECS-R05',
        codeTarget: 'https://example.test/R05',
        tags: [2],
      },
    ]);
  });

  it(`at most ${MAX_REMEMBERED_PER_FILE} per file, the first ones`, () => {
    const many = Array.from({ length: MAX_REMEMBERED_PER_FILE + 5 }, (_, i) =>
      finding(0, `schema`, { message: `${i}` }),
    );
    const kept = rememberable(many, () => 'server:');
    assert.equal(kept.length, MAX_REMEMBERED_PER_FILE);
    assert.equal(kept[0].message, '0');
  });
});

describe('the verdict key', () => {
  it('changes with the text, the language, the settings and the server build', () => {
    const key = verdictKey(INPUTS, REQUEST);
    assert.equal(verdictKey({ ...INPUTS }, REQUEST), key);
    assert.notEqual(verdictKey(INPUTS, `${REQUEST} `), key);
    assert.notEqual(verdictKey({ ...INPUTS, languageId: 'ecs-json' }, REQUEST), key);
    assert.notEqual(verdictKey({ ...INPUTS, settings: { rules: { R05: 'off' } } }, REQUEST), key);
    assert.notEqual(verdictKey({ ...INPUTS, serverBuild: '1.2.4' }, REQUEST), key);
    assert.ok(!key.includes('server'), 'a hash, not the text');
  });
});

describe('RememberedDiagnostics', () => {
  const one = rememberable([finding(0, 'schema')], () => 'server:');

  it('recalls a verdict after a reload (a new instance on the same state), only for the same key', async () => {
    const state = new MemoryState();
    const before = new RememberedDiagnostics(state);
    before.remember('file:///a', 'k1', one);
    await before.saved();
    const after = new RememberedDiagnostics(state);
    assert.deepEqual(after.recall('file:///a', 'k1'), one);
    assert.equal(after.recall('file:///a', 'k2'), undefined, 'the text changed since');
    assert.equal(after.recall('file:///b', 'k1'), undefined);
  });

  it('an empty verdict forgets the file; an unchanged one is not written again', async () => {
    const state = new MemoryState();
    const memory = new RememberedDiagnostics(state);
    memory.remember('file:///a', 'k1', one);
    await memory.saved();
    memory.remember('file:///a', 'k1', one);
    await memory.saved();
    assert.equal(state.writes, 1);
    memory.remember('file:///a', 'k2', []);
    await memory.saved();
    assert.equal(new RememberedDiagnostics(state).recall('file:///a', 'k1'), undefined);
  });

  it(`keeps the ${MAX_REMEMBERED_FILES} files answered last, and writes once for a burst of answers`, async () => {
    const state = new MemoryState();
    const memory = new RememberedDiagnostics(state);
    for (let i = 0; i < MAX_REMEMBERED_FILES + 5; i++) memory.remember(`file:///f${i}`, 'k', one);
    await memory.saved();
    assert.equal(state.writes, 1, 'the answers of one turn go in one write');
    const after = new RememberedDiagnostics(state);
    assert.equal(after.recall('file:///f4', 'k'), undefined, 'the oldest are dropped');
    assert.deepEqual(after.recall('file:///f5', 'k'), one);
    assert.deepEqual(after.recall(`file:///f${MAX_REMEMBERED_FILES + 4}`, 'k'), one);
  });

  it('damaged or foreign state reads as nothing remembered; a failed write throws nothing', async () => {
    for (const damaged of [
      'text',
      { version: 2, files: [] },
      { version: 1, files: 'no' },
      {
        version: 1,
        files: [{ uri: 'file:///a', key: 'k', diagnostics: [{ range: [0, 0, 0], message: 'm', severity: 0 }] }],
      },
      {
        version: 1,
        files: [{ uri: 'file:///a', key: 'k', diagnostics: [{ range: [0, 0, 0, 1], message: 5, severity: 0 }] }],
      },
      { version: 1, files: [null, { uri: 'file:///a', key: 'k', diagnostics: {} }] },
    ]) {
      const state = new MemoryState();
      state.values.set(REMEMBERED_DIAGNOSTICS_KEY, damaged);
      assert.equal(new RememberedDiagnostics(state).recall('file:///a', 'k'), undefined, JSON.stringify(damaged));
    }
    const state = new MemoryState();
    state.failing = true;
    const memory = new RememberedDiagnostics(state);
    memory.remember('file:///a', 'k', one);
    await memory.saved();
    assert.deepEqual(memory.recall('file:///a', 'k'), one, 'still shown in this window');
  });
});
