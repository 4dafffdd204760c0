/**
 * Generated request bodies for the verdict consistency suite: for every field of the schema and
 * every cross-field rule, bodies that should be accepted and bodies that should be refused, each
 * built from one valid base body (test/support/emulatorRequests.ts `validCreateBody`, which uses the IDs of the
 * emulator's seeded world). Adding a field case or a rule case means adding one line below.
 *
 * The expected verdicts follow the curated facts (request-fields.md, cross-field-rules.md) and the
 * lead's decisions for issue 11 (e.g. `""` is a valid `nics[].ip_address`, `chargemode:
 * "bandwidth"` is valid, a NIC needs `subnet_id` or `port_id`, wrapped base64 `user_data` is
 * accepted, `hw:passthrough` that is not a boolean and `tags` are only warned about, a name whose
 * Chinese characters count double to more than 128 is only warned about, `key_name: ""` is valid).
 * "accept" means no error (warnings are fine); "refuse" means the request cannot work as written.
 */
import { validCreateBody } from '../support/emulatorRequests';
import { SEEDED } from '../support/requestBuilder';

export type Verdict = 'accept' | 'refuse';
/** What a body should get: `warn` = accepted, but it breaks a rule that only warns. */
export type Expectation = Verdict | 'warn';
export const verdictExpected = (expect: Expectation): Verdict => (expect === 'refuse' ? 'refuse' : 'accept');
/** A JSON value; `undefined` members are left out when written (and remove a key in a patch). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };
export type Body = { [key: string]: JsonValue | undefined };
type Patch = Body;

export interface Variant {
  /** Stable, readable ID: `field:<path>:<accept|refuse>:<n>` or `rule:<Rnn>:<accept|refuse>:<n>`. */
  readonly id: string;
  readonly expect: Expectation;
  /** The cross-field rule the variant exercises (rule variants only). */
  readonly rule?: string;
  /** The schema field the variant exercises (field variants only), as in test/fixtures/request-fields.list. */
  readonly field?: string;
  readonly body: Body;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** "Now" for the time-dependent values; both judges run within minutes of building the corpus. */
const NOW = Date.now();
const HOUR = 3_600_000;
/** `yyyy-MM-ddTHH:mm:ssZ` (UTC, no milliseconds), as auto_terminate_time wants it. */
const utc = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** An ID nothing in the emulator's seeded world has: bodies holding it may be refused for a lookup. */
export const OUTSIDE_WORLD_ID = 'a1b2c3d4-0000-4000-8000-00000000abcd';
const UUID = OUTSIDE_WORLD_ID;
const CMK_ID = '0b7b4a5e-8a52-4f8b-9a3c-6f0e1d2c3b4a';
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const SCRIPT = '#!/bin/bash\necho "hello from the consistency suite" > /tmp/hello.txt\n'.repeat(4);
/** Base64 wrapped at 76 characters per line, as `base64` and MIME tools write it. */
const WRAPPED_BASE64 = base64(SCRIPT).replace(/.{76}/g, '$&\n');
const repeat = (text: string, times: number): string => text.repeat(times);
const disks = (n: number, disk: Patch = { volumetype: 'SSD', size: 10 }): JsonValue[] =>
  Array.from({ length: n }, () => ({ ...disk }) as JsonValue);
const pairs = (n: number): Patch => Object.fromEntries(Array.from({ length: n }, (_, i) => [`key${i}`, `value${i}`]));
const tagList = (n: number): JsonValue[] => Array.from({ length: n }, (_, i) => `tag${i}.value${i}`);
const serverTags = (n: number, prefix = 'key'): JsonValue[] =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, value: `v${i}` }));

const PREPAID: Patch = {
  extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1, isAutoPay: 'true' },
};
const SPOT: Patch = { extendparam: { marketType: 'spot' } };
const SPOT_BLOCK: Patch = { marketType: 'spot', interruption_policy: 'immediate' };
const SSD_100: Patch = { volumetype: 'SSD', size: 100 };
const BANDWIDTH_PER: Patch = { sharetype: 'PER', size: 5 };
const GPSSD2: Patch = { volumetype: 'GPSSD2', size: 100, iops: 3000, throughput: 125 };
const ESSD2: Patch = { volumetype: 'ESSD2', size: 100, iops: 3000 };
const EIP: Patch = { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5, chargemode: 'traffic' } } };
const SHARED_EIP: Patch = { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'WHOLE', id: UUID } } };

