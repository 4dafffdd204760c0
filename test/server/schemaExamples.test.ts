/**
 * The files a new user sees first: examples/ and the whole-request snippet templates. They must
 * match the schema (or fail exactly where they say they do) and use the emulator's world IDs.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { compileSchema, describeErrors, readBody, repoPath, world } from './schemaSupport';

const validate = compileSchema();

/** Loosely typed view of a parsed request body, for reading fields in assertions. */
type Server = Record<string, any>;

/** The world IDs an example or template refers to must exist in the emulator. */
function assertUsesWorldIds(label: string, server: Server): void {
  assert.ok([...world.linuxImages, world.windowsImage].includes(server.imageRef), `${label}: imageRef`);
  assert.ok(world.flavors.includes(server.flavorRef), `${label}: flavorRef`);
  assert.ok(world.vpcs.includes(server.vpcid), `${label}: vpcid`);
  for (const nic of server.nics)
    assert.ok(world.subnetsByVpc[server.vpcid].includes(nic.subnet_id), `${label}: subnet ${nic.subnet_id}`);
  for (const group of server.security_groups ?? [])
    assert.ok(world.securityGroups.includes(group.id), `${label}: security group`);
  if (server.availability_zone !== undefined)
    assert.ok(world.availabilityZones.includes(server.availability_zone), `${label}: AZ`);
  if (server.key_name !== undefined) assert.equal(server.key_name, world.keyPair, `${label}: key_name`);
}

/**
 * A few cross-field facts the "valid" examples promise (the full rule set lives in the language
 * service; this only guards the examples against the mistakes they claim not to have).
 */
function assertCrossFieldSane(label: string, server: Server): void {
  const prePaid = server.extendparam?.chargingMode === 'prePaid';
  if ((server.count ?? 1) > 1 && server.isAutoRename !== true)
    assert.ok(server.name.length <= 59, `${label}: name too long for count > 1`);
  if (prePaid && server.key_name)
    assert.equal(typeof server.metadata?.op_svc_userid, 'string', `${label}: prePaid + key_name needs op_svc_userid`);
  if (prePaid) {
    assert.ok(['month', 'year'].includes(server.extendparam.periodType), `${label}: periodType`);
    assert.ok(
      server.extendparam.periodNum >= 1 &&
        server.extendparam.periodNum <= (server.extendparam.periodType === 'year' ? 3 : 9),
      `${label}: periodNum`,
    );
  }
  if (server.extendparam?.marketType === 'spot')
    assert.notEqual(server.extendparam.support_auto_recovery, true, `${label}: spot + auto-recovery`);
  for (const disk of [server.root_volume, ...(server.data_volumes ?? [])]) {
    const type = disk.volumetype as string;
    assert.equal('iops' in disk, type === 'GPSSD2' || type === 'ESSD2', `${label}: iops on ${type}`);
    assert.equal('throughput' in disk, type === 'GPSSD2', `${label}: throughput on ${type}`);
    if ('iops' in disk || 'throughput' in disk)
      assert.ok(!prePaid, `${label}: GPSSD2/ESSD2 performance on a prePaid server`);
    if (disk.delete_on_termination) assert.ok(!prePaid, `${label}: delete_on_termination on a prePaid server`);
  }
  if (server.publicip?.eip?.bandwidth?.sharetype === 'PER')
    assert.equal(typeof server.publicip.eip.bandwidth.size, 'number', `${label}: PER bandwidth size`);
  assert.equal(
    server.adminPass === undefined || /^\$\{secret:\w+\}$/.test(server.adminPass),
    true,
    `${label}: literal adminPass`,
  );
}

