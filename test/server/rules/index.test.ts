import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../../request/parser/parse';
import { allRules, createRuleContext, fieldPathOf, ruleById, rulesForField } from '../../../server/service/rules';
import type { RuleContext } from '../../../server/service/types';
import { FIXED_NOW, serialize } from './ruleHarness';

const IMPLEMENTED = [
  'R01',
  'R02',
  'R03',
  'R04',
  'R05',
  'R06',
  'R08',
  'R09',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
  'R21',
  'R22',
  'R23',
  'R24',
  'R25',
  'R26',
  'R27',
  'R28',
  'R29',
  'R30',
  'R31',
  'R33',
  'R34',
  'R35',
  'R37',
  'R39',
  'R40',
  'R41',
  'R42',
  'R43',
];

function contextOf(value: unknown, format: 'json' | 'yaml' = 'json'): RuleContext {
  const context = createRuleContext(parseDocument('file:///t', 1, serialize(value, format), format), FIXED_NOW);
  assert.ok(context);
  return context;
}

describe('rule registry', () => {
  test('holds the implemented rules once each, sorted by id, with complete descriptions', () => {
    assert.deepEqual(
      allRules.map((rule) => rule.id),
      IMPLEMENTED,
    );
    for (const rule of allRules) {
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity), rule.id);
      assert.ok(rule.title.length > 10 && !rule.title.includes('\n'), `${rule.id} title`);
      assert.ok(rule.fields.length > 0, `${rule.id} fields`);
      for (const field of rule.fields)
        assert.match(field, /^[A-Za-z_][\w:]*(\[\])?(\.[\w:]+(\[\])?)*$/, `${rule.id} field ${field}`);
      for (const code of rule.apiErrors ?? []) assert.match(code, /^Ecs\.\d{4}$/, `${rule.id} error ${code}`);
    }
  });

  test('ruleById takes ids and diagnostic codes', () => {
    assert.equal(ruleById('R14')?.id, 'R14');
    assert.equal(ruleById('ECS-R14')?.id, 'R14');
    assert.equal(ruleById('r14')?.id, 'R14');
    assert.equal(ruleById('R07'), undefined);
  });

  test('rulesForField finds the rules of a field, whatever the index notation', () => {
    const ids = (path: string) => rulesForField(path).map((rule) => rule.id);
    assert.deepEqual(ids('data_volumes[].throughput'), ['R15', 'R16']);
    assert.deepEqual(ids('data_volumes[3].throughput'), ['R15', 'R16']);
    assert.deepEqual(ids('server.data_volumes.3.throughput'), ['R15', 'R16']);
    assert.deepEqual(ids('root_volume.iops'), ['R14', 'R16']);
    assert.ok(ids('extendparam.chargingMode').includes('R21'));
    assert.deepEqual(ids('tags[]'), ['R40']);
    assert.deepEqual(ids('data_volumes[2]'), ['R04', 'R05']);
    assert.deepEqual(ids('flavorRef'), []);
  });

  test('fieldPathOf turns node paths into field paths', () => {
    assert.equal(fieldPathOf(['server', 'data_volumes', 0, 'iops']), 'data_volumes[].iops');
    assert.equal(
      fieldPathOf(['server', 'nics', 1, 'allowed_address_pairs', 0, 'ip_address']),
      'nics[].allowed_address_pairs[].ip_address',
    );
    assert.equal(fieldPathOf(['server']), '');
    assert.equal(fieldPathOf(['dry_run']), undefined);
  });

  test('createRuleContext needs an object root; rules stay silent without a server', () => {
    assert.equal(createRuleContext(parseDocument('file:///t', 1, '[1]', 'json')), undefined);
    assert.equal(createRuleContext(parseDocument('file:///t', 1, '', 'yaml')), undefined);
    const context = contextOf({ dry_run: true });
    assert.equal(context.server, undefined);
    for (const rule of allRules) assert.deepEqual(rule.check(context), [], rule.id);
  });
});