function isPlainObject(value: unknown): value is Patch {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge: objects merge, arrays and scalars replace, `undefined` removes the key. */
function merge(target: Patch, patch: Patch): Patch {
  const out: Patch = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = merge(out[key] as Patch, value) as JsonValue;
    else out[key] = structuredClone(value);
  }
  return out;
}

/** The base body with `server` patched (and top-level keys from `top`). */
function bodyWith(server: Patch = {}, top: Patch = {}): Body {
  const base = validCreateBody() as unknown as Body;
  return merge(merge(base, top), { server: merge(base.server as Patch, server) as JsonValue }) as Body;
}

/**
 * Sets `value` at a field path such as `server.nics[].ip_address` (`[]` = the first element;
 * missing objects and arrays are created).
 */
function setPath(body: Body, path: string, value: JsonValue): void {
  const steps = path.split('.').flatMap((step) => (step.endsWith('[]') ? [step.slice(0, -2), 0] : [step]));
  let node: any = body;
  steps.forEach((step, i) => {
    if (i === steps.length - 1) {
      node[step] = structuredClone(value);
      return;
    }
    if (node[step] === undefined || node[step] === null) node[step] = typeof steps[i + 1] === 'number' ? [] : {};
    node = node[step];
  });
}

// ---------------------------------------------------------------------------------------------
// Fields: [path, values both sides should accept, values both sides should refuse, context]
// The context is merged into the base server first, so that the value is judged on its own
// (e.g. a data disk to hold a data-disk field, yearly/monthly billing for period fields).

type FieldCase = readonly [path: string, accept: readonly JsonValue[], refuse: readonly JsonValue[], context?: Patch];

const DATA_DISK: Patch = { data_volumes: [{ volumetype: 'SSD', size: 100 }] };
const WITH_EIP: Patch = { publicip: EIP };

