/**
 * The one list of known exceptions of the verdict consistency suite, keyed by corpus entry ID
 * (corpus.ts, variants.ts), each with the verdicts it shows today and why. The suite fails when an
 * exception no longer shows exactly these verdicts (remove or update it then), and when a body
 * that is not clean has no entry here.
 *
 * `fixedBy`: the item of issue 11 that removes the exception. Those entries describe verdicts that
 * other branches are changing; the emulator-enforcement check counts them at their intended
 * verdict (the body's expectation), so emulatorEnforcement.ts already says what will hold.
 */
import type { Verdict } from './variants';

export interface KnownException {
  /** Today's verdict of the editor (`ecs-request lint`). */
  readonly lint: Verdict;
  /** Today's verdict of the emulator (dry-run, create, job). */
  readonly emulator: Verdict;
  readonly reason: string;
  readonly fixedBy?: number;
}

function beingFixed(item: number, lint: Verdict, emulator: Verdict, what: string): KnownException {
  return { lint, emulator, reason: `being fixed: issue 11 item ${item} (${what})`, fixedBy: item };
}

/**
 * The emulator checks the JSON type of the top-level server fields and the mandatory fields only
 * (emulator/checks/shape.ts; emulator/README.md, "What it checks"): a bad value deeper inside, or
 * a value of the right type in a bad format, passes it, while the editor refuses it. Not part of
 * issue 11; the field is the one the entry ID names.
 */
const EMULATOR_SKIPS_FORMAT: KnownException = {
  lint: 'refuse',
  emulator: 'accept',
  reason: 'the emulator does not check the format of this field (only top-level JSON types, mandatory fields)',
};

const WHAT_EMPTY_IS_VALID = '"" is valid there (a free address or zone is picked, or no limit); the editor refuses it';
const WHAT_CHARGEMODE_BANDWIDTH = 'bandwidth.chargemode "bandwidth" is valid; the editor refuses it';
const WHAT_NIC_NEEDS_SUBNET_OR_PORT = 'a NIC needs subnet_id or port_id; the editor accepts one with neither';
const WHAT_WRAPPED_BASE64 = 'wrapped base64 user_data is accepted, with a warning; the schema refuses it';
const WHAT_PASSTHROUGH = 'hw:passthrough that is not a boolean means a VBD disk: a warning; the schema refuses it';
const WHAT_EMPTY_KEY_NAME = 'key_name "" is valid (seed example 2); the emulator looks up a key pair named ""';
const WHAT_CHINESE_NAME = 'Chinese counted twice over 128 only warns; the editor refuses, the emulator limits to 64';
const WHAT_R16 = 'the emulator does not check R16 yet';
const WHAT_R20 = 'the emulator does not check R20 yet';
const WHAT_METADATA_PAIRS = 'the emulator does not refuse more than 10 metadata pairs yet';