/** A body using nearly every field the rules read, with values that pass. */
const FULL_BODY = {
  server: {
    name: 'web',
    count: 2,
    isAutoRename: false,
    description: 'd',
    user_data: 'IyEvYmluL2Jhc2g=',
    adminPass: 'Cloud-Server_2026',
    key_name: 'k',
    availability_zone: 'cn-north-4a',
    batch_create_in_multi_az: false,
    auto_terminate_time: '2027-01-01T00:00:00Z',
    nics: [
      { subnet_id: 's', ip_address: '10.0.1.4', port_id: 'p', allowed_address_pairs: [{ ip_address: '10.0.1.0/24' }] },
    ],
    security_groups: [{ id: 'sg' }],
    root_volume: {
      volumetype: 'GPSSD2',
      size: 40,
      iops: 3000,
      throughput: 125,
      cluster_type: 'DSS',
      cluster_id: 'c',
      metadata: { __system__encrypted: '1', __system__cmkid: 'k' },
    },
    data_volumes: [
      {
        volumetype: 'SSD',
        size: 10,
        multiattach: true,
        shareable: true,
        data_image_id: 'i',
        delete_on_termination: true,
        metadata: {},
      },
    ],
    publicip: {
      eip: {
        iptype: '5_bgp',
        bandwidth: { sharetype: 'PER', size: 5, chargemode: 'traffic', id: 'b' },
        extendparam: { chargingMode: 'postPaid' },
      },
      delete_on_termination: true,
      id: 'e',
    },
    extendparam: {
      chargingMode: 'postPaid',
      marketType: 'spot',
      spotPrice: '1',
      support_auto_recovery: false,
      spot_duration_hours: 6,
      spot_duration_count: 2,
      interruption_policy: 'immediate',
      periodType: 'month',
      periodNum: 1,
    },
    'os:scheduler_hints': { tenancy: 'dedicated', dedicated_host_id: 'h' },
    metadata: { op_svc_userid: 'u' },
    tags: ['a.b'],
    server_tags: [{ key: 'k', value: 'v' }],
  },
};

/** Every way to replace the value at one path of FULL_BODY with a value of another type. */
function* mutations(value: unknown, path: (string | number)[] = []): Generator<(string | number)[]> {
  yield path;
  if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* mutations(item, [...path, index]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* mutations(item, [...path, key]);
}

function withValueAt(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(FULL_BODY) as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = replacement;
  return copy;
}

describe('robustness', () => {
  test('no rule throws when any value of a full request has another type', () => {
    const replacements = [null, 42, 'text', '${env:X}', true, [], {}];
    let runs = 0;
    for (const path of mutations(FULL_BODY)) {
      for (const replacement of replacements) {
        const value = withValueAt(path, replacement);
        const context = createRuleContext(parseDocument('file:///t', 1, serialize(value, 'json'), 'json'), FIXED_NOW);
        if (!context) continue; // the whole body replaced by a non-object
        for (const rule of allRules) {
          assert.doesNotThrow(
            () => rule.check(context),
            `${rule.id} with ${JSON.stringify(replacement)} at ${path.join('.')}`,
          );
          runs++;
        }
      }
    }
    assert.ok(runs > 1000);
  });

  test('values of the wrong type are left to the schema: all-null fields give no findings', () => {
    const nulls = JSON.parse(JSON.stringify(FULL_BODY), (key, value) =>
      key !== '' && key !== 'server' && (value === null || typeof value !== 'object') ? null : value,
    );
    const context = contextOf(nulls, 'yaml');
    for (const rule of allRules) assert.deepEqual(rule.check(context), [], rule.id);
  });
});

describe('the API examples pass every rule', () => {
  const directory = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'seed-examples');
  const files = readdirSync(directory).filter((name) => /\.(json|yaml)$/.test(name));
  test('there are seed examples in both formats', () => assert.ok(files.length >= 2));
  for (const file of files) {
    test(file, () => {
      const format = file.endsWith('.yaml') ? 'yaml' : 'json';
      const document = parseDocument(`file:///${file}`, 1, readFileSync(join(directory, file), 'utf8'), format);
      const context = createRuleContext(document, FIXED_NOW);
      assert.ok(context);
      // No errors and no warnings; ex2's "$ADMIN_PASS" stand-in only gets an information.
      const problems = allRules.flatMap((rule) =>
        rule
          .check(context)
          .filter((finding) => ['error', 'warning'].includes(finding.severity ?? rule.defaultSeverity))
          .map((finding) => `${rule.id}: ${finding.message}`),
      );
      assert.deepEqual(problems, []);
    });
  }
});
