/**
 * One reading of a request body (request/requestFacts.ts): what it asks for, and that the CLI's
 * and the editor's submit confirmations state the same facts for every example and for the
 * spellings the copies once disagreed on (chargingMode 1 / "prePaid", isAutoRename).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSummary, summarizeRequest } from '../../cli/requestSummary';
import { buildSubmitSummary } from '../../client/submit/summary';
import { parseRequestText } from '../../cloud/prepare';
import { MAX_SERVERS_PER_REQUEST, readRequestFacts } from '../../request/requestFacts';
import { asObject, getValue } from '../../request/parser/nodes';
import { parseDocument } from '../../request/parser/parse';
import { createRuleContext } from '../../server/service/rules';
import { countLimit } from '../../server/service/rules/count';
import { nameLengthAndCharacters } from '../../server/service/rules/naming';
import { serverBilling } from '../../server/service/rules/ruleHelpers';

const examples = join(__dirname, '..', '..', '..', 'examples');
const REGION = 'cn-north-4';
const PROJECT = '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5';

/** `label: value` pairs from the CLI's printed lines (indented, values aligned). */
function cliFacts(body: unknown): [string, string][] {
  return formatSummary(summarizeRequest(body, REGION, PROJECT)).map((line) => {
    const match = /^ {2}([^:]+): +(.*)$/.exec(line);
    assert.ok(match, `a "label: value" line: ${line}`);
    return [match[1], match[2]];
  });
}

/** `label: value` pairs of the editor's confirmation, without its profile line. */
function editorFacts(body: unknown): [string, string][] {
  const summary = buildSubmitSummary(body, { profileName: 'emu', region: REGION, projectId: PROJECT });
  return summary.lines.filter((l) => l.label !== 'Profile').map((l) => [l.label, l.value]);
}

function value(facts: [string, string][], label: string): string | undefined {
  return facts.find(([l]) => l === label)?.[1];
}

const base = {
  name: 'web',
  imageRef: 'img-1',
  flavorRef: 's6.small.1',
  vpcid: 'vpc-1',
  nics: [{ subnet_id: 'sub-1' }],
  root_volume: { volumetype: 'SSD', size: 40 },
};
const bodies: Record<string, unknown> = {
  'chargingMode "prePaid"': {
    server: { ...base, extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 2, isAutoPay: 'true' } },
  },
  'chargingMode 1': { server: { ...base, extendparam: { chargingMode: 1, periodType: 'month', periodNum: 2 } } },
  'chargingMode "1"': { server: { ...base, extendparam: { chargingMode: '1' } } },
  'chargingMode 0 (V1)': { server: { ...base, extendparam: { chargingMode: 0 } } },
  'isAutoRename true': { server: { ...base, count: 3, isAutoRename: true } },
  'isAutoRename false': { server: { ...base, count: 3, isAutoRename: false } },
  'a name ending in -NNNN': { server: { ...base, name: 'web-0007', count: 2 } },
  'spot with a price': {
    server: { ...base, extendparam: { chargingMode: 'postPaid', marketType: 'spot', spotPrice: '0.05' } },
  },
};

describe('the CLI and the editor state the same facts', () => {
  for (const file of readdirSync(examples).filter((f) => /\.ecs\.(json|ya?ml)$/.test(f))) {
    test(`examples/${file}`, () => {
      const body = parseRequestText(
        readFileSync(join(examples, file), 'utf8'),
        file.endsWith('.json') ? 'json' : 'yaml',
      );
      const editor = editorFacts(body);
      assert.deepEqual(cliFacts(body), editor);
      for (const label of ['Servers', 'Disks', 'EIP and bandwidth', 'Billing', 'Network', 'Key pair']) {
        assert.ok(value(editor, label), `${label} is stated for ${file}`);
      }
    });
  }
  for (const [name, body] of Object.entries(bodies)) {
    test(name, () => assert.deepEqual(cliFacts(body), editorFacts(body)));
  }
});