export const FIELD_CASES: readonly FieldCase[] = [
  ['dry_run', [false], ['yes']],
  ['server', [], ['web-01']],
  ['server.adminPass', ['Quiet-Lake-42', '${secret:ECS_ADMIN_PASS}'], ['short1!', 'rootLake-42', 'lowercaseonly']],
  [
    'server.auto_terminate_time',
    [utc(NOW + 48 * HOUR)],
    ['2020-01-01T00:00:00Z', '2030-01-01 00:00:00', utc(NOW + 4 * 366 * 24 * HOUR)],
  ],
  ['server.availability_zone', ['cn-north-4b', ''], [5]],
  ['server.batch_create_in_multi_az', [true, false], ['true']],
  ['server.count', [2, 100], [0, 501, '3']],
  ['server.cpu_options', [{}], ['2']],
  ['server.cpu_options.hw:cpu_threads', [2], [3, '2']],
  ['server.data_volumes', [[], disks(23)], [disks(60), 'SSD']],
  ['server.data_volumes[].cluster_id', ['cluster-01'], [''], DATA_DISK],
  [
    'server.data_volumes[].cluster_type',
    ['DSS'],
    ['SAN'],
    { data_volumes: [{ volumetype: 'SSD', size: 100, cluster_id: 'cluster-01' }] },
  ],
  ['server.data_volumes[].data_image_id', [UUID], ['image-01'], DATA_DISK],
  ['server.data_volumes[].delete_on_termination', [true, false], ['true'], DATA_DISK],
  ['server.data_volumes[].extendparam', [{}], ['x'], DATA_DISK],
  ['server.data_volumes[].extendparam.resourceSpecCode', ['SSD'], [1], DATA_DISK],
  ['server.data_volumes[].extendparam.resourceType', ['3'], [3], DATA_DISK],
  ['server.data_volumes[].extendparam.snapshotId', [UUID], [''], DATA_DISK],
  ['server.data_volumes[].hw:passthrough', [true, false, 'yes'], [], DATA_DISK],
  ['server.data_volumes[].iops', [3000], [0], { data_volumes: [{ ...GPSSD2, iops: undefined }] }],
  ['server.data_volumes[].metadata', [{}], ['encrypted'], DATA_DISK],
  [
    'server.data_volumes[].metadata.__system__cmkid',
    [CMK_ID],
    ['short'],
    { data_volumes: [{ volumetype: 'SSD', size: 100, metadata: { __system__encrypted: '1' } }] },
  ],
  ['server.data_volumes[].metadata.__system__encrypted', ['1', '0'], [1, 'yes'], DATA_DISK],
  ['server.data_volumes[].multiattach', [true, false], ['true'], DATA_DISK],
  ['server.data_volumes[].shareable', [true], ['true'], DATA_DISK],
  ['server.data_volumes[].size', [10, 32768], [9, 32769, '100'], DATA_DISK],
  ['server.data_volumes[].throughput', [125], [0], { data_volumes: [{ ...GPSSD2, throughput: undefined }] }],
  ['server.data_volumes[].volumetype', ['SAS', 'GPSSD', 'ESSD'], ['SDD', ''], DATA_DISK],
  ['server.description', ['web server for the shop', repeat('d', 85), ''], [repeat('d', 86), 'a <b> tag']],
  ['server.enclave_options', [{ enabled: false }], [{}, 'on']],
  ['server.enclave_options.enabled', [true, false], ['false']],
  ['server.extendparam', [{}], ['postPaid']],
  ['server.extendparam.CB_CSBS_BACKUP', ['{"policy_id":"p-01"}'], [{}]],
  ['server.extendparam.chargingMode', ['postPaid'], ['monthly', 0]],
  ['server.extendparam.diskPrior', ['true', 'false'], [true]],
  ['server.extendparam.enterprise_project_id', ['0'], ['project-01']],
  ['server.extendparam.interruption_policy', ['immediate'], ['later'], SPOT],
  ['server.extendparam.isAutoPay', ['true', 'false'], [true], PREPAID],
  ['server.extendparam.isAutoRenew', ['true', 'false'], [false], PREPAID],
  ['server.extendparam.marketType', ['spot'], ['bid']],
  ['server.extendparam.periodNum', [1, 9], [0, 10, '1'], PREPAID],
  ['server.extendparam.periodType', ['month'], ['week'], PREPAID],
  ['server.extendparam.regionID', ['cn-north-4'], ['']],
  ['server.extendparam.spotPrice', ['0.5', ''], ['cheap'], SPOT],
  [
    'server.extendparam.spot_duration_count',
    [1],
    [0],
    { extendparam: { marketType: 'spot', spot_duration_hours: 1, interruption_policy: 'immediate' } },
  ],
  [
    'server.extendparam.spot_duration_hours',
    [1],
    [0],
    { extendparam: { marketType: 'spot', interruption_policy: 'immediate' } },
  ],
  // A value that is not a boolean is read as false (R34 warns): no value is refused.
  ['server.extendparam.support_auto_recovery', [true, false, 'true'], []],
  ['server.flavorRef', ['s6.medium.2'], ['', 7]],
  ['server.imageRef', [SEEDED.centosImage], ['ubuntu', '']],
  ['server.isAutoRename', [true], ['true'], { count: 2 }],
  ['server.key_name', ['demo-keypair', ''], [42]],
  ['server.metadata', [{}, pairs(10)], [pairs(11), 'a=b']],
  ['server.metadata.__support_agent_list', ['ces,hss', 'hss-ent'], ['ces,antivirus']],
  ['server.metadata.agency_name', ['ecs-agency'], [repeat('a', 256)]],
  ['server.metadata.op_svc_userid', ['0123456789abcdef0123456789abcdef'], [repeat('u', 256)]],
  ['server.metadata_options', [{}], ['enabled']],
  ['server.metadata_options.http_endpoint', ['enabled', 'disabled'], ['on']],
  ['server.metadata_options.http_tokens', ['optional', 'required'], ['always']],
  [
    'server.name',
    // Han-script names beyond U+4E00–U+9FA5 (extension A, extension B): "Chinese" read widely.
    ['web-01', 'a', 'db_01.prod', '中文服务器', repeat('n', 128), repeat('中', 65), 'app-\u3400', '\u{20000}-01'],
    ['', 'web 01', 'web/01', repeat('n', 129), 'app-\u3042', 'app-\u{1f600}'],
  ],
  ['server.nics', [[{ subnet_id: SEEDED.subnetApp }, { subnet_id: SEEDED.subnetDb }]], [[], [{}], 'subnet']],
  ['server.nics[].allowed_address_pairs', [[]], ['10.0.1.0/24']],
  ['server.nics[].allowed_address_pairs[].ip_address', ['10.0.1.0/24', '10.0.1.9', ''], ['0.0.0.0/0', 7]],
  ['server.nics[].allowed_address_pairs[].mac_address', ['fa:16:3e:00:00:01'], [42]],
  ['server.nics[].ip_address', ['10.0.1.23', ''], ['10.0.1.300', 'ten', 10]],
  ['server.nics[].ipv6_bandwidth', [{ id: UUID }], ['bw']],
  ['server.nics[].ipv6_bandwidth.id', [UUID], ['']],
  ['server.nics[].ipv6_enable', [true, false], ['yes']],
  ['server.nics[].port_id', [UUID], ['port-01'], { nics: [{}] }],
  ['server.nics[].subnet_id', [SEEDED.subnetDb], ['subnet-01', '']],
  ['server.os:scheduler_hints', [{}], ['group']],
  ['server.os:scheduler_hints.dedicated_host_id', ['dh-01'], [''], { 'os:scheduler_hints': { tenancy: 'dedicated' } }],
  ['server.os:scheduler_hints.group', [SEEDED.serverGroup], ['group-01']],
  ['server.os:scheduler_hints.tenancy', ['shared', 'dedicated'], ['private']],
  ['server.publicip', [EIP], ['eip']],
  ['server.publicip.delete_on_termination', [true, false], ['true'], WITH_EIP],
  ['server.publicip.eip', [EIP.eip as JsonValue], [{ iptype: '5_bgp' }, { bandwidth: { sharetype: 'PER', size: 5 } }]],
  ['server.publicip.eip.bandwidth', [{ sharetype: 'PER', size: 5 }], [{ size: 5 }, 'PER'], WITH_EIP],
  ['server.publicip.eip.bandwidth.chargemode', ['traffic', '', 'bandwidth'], ['monthly', 1], WITH_EIP],
  ['server.publicip.eip.bandwidth.id', [UUID], [''], { publicip: SHARED_EIP }],
  ['server.publicip.eip.bandwidth.sharetype', ['PER'], ['SHARED', ''], WITH_EIP],
  ['server.publicip.eip.bandwidth.size', [1, 2000], [0, 2001, '5'], WITH_EIP],
  ['server.publicip.eip.extendparam', [{}], ['postPaid'], WITH_EIP],
  ['server.publicip.eip.extendparam.chargingMode', ['postPaid', 'prePaid'], ['monthly'], WITH_EIP],
  ['server.publicip.eip.iptype', ['5_sbgp'], ['', 5], WITH_EIP],
  ['server.publicip.id', [UUID], ['eip-01']],
  ['server.root_volume', [{ volumetype: 'SSD', size: 40 }], [{}, 'SSD']],
  ['server.root_volume.cluster_id', ['cluster-01'], ['']],
  [
    'server.root_volume.cluster_type',
    ['DSS'],
    ['SAN'],
    { root_volume: { volumetype: 'SSD', cluster_id: 'cluster-01' } },
  ],
  ['server.root_volume.extendparam', [{}], ['x']],
  ['server.root_volume.extendparam.resourceSpecCode', ['SSD'], [1]],
  ['server.root_volume.extendparam.resourceType', ['3'], [3]],
  ['server.root_volume.extendparam.snapshotId', [UUID], ['']],
  ['server.root_volume.hw:passthrough', [true, false, 'yes'], []],
  ['server.root_volume.iops', [3000], [0], { root_volume: { ...GPSSD2, iops: undefined } }],
  ['server.root_volume.metadata', [{}], ['encrypted']],
  [
    'server.root_volume.metadata.__system__cmkid',
    [CMK_ID],
    ['short'],
    { root_volume: { volumetype: 'SSD', metadata: { __system__encrypted: '1' } } },
  ],
  ['server.root_volume.metadata.__system__encrypted', ['1', '0'], [1, 'yes']],
  ['server.root_volume.size', [40, 1024], [1025, -1, '40']],
  ['server.root_volume.throughput', [125], [0], { root_volume: { ...GPSSD2, throughput: undefined } }],
  ['server.root_volume.volumetype', ['SAS', 'GPSSD', 'ESSD'], ['SDD', '']],
  ['server.security_groups', [[], [{ id: SEEDED.securityGroupWeb }]], ['sg']],
  ['server.security_groups[].id', [SEEDED.securityGroupDefault], ['sg-01']],
  ['server.security_options', [{}], ['on']],
  ['server.security_options.secure_boot_enabled', [true, false], ['true']],
  ['server.security_options.tpm_enabled', [true, false], ['true']],
  ['server.serial_console_options', [{}], ['on']],
  ['server.serial_console_options.enabled', [true, false], ['true']],
  ['server.server_tags', [[], serverTags(10)], [serverTags(11), 'env=prod']],
  [
    'server.server_tags[].key',
    ['env', repeat('k', 36)],
    ['', repeat('k', 37), 'a=b'],
    { server_tags: [{ value: 'prod' }] },
  ],
  [
    'server.server_tags[].value',
    ['prod', '', repeat('v', 43)],
    [repeat('v', 44), 'a<b'],
    { server_tags: [{ key: 'env' }] },
  ],
  ['server.tags', [['env.prod'], tagList(10)], [tagList(11), ['noperiod']]],
  ['server.user_data', [base64(SCRIPT), WRAPPED_BASE64], ['not base64!', base64(repeat('x', 33 * 1024))]],
  ['server.vpcid', [SEEDED.vpc], ['vpc-01', '']],
];

