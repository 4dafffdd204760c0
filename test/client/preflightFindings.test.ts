/**
 * The pre-flight's findings and fixes before they become VS Code diagnostics (client/dryRun/
 * preflightFindings.ts, pure): account findings from a snapshot fetched for the pre-flight, and the
 * catalog's fixes of a refusal written as edits of YAML and JSON request files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fieldProblems } from '../../cloud/errorFields';
import { parseRequestText } from '../../cloud/prepare';
import {
  accountDiagnosticsOf,
  fixEdits,
  fixesOf,
  parseRequest,
  refusalFixesOf,
} from '../../client/dryRun/preflightFindings';
import { RESOURCE_KINDS, type AccountSnapshot } from '../../request/accountSnapshot';

const NOW = new Date('2026-12-07T07:03:00Z');
const known = (items: unknown[]) => ({ state: 'known', items, fetchedAt: '2026-12-07T07:00:00Z' });
const unknown = { state: 'unknown', cause: 'forbidden', reason: 'No permission (HTTP 403).' };
const flavor = (id: string, zoneStatus: Record<string, string>) => ({
  id,
  name: id,
  vcpus: 2,
  ramMib: 4096,
  architecture: 'x86',
  regionStatus: 'normal',
  zoneStatus,
  billingModes: [],
});

const SNAPSHOT = {
  schemaVersion: 1,
  profile: 'Local emulator',
  region: 'cn-north-4',
  projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
  fetchedAt: '2026-12-07T07:00:00Z',
  durationMs: 5,
  parts: Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [
      kind,
      kind === 'availabilityZones'
        ? known([
            { name: 'cn-north-4a', available: true },
            { name: 'cn-north-4b', available: true },
          ])
        : kind === 'flavors'
          ? known([flavor('c7.large.2', { 'cn-north-4b': 'sellout' })])
          : unknown,
    ]),
  ),
} as unknown as AccountSnapshot;

const SOLD_OUT_YAML = `server:
  name: web
  flavorRef: c7.large.2
  availability_zone: cn-north-4b
`;

function apply(text: string, edits: ReturnType<typeof fixEdits>[number]['edits']): string {
  return TextDocument.applyEdits(TextDocument.create('file:///r.ecs.yaml', 'ecs-yaml', 1, text), edits);
}

describe('pre-flight findings (client, pure)', () => {
  it('account findings come from the service checks, with their fixes, written as edits', () => {
    const parsed = parseRequest('file:///r.ecs.yaml', 1, SOLD_OUT_YAML, 'yaml');
    const result = accountDiagnosticsOf(parsed, SNAPSHOT, NOW);
    assert.ok('diagnostics' in result);
    const [finding] = result.diagnostics;
    assert.equal(finding.code, 'ECS-R46');
    assert.deepEqual(finding.range.start, { line: 2, character: 13 });
    assert.match(
      finding.message,
      /sold out in cn-north-4b.*\(profile Local emulator \/ cn-north-4, data from 3 min ago\)/,
    );
    const [first] = fixEdits(parsed, finding, fixesOf(finding));
    assert.equal(first.title, 'Change the value to cn-north-4a');
    assert.match(apply(SOLD_OUT_YAML, first.edits), /availability_zone: cn-north-4a\n/);
  });

  it('a snapshot the server would not read gives no findings but a reason', () => {
    const parsed = parseRequest('file:///r.ecs.yaml', 1, SOLD_OUT_YAML, 'yaml');
    const result = accountDiagnosticsOf(parsed, { ...SNAPSHOT, schemaVersion: 99 } as never, NOW);
    assert.ok('notRead' in result && /schemaVersion/.test(result.notRead));
  });

  it('a refusal fix from the catalog removes the named field in YAML and in JSON', () => {
    const yaml = `server:\n  name: web\n  auto_terminate_time: "2030-01-01T00:00:00Z"\n  count: 1\n`;
    const json =
      '{\n  "server": {\n    "name": "web",\n' +
      '    "auto_terminate_time": "2030-01-01T00:00:00Z",\n    "count": 1\n  }\n}\n';
    for (const [text, format] of [
      [yaml, 'yaml'],
      [json, 'json'],
    ] as const) {
      const body = parseRequestText(text, format);
      const [problem] = fieldProblems(
        { code: 'Ecs.0084', message: 'auto_terminate_time is not for yearly/monthly.' },
        body,
      );
      const parsed = parseRequest(`file:///r.ecs.${format}`, 1, text, format);
      const diagnostic = { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } }, message: '' };
      const actions = fixEdits(parsed, diagnostic, refusalFixesOf(problem, body));
      assert.equal(actions.length, 1, format);
      assert.equal(actions[0].title, 'Remove auto_terminate_time: the server is not deleted at a set time');
      const fixed = apply(text, actions[0].edits);
      assert.doesNotMatch(fixed, /auto_terminate_time/, format);
      assert.deepEqual(parseRequestText(fixed, format), { server: { name: 'web', count: 1 } }, format);
    }
  });

  it('a refusal fix that needs account data writes the value the snapshot gives', () => {
    const body = parseRequestText(SOLD_OUT_YAML, 'yaml');
    const [problem] = fieldProblems({ code: 'Ecs.0018', message: 'The flavor is sold out.' }, body);
    const parsed = parseRequest('file:///r.ecs.yaml', 1, SOLD_OUT_YAML, 'yaml');
    const diagnostic = { range: { start: { line: 2, character: 13 }, end: { line: 2, character: 23 } }, message: '' };
    const actions = fixEdits(parsed, diagnostic, refusalFixesOf(problem, body, SNAPSHOT));
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Use availability zone cn-north-4a, where c7.large.2 is on sale'],
    );
    assert.match(apply(SOLD_OUT_YAML, actions[0].edits), /availability_zone: cn-north-4a\n/);
    assert.deepEqual(refusalFixesOf(problem, body), [], 'no account data, no value to offer');
  });
});