describe('what the summary says about the spellings the copies disagreed on', () => {
  test('"prePaid" is yearly/monthly with its period and payment', () => {
    assert.equal(
      value(editorFacts(bodies['chargingMode "prePaid"']), 'Billing'),
      'yearly/monthly for 2 month(s); auto-renew off; paid automatically from the account',
    );
  });
  test('1, "1" and 0 are not V1.1 values: the effect is said to be unknown, not guessed', () => {
    // V1.1 documents only the strings "prePaid"/"postPaid"; V1 takes the integer 0 (request-fields.md,
    // responses-and-jobs.md §7). The CLI used to read 1 / "1" as yearly/monthly.
    for (const [name, written] of [
      ['chargingMode 1', '1'],
      ['chargingMode "1"', '"1"'],
      ['chargingMode 0 (V1)', '0'],
    ]) {
      const billing = value(cliFacts(bodies[name]), 'Billing') ?? '';
      assert.match(
        billing,
        new RegExp(`^not known: chargingMode ${written} is not a value the V1\\.1 API documents`),
        name,
      );
      assert.doesNotMatch(billing, /yearly\/monthly for/);
    }
  });
  test('isAutoRename true keeps one name; false numbers the names (the CLI ignored it)', () => {
    assert.equal(value(cliFacts(bodies['isAutoRename true']), 'Servers'), '3 servers, all named "web"');
    assert.equal(value(cliFacts(bodies['isAutoRename false']), 'Servers'), '3 servers named "web-0001" to "web-0003"');
  });
  test('a name that ends in -NNNN is numbered on from it', () => {
    assert.match(
      value(cliFacts(bodies['a name ending in -NNNN']), 'Servers') ?? '',
      /^2 servers named "web-0007" to "web-0008"/,
    );
  });
  test('spot, disks, EIP and network are in the CLI too (only the editor showed them)', () => {
    const cli = cliFacts({
      server: {
        ...base,
        key_name: 'kp',
        nics: [{ subnet_id: 'sub-1', ip_address: '192.168.0.10' }],
        security_groups: [{ id: 'sg-1' }],
        data_volumes: [{ volumetype: 'SAS', size: 100 }],
        publicip: {
          eip: {
            iptype: '5_bgp',
            bandwidth: { sharetype: 'PER', size: 5, chargemode: 'traffic' },
            extendparam: { chargingMode: 'postPaid' },
          },
        },
        extendparam: { marketType: 'spot' },
      },
    });
    assert.equal(value(cli, 'Disks'), 'system SSD 40 GB; 1 data disk: SAS 100 GB');
    assert.equal(
      value(cli, 'EIP and bandwidth'),
      'new EIP (5_bgp), dedicated bandwidth 5 Mbit/s billed by traffic, EIP billed pay-per-use',
    );
    assert.equal(value(cli, 'Network'), 'VPC vpc-1; subnet sub-1 (fixed IP 192.168.0.10); security groups sg-1');
    assert.equal(value(cli, 'Key pair'), 'kp');
    assert.equal(value(cli, 'Billing'), 'pay-per-use spot (up to the on-demand price); may be reclaimed');
  });
});

describe('readRequestFacts', () => {
  test('defaults: one server, pay-per-use, no EIP, no data disks', () => {
    const facts = readRequestFacts({ server: { name: 'a' } });
    assert.equal(facts.count, 1);
    assert.deepEqual(facts.billing, { mode: 'postPaid', spot: false, spotPrice: undefined });
    assert.deepEqual(facts.publicIp, { kind: 'none' });
    assert.deepEqual(facts.dataDisks, []);
  });
  test('a count that is not a whole number of at least 1 is kept as written', () => {
    assert.equal(readRequestFacts({ server: { count: 0 } }).countWritten, '0');
    assert.equal(readRequestFacts({ server: { count: '${env:N}' } }).countWritten, '${env:N}');
    assert.equal(readRequestFacts({ server: { count: 2 } }).countWritten, undefined);
  });
  test('odd input never throws', () => {
    for (const body of [
      undefined,
      null,
      1,
      'x',
      [],
      { server: [] },
      { server: { extendparam: 'x', nics: 'y', publicip: [] } },
    ]) {
      assert.doesNotThrow(() => readRequestFacts(body));
    }
  });
  test('never reads the password or user data', () => {
    const detail = buildSubmitSummary(
      { server: { ...base, adminPass: 'Secr3t!Pass', user_data: 'c2VjcmV0' } },
      { profileName: 'p', region: REGION },
    ).detail;
    assert.ok(!detail.includes('Secr3t!Pass') && !detail.includes('c2VjcmV0'));
    assert.ok(!cliFacts({ server: { ...base, adminPass: 'Secr3t!Pass' } }).some(([, v]) => v.includes('Secr3t')));
  });
});

describe('the language service rules read billing and naming as the request core does', () => {
  const contextOf = (body: string) => {
    const context = createRuleContext(parseDocument('r.json', 0, body, 'json'), new Date(0));
    assert.ok(context);
    return context;
  };
  const treeOf = (body: string) =>
    asObject(getValue(asObject(parseDocument('r.json', 0, body, 'json').root), 'server'));

  test('chargingMode: every spelling gives the summaries’ billing mode to the rules', () => {
    for (const written of ['"prePaid"', '"postPaid"', '1', '"1"', '0', 'null', '"PrePaid"', '"${env:MODE}"', '{}']) {
      const body = `{"server": {"extendparam": {"chargingMode": ${written}}}}`;
      const facts = readRequestFacts(JSON.parse(body)).billing.mode;
      assert.equal(serverBilling(treeOf(body)).mode, facts === 'undocumented' ? 'unknown' : facts, written);
    }
    assert.equal(serverBilling(treeOf('{"server": {}}')).mode, readRequestFacts({ server: {} }).billing.mode);
  });

  test('R01 allows 59 characters exactly when the names get -NNNN suffixes', () => {
    const name = 'a'.repeat(60);
    for (const count of [1, 2, 3]) {
      for (const isAutoRename of [true, false, undefined]) {
        const server = { name, count, ...(isAutoRename === undefined ? {} : { isAutoRename }) };
        const numbered = readRequestFacts({ server }).naming.kind === 'numbered';
        const findings = nameLengthAndCharacters.check(contextOf(JSON.stringify({ server })));
        assert.equal(findings.length > 0, numbered, JSON.stringify(server));
      }
    }
  });

  test('the pay-per-use count limit is the request core’s most servers per request', () => {
    const over = { server: { count: MAX_SERVERS_PER_REQUEST + 1 } };
    const atLimit = { server: { count: MAX_SERVERS_PER_REQUEST } };
    assert.equal(countLimit.check(contextOf(JSON.stringify(over))).length, 1);
    assert.equal(countLimit.check(contextOf(JSON.stringify(atLimit))).length, 0);
  });
});
