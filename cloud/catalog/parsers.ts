/**
 * Readers of one list item each: the API's raw JSON in, a snapshot item out, or undefined when the
 * item lacks what makes it usable (an ID, a CIDR, a number that must be a number). Nothing here
 * throws on a wrong answer, and the work is linear in the item's size.
 * Field names: endpoints-and-lookups.md §3, quotas.md §1–3.
 */
import type {
  AvailabilityZoneItem,
  BandwidthItem,
  BillingMode,
  DiskTypeItem,
  EipItem,
  EnterpriseProjectItem,
  FlavorItem,
  ImageItem,
  KeyPairItem,
  QuotaItem,
  SecurityGroupItem,
  ServerGroupItem,
  SubnetItem,
  VpcItem,
} from '../../request/accountSnapshot';

type Raw = Record<string, unknown>;

export const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty string (IDs, names); bounded so a huge value cannot blow up a snapshot. */
export function text(v: unknown, max = 1024): string | undefined {
  return typeof v === 'string' && v !== '' && v.length <= max ? v : undefined;
}

/** A finite number, or a string holding one (the flavor API sends vCPUs as a string). */
export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && v.length <= 32) {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function wholeNumber(v: unknown): number | undefined {
  const n = numberOf(v);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Keys that would change an object's prototype if used as a record key. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `cond:operation:az`, e.g. `cn-north-4a(normal), cn-north-4b(sellout)` → zone → status.
 * Split on commas and read each entry by its brackets: no regular expression, linear.
 */
export function parseZoneStatus(value: string | undefined): Record<string, string> {
  const zones: Record<string, string> = {};
  if (!value) return zones;
  for (const entry of value.split(',')) {
    const trimmed = entry.trim();
    const open = trimmed.indexOf('(');
    if (open <= 0 || !trimmed.endsWith(')')) continue;
    const zone = trimmed.slice(0, open).trim();
    const status = trimmed.slice(open + 1, -1).trim();
    if (zone && status && !UNSAFE_KEYS.has(zone)) zones[zone] = status;
  }
  return zones;
}

/** `cond:operation:charge`: `period` = yearly/monthly, `demand` = pay-per-use; absent or unreadable = both. */
export function parseBillingModes(value: string | undefined): BillingMode[] {
  const words = (value ?? '').split(',').map((w) => w.trim());
  const modes: BillingMode[] = [];
  if (words.includes('period')) modes.push('prePaid');
  if (words.includes('demand')) modes.push('postPaid');
  return modes.length ? modes : ['prePaid', 'postPaid'];
}

function csv(value: unknown): string[] | undefined {
  const t = text(value, 4096);
  if (t === undefined) return undefined;
  return t
    .split(',')
    .map((z) => z.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------

export function parseAvailabilityZone(raw: Raw): AvailabilityZoneItem | undefined {
  const name = text(raw.zoneName);
  if (!name) return undefined;
  const state = isObject(raw.zoneState) ? raw.zoneState : {};
  return { name, available: state.available !== false };
}

export function parseFlavor(raw: Raw): FlavorItem | undefined {
  const id = text(raw.id);
  const vcpus = wholeNumber(raw.vcpus);
  const ramMib = wholeNumber(raw.ram);
  if (!id || !vcpus || ramMib === undefined) return undefined;
  const specs = isObject(raw.os_extra_specs) ? raw.os_extra_specs : {};
  const attachable = isObject(raw.attachableQuantity) ? raw.attachableQuantity : {};
  const maxNics = wholeNumber(specs['quota:vif_max_num']) ?? wholeNumber(attachable.free_nic);
  const maxDataDisks = wholeNumber(attachable.free_disk);
  const regionStatus = text(specs['cond:operation:status'], 64);
  const performanceType = text(specs['ecs:performancetype'], 128);
  return {
    id,
    name: text(raw.name) ?? id,
    vcpus,
    ramMib,
    architecture: specs['ecs:instance_architecture'] === 'arm64' ? 'arm64' : 'x86',
    ...(maxNics !== undefined ? { maxNics } : {}),
    ...(maxDataDisks !== undefined ? { maxDataDisks } : {}),
    ...(regionStatus ? { regionStatus } : {}),
    zoneStatus: parseZoneStatus(text(specs['cond:operation:az'], 8192)),
    billingModes: parseBillingModes(text(specs['cond:operation:charge'], 64)),
    ...(performanceType ? { performanceType } : {}),
  };
}

export function parseImage(raw: Raw): ImageItem | undefined {
  const id = text(raw.id);
  const status = text(raw.status, 64);
  if (!id || !status) return undefined;
  const architecture = text(raw.architecture, 32)?.toLowerCase();
  const arm =
    architecture === 'arm' ||
    architecture === 'aarch64' ||
    (architecture === undefined && raw.__support_arm === 'true');
  const optional = {
    osType: text(raw.__os_type, 64),
    platform: text(raw.__platform, 128),
    osVersion: text(raw.__os_version),
    visibility: text(raw.visibility, 64),
    imageType: text(raw.__imagetype, 64),
  };
  return {
    id,
    name: text(raw.name) ?? id,
    status,
    architecture: arm ? 'arm' : 'x86',
    minDiskGb: wholeNumber(raw.min_disk) ?? 0,
    minRamMib: wholeNumber(raw.min_ram) ?? 0,
    ...defined(optional),
  };
}

export function parseVpc(raw: Raw): VpcItem | undefined {
  const id = text(raw.id);
  if (!id) return undefined;
  return { id, name: text(raw.name) ?? id, ...defined({ cidr: text(raw.cidr, 64), status: text(raw.status, 64) }) };
}

export function parseSubnet(raw: Raw): SubnetItem | undefined {
  const id = text(raw.id);
  const vpcId = text(raw.vpc_id);
  const cidr = text(raw.cidr, 64);
  if (!id || !vpcId || !cidr) return undefined;
  const freeIps = wholeNumber(raw.available_ip_address_count);
  return {
    id,
    name: text(raw.name) ?? id,
    vpcId,
    cidr,
    ...defined({ gatewayIp: text(raw.gateway_ip, 64), zone: text(raw.availability_zone, 128) }),
    ...(freeIps !== undefined ? { freeIps } : {}),
  };
}

export function parseSecurityGroup(raw: Raw): SecurityGroupItem | undefined {
  const id = text(raw.id);
  if (!id) return undefined;
  return { id, name: text(raw.name) ?? id, ...defined({ description: text(raw.description) }) };
}

/** KPS answers `{keypair: {...}}` per item. */
export function parseKeyPair(raw: Raw): KeyPairItem | undefined {
  const inner = isObject(raw.keypair) ? raw.keypair : raw;
  const name = text(inner.name);
  if (!name) return undefined;
  return { name, ...defined({ type: text(inner.type, 64), fingerprint: text(inner.fingerprint) }) };
}

export function parseServerGroup(raw: Raw): ServerGroupItem | undefined {
  const id = text(raw.id);
  if (!id) return undefined;
  const policies = Array.isArray(raw.policies)
    ? raw.policies.filter((p): p is string => typeof p === 'string' && p.length <= 64)
    : [];
  return {
    id,
    name: text(raw.name) ?? id,
    policies,
    ...(Array.isArray(raw.members) ? { memberCount: raw.members.length } : {}),
  };
}

/**
 * Disk types: the zones a type is offered in come from its extra specs. The keys are unconfirmed
 * (endpoints-and-lookups.md §3.8); `RESKEY:availability_zones` is read first, then
 * `availability-zone` / `availability_zone`. No key → zones unknown (not "none").
 */
export function parseDiskType(raw: Raw): DiskTypeItem | undefined {
  const name = text(raw.name, 128);
  if (!name) return undefined;
  const specs = isObject(raw.extra_specs) ? raw.extra_specs : {};
  const zones =
    csv(specs['RESKEY:availability_zones']) ?? csv(specs['availability-zone']) ?? csv(specs.availability_zone);
  const soldOut = csv(specs['os-vendor-extended:sold_out_availability_zones']);
  return {
    name,
    ...defined({ id: text(raw.id) }),
    ...(zones ? { zones } : {}),
    ...(soldOut && soldOut.length ? { soldOutZones: soldOut } : {}),
  };
}

export function parseEip(raw: Raw): EipItem | undefined {
  const id = text(raw.id);
  const status = text(raw.status, 64);
  if (!id || !status) return undefined;
  return {
    id,
    status,
    ...defined({
      address: text(raw.public_ip_address, 64),
      type: text(raw.type, 64),
      bandwidthId: text(raw.bandwidth_id),
      bandwidthShareType: text(raw.bandwidth_share_type, 16),
    }),
  };
}

export function parseBandwidth(raw: Raw): BandwidthItem | undefined {
  const id = text(raw.id);
  if (!id) return undefined;
  const size = wholeNumber(raw.size);
  return {
    id,
    name: text(raw.name) ?? id,
    ...(size !== undefined ? { size } : {}),
    ...defined({ shareType: text(raw.share_type, 16) }),
    ...(Array.isArray(raw.publicip_info) ? { eipCount: raw.publicip_info.length } : {}),
  };
}

/** EPS `status`: 1 enabled, 2 disabled (also accepted as words). */
export function parseEnterpriseProject(raw: Raw): EnterpriseProjectItem | undefined {
  const id = typeof raw.id === 'number' && Number.isInteger(raw.id) ? String(raw.id) : text(raw.id);
  if (!id) return undefined;
  const status =
    raw.status === 1 || raw.status === 'enabled'
      ? 'enabled'
      : raw.status === 2 || raw.status === 'disabled'
        ? 'disabled'
        : undefined;
  if (!status) return undefined;
  return { id, name: text(raw.name) ?? id, status };
}

// ---------------------------------------------------------------------------------------------
// Quotas: one answer, turned into a list of { resource, limit, used }.

/** ECS v1 `absolute` field pairs (limit field, used field) per snapshot resource name. */
const ECS_QUOTA_FIELDS: ReadonlyArray<[string, string, string | undefined]> = [
  ['instances', 'maxTotalInstances', 'totalInstancesUsed'],
  ['cores', 'maxTotalCores', 'totalCoresUsed'],
  ['ramMib', 'maxTotalRAMSize', 'totalRAMUsed'],
  ['spotInstances', 'maxTotalSpotInstances', 'totalSpotInstancesUsed'],
  ['spotCores', 'maxTotalSpotCores', 'totalSpotCoresUsed'],
  ['spotRamMib', 'maxTotalSpotRAMSize', 'totalSpotRAMUsed'],
  ['serverGroups', 'maxServerGroups', 'totalServerGroupsUsed'],
  ['serverGroupMembers', 'maxServerGroupMembers', undefined],
  ['keypairs', 'maxTotalKeypairs', undefined],
  ['securityGroups', 'maxSecurityGroups', 'totalSecurityGroupsUsed'],
  ['floatingIps', 'maxTotalFloatingIps', 'totalFloatingIpsUsed'],
];

function quota(resource: string, limit: unknown, used: unknown): QuotaItem | undefined {
  const l = numberOf(limit);
  if (l === undefined || !Number.isInteger(l) || l < -1) return undefined;
  const u = wholeNumber(used);
  return { resource, limit: l, ...(u !== undefined ? { used: u } : {}) };
}

/** `{"absolute": {...}}` → quota entries; undefined when the answer is not that shape. */
export function ecsQuotaEntries(body: unknown): unknown[] | undefined {
  if (!isObject(body) || !isObject(body.absolute)) return undefined;
  const absolute = body.absolute;
  return ECS_QUOTA_FIELDS.filter(([, limitField]) => limitField in absolute).map(
    ([resource, limitField, usedField]) => ({
      resource,
      limit: absolute[limitField],
      used: usedField ? absolute[usedField] : undefined,
    }),
  );
}

/** `{"quota_set": {key: {in_use, limit, reserved}}}` → entries (the `id` key is the project). */
export function evsQuotaEntries(body: unknown): unknown[] | undefined {
  if (!isObject(body) || !isObject(body.quota_set)) return undefined;
  return Object.entries(body.quota_set)
    .filter(([key, value]) => key !== 'id' && isObject(value))
    .map(([resource, value]) => ({ resource, limit: (value as Raw).limit, used: (value as Raw).in_use }));
}

/** `{"quotas": {"resources": [{type, used, quota, min}]}}` → entries. */
export function vpcQuotaEntries(body: unknown): unknown[] | undefined {
  if (!isObject(body) || !isObject(body.quotas) || !Array.isArray(body.quotas.resources)) return undefined;
  return body.quotas.resources.map((r) => (isObject(r) ? { resource: r.type, limit: r.quota, used: r.used } : r));
}

export function parseQuota(raw: Raw): QuotaItem | undefined {
  const resource = text(raw.resource, 128);
  return resource && !UNSAFE_KEYS.has(resource) ? quota(resource, raw.limit, raw.used) : undefined;
}

/** The object without its undefined values (snapshots stay compact and JSON round-trips exactly). */
function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