describe('examples/', () => {
  const validExamples = [
    'pay-per-use.ecs.yaml',
    'yearly-monthly-eip.ecs.json',
    'data-disks.ecs.yaml',
    'spot.ecs.yaml',
    'rejected-by-cloud.ecs.yaml',
  ];

  for (const file of validExamples) {
    it(`${file} is valid, uses world IDs and breaks no cross-field rule it should not`, () => {
      const body = readBody(repoPath('examples', file)) as { server: Server };
      assert.ok(validate(body), describeErrors(validate.errors));
      assertUsesWorldIds(file, body.server);
      assertCrossFieldSane(file, body.server);
    });
  }

  it('each valid example shows what its name says', () => {
    const server = (file: string) => (readBody(repoPath('examples', file)) as { server: Server }).server;
    assert.notEqual(server('pay-per-use.ecs.yaml').extendparam?.chargingMode, 'prePaid');
    const monthly = server('yearly-monthly-eip.ecs.json');
    assert.deepEqual(
      [
        monthly.extendparam.chargingMode,
        monthly.extendparam.periodType,
        monthly.extendparam.periodNum,
        monthly.extendparam.isAutoPay,
      ],
      ['prePaid', 'month', 1, 'true'],
    );
    assert.deepEqual(monthly.publicip.eip.bandwidth, { sharetype: 'PER', size: 5 });
    const disks = server('data-disks.ecs.yaml').data_volumes as Server[];
    assert.equal(disks.length, 2);
    assert.ok(disks.some((d) => d.volumetype === 'GPSSD2' && d.iops > 0 && d.throughput > 0));
    assert.equal(server('spot.ecs.yaml').extendparam.marketType, 'spot');
    assert.equal(server('rejected-by-cloud.ecs.yaml').imageRef, world.windowsImage);
  });

  it('with-mistakes.ecs.yaml fails the schema exactly at its unknown disk type and its boolean isAutoPay', () => {
    const body = readBody(repoPath('examples', 'with-mistakes.ecs.yaml')) as { server: Server };
    assert.equal(validate(body), false);
    const paths = new Set((validate.errors ?? []).map((e) => e.instancePath));
    assert.deepEqual([...paths].sort(), ['/server/extendparam/isAutoPay', '/server/root_volume/volumetype']);
  });

  it('with-mistakes.ecs.yaml contains the mistakes its comments describe', () => {
    const text = fs.readFileSync(repoPath('examples', 'with-mistakes.ecs.yaml'), 'utf8');
    const server = (parseYaml(text) as { server: Server }).server;
    assert.ok(server.count > 1 && server.name.length > 59, 'long name with count > 1');
    assert.ok(typeof server.adminPass === 'string' && !server.adminPass.startsWith('${secret:'), 'literal adminPass');
    assert.equal(server.extendparam.isAutoPay, true, 'YAML boolean isAutoPay');
    assert.ok(
      (server.data_volumes as Server[]).some((d) => d.volumetype === 'GPSSD' && 'throughput' in d),
      'GPSSD with throughput',
    );
    assert.equal((text.match(/^\s*# MISTAKE \d:/gm) ?? []).length, 5);
  });

  it('README.md describes every example file', () => {
    const readme = fs.readFileSync(repoPath('examples', 'README.md'), 'utf8');
    const files = fs.readdirSync(repoPath('examples')).filter((f) => f !== 'README.md');
    assert.ok(files.length >= 6);
    for (const file of files) assert.ok(readme.includes(`\`${file}\``), file);
  });
});

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

/** Inserts a template the way the editor would with all defaults accepted. */
function expandSnippet(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('snippets/', () => {
  const files = { json: 'ecs-json.snippets.json', yaml: 'ecs-yaml.snippets.json' } as const;
  const load = (file: string) =>
    JSON.parse(fs.readFileSync(repoPath('snippets', file), 'utf8')) as Record<string, Snippet>;

  it('both languages offer the same templates with the same prefixes', () => {
    const json = load(files.json);
    const yaml = load(files.yaml);
    assert.deepEqual(Object.keys(json), Object.keys(yaml));
    assert.ok(Object.keys(json).length >= 4);
    for (const name of Object.keys(json)) assert.equal(json[name].prefix, yaml[name].prefix, name);
  });

  for (const [language, file] of Object.entries(files)) {
    it(`${file}: every template is well-formed and expands to a valid request`, () => {
      for (const [name, snippet] of Object.entries(load(file))) {
        assert.match(snippet.prefix, /^ecs-[a-z-]+$/, name);
        assert.ok(snippet.description.length > 20, name);
        assert.ok(Array.isArray(snippet.body) && snippet.body.every((line) => typeof line === 'string'), name);
        assert.ok(
          snippet.body.some((line) => line.includes('${1:')),
          `${name}: no first tab stop`,
        );
        assert.ok(!snippet.body.some((line) => line.includes('\t')), `${name}: tabs in body`);
        const text = expandSnippet(snippet.body);
        const body = (language === 'json' ? JSON.parse(text) : parseYaml(text)) as { server: Server };
        assert.ok(validate(body), `${name}\n${describeErrors(validate.errors)}`);
        assertUsesWorldIds(name, body.server);
        assertCrossFieldSane(name, body.server);
      }
    });
  }
});
