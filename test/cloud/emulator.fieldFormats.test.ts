/**
 * The emulator's format checks of the nested request fields (emulator/checks/fieldFormats.ts):
 * each field refuses a value of the wrong type or outside its values with an `Ecs.0005` detail
 * naming the field, already in a dry run; the values the API allows, and those it reads leniently
 * (any hw:passthrough or support_auto_recovery), pass.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { fieldFormatProblems } from '../../emulator/checks/fieldFormats';
import { control, createPath, signedRequest, validCreateBody } from '../support/emulatorRequests';

type Server = Record<string, unknown>;

const CMK_ID = '0b7b4a5e-8a52-4f8b-9a3c-6f0e1d2c3b4a';
const ID = 'a1b2c3d4-0000-4000-8000-00000000abcd';
const disk = (extra: Server): Server => ({ data_volumes: [{ volumetype: 'SSD', size: 100, ...extra }] });
const rootDisk = (extra: Server): Server => ({ root_volume: { volumetype: 'SSD', ...extra } });
const nic = (extra: Server): Server => ({ nics: [{ subnet_id: ID, ...extra }] });
const eip = (extra: Server, bandwidth: Server = {}): Server => ({
  publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5, ...bandwidth }, ...extra } },
});

/** [server fields with one bad value, the field the detail must name]. */
const BAD: ReadonlyArray<readonly [Server, string]> = [
  [rootDisk({ cluster_type: 'SAN', cluster_id: 'c-01' }), 'server.root_volume.cluster_type'],
  [rootDisk({ cluster_id: '' }), 'server.root_volume.cluster_id'],
  [rootDisk({ extendparam: 'x' }), 'server.root_volume.extendparam'],
  [rootDisk({ extendparam: { resourceType: 3 } }), 'server.root_volume.extendparam.resourceType'],
  [rootDisk({ extendparam: { snapshotId: '' } }), 'server.root_volume.extendparam.snapshotId'],
  [rootDisk({ metadata: { __system__encrypted: 1 } }), 'server.root_volume.metadata.__system__encrypted'],
  [
    rootDisk({ metadata: { __system__encrypted: '1', __system__cmkid: 'short' } }),
    'server.root_volume.metadata.__system__cmkid',
  ],
  [rootDisk({ volumetype: 'GPSSD2', iops: 0, throughput: 125 }), 'server.root_volume.iops'],
  [disk({ throughput: 1.5 }), 'server.data_volumes[0].throughput'],
  [disk({ multiattach: 'true' }), 'server.data_volumes[0].multiattach'],
  [disk({ shareable: 1 }), 'server.data_volumes[0].shareable'],
  [disk({ delete_on_termination: 'yes' }), 'server.data_volumes[0].delete_on_termination'],
  [disk({ data_image_id: 'image-01' }), 'server.data_volumes[0].data_image_id'],
  [disk({ metadata: 'encrypted' }), 'server.data_volumes[0].metadata'],
  [nic({ ip_address: 10 }), 'server.nics[0].ip_address'],
  [nic({ ipv6_enable: 'yes' }), 'server.nics[0].ipv6_enable'],
  [nic({ ipv6_bandwidth: { id: '' } }), 'server.nics[0].ipv6_bandwidth.id'],
  [nic({ allowed_address_pairs: '10.0.1.0/24' }), 'server.nics[0].allowed_address_pairs'],
  [
    nic({ allowed_address_pairs: [{ ip_address: '10.0.1.9' }, { mac_address: 42 }] }),
    'server.nics[0].allowed_address_pairs[1].mac_address',
  ],
  [{ publicip: { id: 'eip-01' } }, 'server.publicip.id'],
  [
    { publicip: { ...(eip({}).publicip as Server), delete_on_termination: 'true' } },
    'server.publicip.delete_on_termination',
  ],
  [{ publicip: { eip: { iptype: '5_bgp' } } }, 'server.publicip.eip'],
  [eip({ iptype: '' }), 'server.publicip.eip.iptype'],
  [{ publicip: { eip: { iptype: '5_bgp', bandwidth: { size: 5 } } } }, 'server.publicip.eip.bandwidth'],
  [eip({}, { sharetype: 'SHARED' }), 'server.publicip.eip.bandwidth.sharetype'],
  [eip({}, { size: 2001 }), 'server.publicip.eip.bandwidth.size'],
  [eip({}, { size: '5' }), 'server.publicip.eip.bandwidth.size'],
  [eip({}, { chargemode: 'monthly' }), 'server.publicip.eip.bandwidth.chargemode'],
  [eip({}, { sharetype: 'WHOLE', id: '' }), 'server.publicip.eip.bandwidth.id'],
  [eip({ extendparam: { chargingMode: 'monthly' } }), 'server.publicip.eip.extendparam.chargingMode'],
  [{ extendparam: { regionID: '' } }, 'server.extendparam.regionID'],
  [{ extendparam: { isAutoRenew: false } }, 'server.extendparam.isAutoRenew'],
  [{ extendparam: { isAutoPay: true } }, 'server.extendparam.isAutoPay'],
  [{ extendparam: { diskPrior: 'yes' } }, 'server.extendparam.diskPrior'],
  [{ extendparam: { marketType: 'bid' } }, 'server.extendparam.marketType'],
  [{ extendparam: { marketType: 'spot', spotPrice: 'cheap' } }, 'server.extendparam.spotPrice'],
  [{ extendparam: { marketType: 'spot', spot_duration_hours: 0 } }, 'server.extendparam.spot_duration_hours'],
  [{ extendparam: { marketType: 'spot', spot_duration_count: '1' } }, 'server.extendparam.spot_duration_count'],
  [{ extendparam: { marketType: 'spot', interruption_policy: 'later' } }, 'server.extendparam.interruption_policy'],
  [{ extendparam: { CB_CSBS_BACKUP: {} } }, 'server.extendparam.CB_CSBS_BACKUP'],
  [{ metadata: { __support_agent_list: 'ces,antivirus' } }, 'server.metadata.__support_agent_list'],
  [{ 'os:scheduler_hints': { tenancy: 'private' } }, 'server.os:scheduler_hints.tenancy'],
  [
    { 'os:scheduler_hints': { tenancy: 'dedicated', dedicated_host_id: '' } },
    'server.os:scheduler_hints.dedicated_host_id',
  ],
  [{ security_options: 'on' }, 'server.security_options'],
  [{ security_options: { tpm_enabled: 'true' } }, 'server.security_options.tpm_enabled'],
  [{ serial_console_options: { enabled: 1 } }, 'server.serial_console_options.enabled'],
  [{ metadata_options: { http_endpoint: 'on' } }, 'server.metadata_options.http_endpoint'],
  [{ metadata_options: { http_tokens: 'always' } }, 'server.metadata_options.http_tokens'],
  [{ enclave_options: {} }, 'server.enclave_options'],
  [{ enclave_options: { enabled: 'false' } }, 'server.enclave_options.enabled'],
];