export const KNOWN_EXCEPTIONS: Readonly<Record<string, KnownException>> = {
  // Being fixed on other branches (issue 11 items 1-5, 10, 13).
  'field:server.availability_zone:accept:2': beingFixed(1, 'refuse', 'accept', WHAT_EMPTY_IS_VALID),
  'field:server.data_volumes[].hw:passthrough:accept:3': beingFixed(5, 'refuse', 'accept', WHAT_PASSTHROUGH),
  'field:server.key_name:accept:2': beingFixed(10, 'accept', 'refuse', WHAT_EMPTY_KEY_NAME),
  'field:server.metadata:refuse:1': beingFixed(13, 'refuse', 'accept', WHAT_METADATA_PAIRS),
  'field:server.name:accept:6': beingFixed(13, 'refuse', 'refuse', WHAT_CHINESE_NAME),
  'field:server.nics:refuse:2': beingFixed(3, 'accept', 'refuse', WHAT_NIC_NEEDS_SUBNET_OR_PORT),
  'field:server.nics[].allowed_address_pairs[].ip_address:accept:3':
    beingFixed(1, 'refuse', 'accept', WHAT_EMPTY_IS_VALID),
  'field:server.nics[].ip_address:accept:2': beingFixed(1, 'refuse', 'accept', WHAT_EMPTY_IS_VALID),
  'field:server.publicip.eip.bandwidth.chargemode:accept:3':
    beingFixed(2, 'refuse', 'accept', WHAT_CHARGEMODE_BANDWIDTH),
  'field:server.root_volume.hw:passthrough:accept:3': beingFixed(5, 'refuse', 'accept', WHAT_PASSTHROUGH),
  'field:server.user_data:accept:2': beingFixed(4, 'refuse', 'accept', WHAT_WRAPPED_BASE64),
  'rule:R01:warn:1': beingFixed(13, 'refuse', 'refuse', WHAT_CHINESE_NAME),
  'rule:R09:accept:2': beingFixed(4, 'refuse', 'accept', WHAT_WRAPPED_BASE64),
  'rule:R16:refuse:1': beingFixed(13, 'refuse', 'accept', WHAT_R16),
  'rule:R16:refuse:2': beingFixed(13, 'refuse', 'accept', WHAT_R16),
  'rule:R20:refuse:1': beingFixed(13, 'refuse', 'accept', WHAT_R20),
  'rule:R27:accept:1': beingFixed(2, 'refuse', 'accept', WHAT_CHARGEMODE_BANDWIDTH),
  'rule:R39:refuse:1': beingFixed(13, 'refuse', 'accept', WHAT_METADATA_PAIRS),
  'rule:R43:refuse:1': beingFixed(3, 'accept', 'refuse', WHAT_NIC_NEEDS_SUBNET_OR_PORT),
  'rule:R43:refuse:2': beingFixed(3, 'accept', 'refuse', WHAT_NIC_NEEDS_SUBNET_OR_PORT),
  // The emulator's format checks stop at the top level.
  'field:server.cpu_options:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.cpu_options.hw:cpu_threads:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.cpu_options.hw:cpu_threads:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].cluster_id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].cluster_type:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].data_image_id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].delete_on_termination:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].extendparam:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].extendparam.resourceSpecCode:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].extendparam.resourceType:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].extendparam.snapshotId:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].iops:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].metadata:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].metadata.__system__cmkid:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].metadata.__system__encrypted:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].metadata.__system__encrypted:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].multiattach:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].shareable:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.data_volumes[].throughput:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.enclave_options:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.enclave_options:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.enclave_options.enabled:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.CB_CSBS_BACKUP:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.diskPrior:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.enterprise_project_id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.interruption_policy:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.isAutoPay:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.isAutoRenew:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.marketType:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.regionID:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.spotPrice:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.spot_duration_hours:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.extendparam.support_auto_recovery:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.metadata.__support_agent_list:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.metadata_options:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.metadata_options.http_endpoint:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.metadata_options.http_tokens:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.nics[].allowed_address_pairs:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.nics[].allowed_address_pairs[].ip_address:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.nics[].allowed_address_pairs[].mac_address:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.nics[].ip_address:refuse:3': EMULATOR_SKIPS_FORMAT,
  'field:server.nics[].ipv6_bandwidth:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.nics[].ipv6_bandwidth.id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.nics[].ipv6_enable:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.os:scheduler_hints.dedicated_host_id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.os:scheduler_hints.tenancy:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.delete_on_termination:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth.chargemode:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth.id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth.sharetype:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth.sharetype:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth.size:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth.size:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.bandwidth.size:refuse:3': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.extendparam:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.extendparam.chargingMode:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.iptype:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.eip.iptype:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.publicip.id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.cluster_id:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.cluster_type:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.extendparam:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.extendparam.resourceSpecCode:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.extendparam.resourceType:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.extendparam.snapshotId:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.iops:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.metadata:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.metadata.__system__cmkid:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.metadata.__system__encrypted:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.metadata.__system__encrypted:refuse:2': EMULATOR_SKIPS_FORMAT,
  'field:server.root_volume.throughput:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.security_options:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.security_options.secure_boot_enabled:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.security_options.tpm_enabled:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.serial_console_options:refuse:1': EMULATOR_SKIPS_FORMAT,
  'field:server.serial_console_options.enabled:refuse:1': EMULATOR_SKIPS_FORMAT,
  // cluster_id "" (R17 and the schema's minimum length): the schema part is a format check.
  'rule:R17:refuse:2': EMULATOR_SKIPS_FORMAT,
};