// Object fields whose children carry the cases: their own line would only repeat a child's case.
// (request-fields.list names them; the coverage test accepts them through their children.)

// ---------------------------------------------------------------------------------------------
// Cross-field rules: [rule, expectation, server patch]. `refuse` and `warn` lines break the rule
// (`warn`: the request works as sent, the editor only warns); `accept` lines keep it.

type RuleCase = readonly [rule: string, expect: Expectation, server: Patch];

const prepaid = (patch: Patch = {}): Patch => merge(PREPAID, patch);

export const RULE_CASES: readonly RuleCase[] = [
  ['R01', 'refuse', { name: repeat('n', 60), count: 2 }],
  ['R01', 'refuse', { name: repeat('n', 129) }],
  ['R01', 'refuse', { name: 'web#01' }],
  ['R01', 'accept', { name: repeat('n', 59), count: 2 }],
  ['R01', 'accept', { name: repeat('n', 60), count: 2, isAutoRename: true }],
  ['R01', 'warn', { name: repeat('中', 65) }],
  ['R02', 'warn', { isAutoRename: true }],
  ['R02', 'accept', { isAutoRename: true, count: 2 }],
  ['R03', 'refuse', { count: 501 }],
  ['R03', 'refuse', prepaid({ count: 101 })],
  ['R03', 'accept', prepaid({ count: 100 })],
  ['R03', 'accept', { count: 200 }],
  ['R04', 'refuse', prepaid({ count: 100, data_volumes: disks(3) })],
  ['R04', 'accept', prepaid({ count: 80, data_volumes: disks(3) })],
  ['R05', 'refuse', { data_volumes: disks(60) }],
  ['R05', 'accept', { flavorRef: 'c7.large.2', data_volumes: disks(59) }],
  ['R06', 'warn', { nics: Array.from({ length: 13 }, () => ({ subnet_id: SEEDED.subnetApp })) }],
  ['R06', 'accept', { nics: Array.from({ length: 12 }, () => ({ subnet_id: SEEDED.subnetApp })) }],
  ['R08', 'refuse', { nics: [{ subnet_id: SEEDED.subnetApp, allowed_address_pairs: [{ ip_address: '0.0.0.0/0' }] }] }],
  ['R08', 'accept', { nics: [{ subnet_id: SEEDED.subnetApp, allowed_address_pairs: [{ ip_address: '1.1.1.1/0' }] }] }],
  [
    'R08',
    'accept',
    { nics: [{ subnet_id: SEEDED.subnetApp, allowed_address_pairs: [{ ip_address: '10.0.0.0/16' }] }] },
  ],
  ['R09', 'refuse', { user_data: 'echo hello' }],
  ['R09', 'refuse', { user_data: base64(repeat('y', 32 * 1024 + 1)) }],
  ['R09', 'accept', { user_data: base64(repeat('y', 32 * 1024)) }],
  ['R09', 'accept', { user_data: WRAPPED_BASE64 }],
  ['R10', 'accept', { user_data: base64(SCRIPT), key_name: SEEDED.keyPair }],
  ['R10', 'warn', { user_data: base64(SCRIPT), adminPass: 'Quiet-Lake-42' }],
  ['R11', 'refuse', { adminPass: 'abcdefghij' }],
  ['R11', 'refuse', { adminPass: 'Ab1!' }],
  ['R11', 'refuse', { adminPass: 'Lake-root-42' }],
  ['R11', 'refuse', { adminPass: 'Lake-toor-42' }],
  ['R11', 'refuse', { adminPass: repeat('Ab1-', 7) }],
  ['R11', 'accept', { adminPass: 'Quiet-Lake-42' }],
  ['R12', 'refuse', { root_volume: { volumetype: 'SSD', size: 1025 } }],
  ['R12', 'accept', { root_volume: { volumetype: 'SSD', size: 1024 } }],
  ['R13', 'refuse', { data_volumes: [{ volumetype: 'SSD', size: 9 }] }],
  ['R13', 'refuse', { data_volumes: [{ volumetype: 'SSD', size: 32769 }] }],
  ['R13', 'accept', { data_volumes: [{ volumetype: 'SSD', size: 32768 }] }],
  ['R14', 'refuse', { root_volume: { volumetype: 'GPSSD2', size: 40, throughput: 125 } }],
  ['R14', 'refuse', { data_volumes: [{ volumetype: 'SSD', size: 100, iops: 3000 }] }],
  ['R14', 'refuse', { data_volumes: [{ volumetype: 'ESSD2', size: 100 }] }],
  ['R14', 'accept', { data_volumes: [ESSD2 as JsonValue] }],
  ['R15', 'refuse', { data_volumes: [{ volumetype: 'GPSSD2', size: 100, iops: 3000 }] }],
  ['R15', 'refuse', { data_volumes: [{ ...ESSD2, throughput: 125 } as JsonValue] }],
  ['R15', 'accept', { root_volume: GPSSD2 }],
  ['R16', 'refuse', prepaid({ root_volume: GPSSD2 })],
  ['R16', 'refuse', prepaid({ data_volumes: [ESSD2 as JsonValue] })],
  ['R16', 'accept', { root_volume: GPSSD2, data_volumes: [ESSD2 as JsonValue] }],
  ['R17', 'refuse', { root_volume: { volumetype: 'SSD', cluster_type: 'DSS' } }],
  ['R17', 'refuse', { data_volumes: [{ volumetype: 'SSD', size: 100, cluster_type: 'DSS', cluster_id: '' }] }],
  [
    'R17',
    'accept',
    { data_volumes: [{ volumetype: 'SSD', size: 100, cluster_type: 'DSS', cluster_id: 'cluster-01' }] },
  ],
  ['R18', 'refuse', { data_volumes: [{ volumetype: 'SSD', size: 100, shareable: true, multiattach: false }] }],
  ['R18', 'warn', { data_volumes: [{ volumetype: 'SSD', size: 100, shareable: true, multiattach: true }] }],
  ['R18', 'accept', { data_volumes: [{ volumetype: 'SSD', size: 100, multiattach: true }] }],
  [
    'R19',
    'refuse',
    { data_volumes: [{ volumetype: 'SSD', size: 100, data_image_id: UUID, metadata: { __system__encrypted: '1' } }] },
  ],
  ['R19', 'accept', { data_volumes: [{ volumetype: 'SSD', size: 100, data_image_id: UUID }] }],
  ['R20', 'refuse', prepaid({ key_name: SEEDED.keyPair })],
  [
    'R20',
    'accept',
    prepaid({ key_name: SEEDED.keyPair, metadata: { op_svc_userid: '0123456789abcdef0123456789abcdef' } }),
  ],
  ['R20', 'accept', prepaid({ adminPass: 'Quiet-Lake-42' })],
  ['R21', 'refuse', prepaid({ extendparam: { periodType: undefined } })],
  ['R21', 'refuse', prepaid({ extendparam: { periodNum: undefined } })],
  ['R21', 'refuse', prepaid({ extendparam: { periodType: 'year', periodNum: 4 } })],
  ['R21', 'accept', prepaid({ extendparam: { periodType: 'year', periodNum: 3 } })],
  ['R21', 'warn', { extendparam: { isAutoRenew: 'true' } }],
  ['R22', 'refuse', prepaid({ data_volumes: [{ volumetype: 'SSD', size: 100, delete_on_termination: true }] })],
  ['R22', 'accept', { data_volumes: [{ volumetype: 'SSD', size: 100, delete_on_termination: true }] }],
  [
    'R23',
    'warn',
    prepaid({ publicip: { eip: { iptype: '5_bgp', bandwidth: BANDWIDTH_PER }, delete_on_termination: true } }),
  ],
  ['R23', 'accept', { publicip: { ...EIP, delete_on_termination: true } }],
  ['R24', 'refuse', prepaid({ auto_terminate_time: utc(NOW + 48 * HOUR) })],
  ['R24', 'refuse', { auto_terminate_time: utc(NOW - HOUR) }],
  ['R24', 'refuse', { auto_terminate_time: utc(NOW + 10 * 60_000) }],
  ['R24', 'refuse', { auto_terminate_time: utc(NOW + 4 * 366 * 24 * HOUR) }],
  ['R24', 'accept', { auto_terminate_time: utc(NOW + 48 * HOUR) }],
  ['R25', 'refuse', { publicip: { id: UUID, ...EIP } }],
  ['R25', 'accept', { publicip: { id: UUID } }],
  ['R26', 'refuse', { publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER' } } } }],
  ['R26', 'refuse', { publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'WHOLE' } } } }],
  ['R26', 'accept', { publicip: SHARED_EIP }],
  [
    'R27',
    'refuse',
    { publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5, chargemode: 'period' } } } },
  ],
  [
    'R27',
    'accept',
    prepaid({ publicip: { eip: { iptype: '5_bgp', bandwidth: { ...BANDWIDTH_PER, chargemode: 'bandwidth' } } } }),
  ],
  ['R28', 'refuse', prepaid({ publicip: EIP })],
  [
    'R28',
    'accept',
    prepaid({ publicip: { eip: { ...(EIP.eip as Patch), extendparam: { chargingMode: 'postPaid' } } } }),
  ],
  ['R29', 'accept', { publicip: SHARED_EIP }],
  ['R29', 'warn', { publicip: { eip: { ...(SHARED_EIP.eip as Patch), extendparam: { chargingMode: 'prePaid' } } } }],
  ['R30', 'warn', { batch_create_in_multi_az: true, count: 2 }],
  ['R30', 'accept', { batch_create_in_multi_az: true, count: 2, availability_zone: undefined }],
  ['R31', 'warn', { 'os:scheduler_hints': { dedicated_host_id: 'dh-01' } }],
  ['R31', 'accept', { 'os:scheduler_hints': { tenancy: 'dedicated', dedicated_host_id: 'dh-01' } }],
  ['R33', 'refuse', prepaid({ extendparam: { marketType: 'spot' } })],
  ['R33', 'accept', { extendparam: { chargingMode: 'postPaid', marketType: 'spot', spotPrice: '0.5' } }],
  ['R34', 'refuse', { extendparam: { marketType: 'spot', support_auto_recovery: true } }],
  ['R34', 'accept', { extendparam: { marketType: 'spot', support_auto_recovery: false } }],
  ['R34', 'warn', { extendparam: { marketType: 'spot', support_auto_recovery: 'true' } }],
  ['R35', 'refuse', { extendparam: { marketType: 'spot', spot_duration_count: 1, interruption_policy: 'immediate' } }],
  ['R35', 'refuse', { extendparam: { ...SPOT_BLOCK, spot_duration_hours: 3, spot_duration_count: 2 } }],
  ['R35', 'refuse', { extendparam: { marketType: 'spot', spot_duration_hours: 2 } }],
  ['R35', 'accept', { extendparam: { ...SPOT_BLOCK, spot_duration_hours: 6, spot_duration_count: 2 } }],
  ['R37', 'warn', { root_volume: { volumetype: 'SSD', 'hw:passthrough': 'yes' } }],
  ['R37', 'warn', { data_volumes: [{ ...SSD_100, 'hw:passthrough': 'true' }] }],
  ['R37', 'accept', { data_volumes: [{ ...SSD_100, 'hw:passthrough': true }] }],
  ['R37', 'accept', { root_volume: { volumetype: 'SSD', 'hw:passthrough': false } }],
  ['R39', 'refuse', { metadata: pairs(11) }],
  ['R39', 'refuse', { metadata: { 'bad#key': 'x' } }],
  ['R39', 'refuse', { metadata: { [repeat('k', 256)]: 'x' } }],
  ['R39', 'refuse', { metadata: { key: repeat('v', 256) } }],
  ['R39', 'accept', { metadata: { ...pairs(9), 'my key:1.a-b': repeat('v', 255) } }],
  ['R40', 'refuse', { tags: tagList(6), server_tags: serverTags(5) }],
  [
    'R40',
    'refuse',
    {
      server_tags: [
        { key: 'env', value: 'a' },
        { key: 'env', value: 'b' },
      ],
    },
  ],
  ['R40', 'refuse', { tags: [`${repeat('k', 37)}.v`] }],
  ['R40', 'accept', { tags: tagList(5), server_tags: serverTags(5) }],
  ['R41', 'refuse', { description: repeat('d', 86) }],
  ['R41', 'refuse', { description: 'x > y' }],
  ['R41', 'accept', { description: repeat('d', 85) }],
  ['R42', 'refuse', { root_volume: { volumetype: 'SSD', metadata: { __system__cmkid: CMK_ID } } }],
  [
    'R42',
    'refuse',
    { data_volumes: [{ ...SSD_100, metadata: { __system__encrypted: '0', __system__cmkid: CMK_ID } }] },
  ],
  [
    'R42',
    'accept',
    { data_volumes: [{ ...SSD_100, metadata: { __system__encrypted: '1', __system__cmkid: CMK_ID } }] },
  ],
  ['R43', 'refuse', { nics: [{}] }],
  ['R43', 'refuse', { nics: [{ subnet_id: SEEDED.subnetApp }, { ip_address: '10.0.2.5' }] }],
  ['R43', 'accept', { nics: [{ port_id: UUID }] }],
  ['R43', 'warn', { nics: [{ port_id: UUID, ip_address: '10.0.1.5' }] }],
];

// ---------------------------------------------------------------------------------------------

function fieldVariants(): Variant[] {
  return FIELD_CASES.flatMap(([path, accept, refuse, context]) => {
    const make = (expect: Verdict, value: JsonValue, n: number): Variant => {
      const body = bodyWith(context);
      setPath(body, path, value);
      return { id: `field:${path}:${expect}:${n}`, expect, field: path, body };
    };
    const accepting = accept.map((value, n) => make('accept', value, n + 1));
    return [...accepting, ...refuse.map((value, n) => make('refuse', value, n + 1))];
  });
}

function ruleVariants(): Variant[] {
  const counters = new Map<string, number>();
  return RULE_CASES.map(([rule, expect, server]) => {
    const key = `${rule}:${expect}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return { id: `rule:${key}:${n}`, expect, rule, body: bodyWith(server) };
  });
}

/** Every generated variant, fields first, in table order. */
export function generatedVariants(): Variant[] {
  return [...fieldVariants(), ...ruleVariants()];
}