/** Values the API allows, including the lenient ones and blanks that mean "automatic" or "default". */
const GOOD: readonly Server[] = [
  rootDisk({ 'hw:passthrough': 'yes', cluster_type: 'DSS', cluster_id: 'c-01', extendparam: { snapshotId: ID } }),
  rootDisk({
    volumetype: 'GPSSD2',
    iops: 3000,
    throughput: 125,
    metadata: { __system__encrypted: '1', __system__cmkid: CMK_ID },
  }),
  disk({
    'hw:passthrough': 'true',
    multiattach: true,
    shareable: true,
    delete_on_termination: false,
    data_image_id: ID,
  }),
  nic({
    ip_address: '',
    ipv6_enable: false,
    ipv6_bandwidth: { id: 'bw-01' },
    allowed_address_pairs: [{ ip_address: '' }],
  }),
  eip({ extendparam: { chargingMode: 'postPaid' } }, { chargemode: 'bandwidth' }),
  eip({}, { chargemode: '' }),
  eip({}, { chargemode: 'traffic', size: 2000 }),
  { publicip: { id: ID.toUpperCase(), delete_on_termination: true } },
  { extendparam: { marketType: 'spot', spotPrice: '', support_auto_recovery: 'true', diskPrior: 'false' } },
  {
    extendparam: {
      marketType: 'spot',
      spotPrice: '0.5',
      spot_duration_hours: 6,
      spot_duration_count: 2,
      interruption_policy: 'immediate',
    },
  },
  { metadata: { __support_agent_list: 'hss,hss-ent,ces' } },
  { 'os:scheduler_hints': { tenancy: 'dedicated', dedicated_host_id: 'dh-01' } },
  { security_options: {}, serial_console_options: { enabled: true }, enclave_options: { enabled: false } },
  { metadata_options: { http_endpoint: 'disabled', http_tokens: 'required' } },
];

const detailFields = (server: Server): string[] =>
  fieldFormatProblems(server).map((detail) => {
    assert.equal(detail.code, 'Ecs.0005');
    return detail.message.split(': ')[0];
  });

describe('emulator format checks of the nested fields', () => {
  for (const [server, field] of BAD) {
    it(`refuses a bad ${field}, naming it`, () => {
      assert.deepEqual(detailFields(server), [field]);
    });
  }

  it('accepts the values the API allows, and reads hw:passthrough and support_auto_recovery leniently', () => {
    for (const server of GOOD) assert.deepEqual(detailFields(server), [], JSON.stringify(server));
  });

  it('says what to write: the allowed values, the range, or the type', () => {
    const messages = fieldFormatProblems({ ...eip({}, { sharetype: 'SHARED', size: 0 }), enclave_options: {} }).map(
      (d) => d.message,
    );
    assert.deepEqual(messages, [
      'server.publicip.eip.bandwidth.sharetype: must be one of "PER", "WHOLE".',
      'server.publicip.eip.bandwidth.size: must be from 1 to 2000 (Mbit/s).',
      'server.enclave_options: needs enabled.',
    ]);
  });

  it('checks every element of an array', () => {
    const nics = Array.from({ length: 3 }, (_, i) => ({ subnet_id: ID, ipv6_enable: i === 1 ? 'no' : true }));
    assert.deepEqual(detailFields({ nics }), ['server.nics[1].ipv6_enable']);
  });

  describe('over HTTP', () => {
    let emulator: RunningEmulator;
    before(async () => {
      emulator = await startEmulator({ jobSpeed: 1000 });
    });
    after(() => emulator.close());
    const post = (body: unknown) => signedRequest(emulator, 'POST', createPath(), { body });

    it('a dry run refuses every bad nested field at once with Ecs.0005, and nothing is created', async () => {
      const body = validCreateBody({
        ...eip({}, { size: 0 }),
        metadata_options: { http_tokens: 'always' },
        extendparam: { isAutoRenew: true },
      });
      for (const dryRun of [true, false]) {
        const response = await post({ ...body, dry_run: dryRun });
        assert.equal(response.status, 400, response.text);
        assert.equal(response.json.error.code, 'Ecs.0005');
        const named = response.json.error.details.map((d: { message: string }) => d.message.split(': ')[0]).sort();
        assert.deepEqual(named, [
          'server.extendparam.isAutoRenew',
          'server.metadata_options.http_tokens',
          'server.publicip.eip.bandwidth.size',
        ]);
      }
      assert.equal((await control(emulator, 'GET', '/_emulator/state')).json.jobs.length, 0);
    });

    it('a dry run passes the lenient and blank values', async () => {
      const body = validCreateBody({
        ...eip({}, { chargemode: 'bandwidth' }),
        root_volume: { volumetype: 'SSD', 'hw:passthrough': 'yes' },
        extendparam: { support_auto_recovery: 'true' },
      });
      const response = await post({ ...body, dry_run: true });
      assert.equal(response.status, 202, response.text);
    });
  });
});
