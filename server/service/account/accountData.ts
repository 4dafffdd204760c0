/**
 * The account data the language server reads: a snapshot the client sent (docs/lsp-extensions.md),
 * checked defensively and indexed once, so that checks, completion and hover only do lookups.
 * Nothing here fetches: the server never talks to the network (ARCHITECTURE.md, invariant 3).
 */
import { ACCOUNT_SNAPSHOT_SCHEMA_VERSION, dataAge, type SlimItems } from '../../../request/accountSnapshot';

// The server's items hold only the fields the client sends (SLIM_SNAPSHOT_FIELDS): reading another
// field of the cloud's lists starts there.
type AvailabilityZoneItem = SlimItems['availabilityZones'];
/** A flavor as the server holds it. */
export type AccountFlavor = SlimItems['flavors'];
/** An image as the server holds it. */
export type AccountImage = SlimItems['images'];
/** A disk type as the server holds it. */
export type AccountDiskType = SlimItems['diskTypes'];
type VpcItem = SlimItems['vpcs'];
type SubnetItem = SlimItems['subnets'];
type SecurityGroupItem = SlimItems['securityGroups'];
type KeyPairItem = SlimItems['keyPairs'];
export type AccountServerGroup = SlimItems['serverGroups'];
type EipItem = SlimItems['eips'];
type BandwidthItem = SlimItems['bandwidths'];
type EnterpriseProjectItem = SlimItems['enterpriseProjects'];
type QuotaItem = SlimItems['ecsQuotas'];

/** More items than the catalog ever keeps per list (cloud/catalog limits): such a part is treated as unknown. */
export const MAX_ITEMS_PER_KIND = 20_000;
/** Longer strings are no ID or name of the cloud's: the item is skipped. */
const MAX_STRING_LENGTH = 1_024;

/** A kind the server reads: either the whole list, indexed by ID, or unknown (never "empty"). */
export type AccountPart<T> =
  | { readonly known: true; readonly items: readonly T[]; readonly byId: ReadonlyMap<string, T> }
  | { readonly known: false };

export interface AccountData {
  readonly profile: string;
  readonly region: string;
  /** Milliseconds since the epoch when the fetch started; the data's age counts from here. */
  readonly fetchedAtMs: number;
  readonly zones: AccountPart<AvailabilityZoneItem>;
  readonly flavors: AccountPart<AccountFlavor>;
  readonly images: AccountPart<AccountImage>;
  readonly vpcs: AccountPart<VpcItem>;
  readonly subnets: AccountPart<SubnetItem>;
  readonly securityGroups: AccountPart<SecurityGroupItem>;
  readonly keyPairs: AccountPart<KeyPairItem>;
  readonly serverGroups: AccountPart<AccountServerGroup>;
  readonly diskTypes: AccountPart<AccountDiskType>;
  readonly eips: AccountPart<EipItem>;
  readonly bandwidths: AccountPart<BandwidthItem>;
  readonly enterpriseProjects: AccountPart<EnterpriseProjectItem>;
  /** Quotas are indexed by `resource` (`instances`, `gigabytes_SSD`, `publicIp`, …). */
  readonly ecsQuotas: AccountPart<QuotaItem>;
  readonly evsQuotas: AccountPart<QuotaItem>;
  readonly vpcQuotas: AccountPart<QuotaItem>;
}

/** What the `ecs/accountSnapshot` notification asked for, after checking it. */
export type AccountNotification =
  | { readonly kind: 'clear' }
  | { readonly kind: 'apply'; readonly data: AccountData }
  /** Dropped, with one sentence for the log; the server keeps what it had. */
  | { readonly kind: 'ignore'; readonly reason: string }
  /** A snapshot of another profile or region than the active one: never applied, and the old one goes. */
  | { readonly kind: 'mismatch'; readonly reason: string };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_STRING_LENGTH ? value : undefined;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_STRING_LENGTH ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The `ecs/accountSnapshot` params, read without trusting any of it. Linear in the payload; never throws. */
export function readAccountNotification(params: unknown): AccountNotification {
  if (!isRecord(params)) return { kind: 'ignore', reason: 'the params are not an object' };
  if (params.snapshot === null) return { kind: 'clear' };
  const profile = text(params.profile);
  const region = text(params.region);
  if (profile === undefined || region === undefined) return { kind: 'ignore', reason: 'profile or region is missing' };
  const snapshot = params.snapshot;
  if (!isRecord(snapshot)) return { kind: 'ignore', reason: 'snapshot is neither an object nor null' };
  if (snapshot.schemaVersion !== ACCOUNT_SNAPSHOT_SCHEMA_VERSION) {
    return {
      kind: 'ignore',
      reason:
        `its schemaVersion is ${JSON.stringify(snapshot.schemaVersion)?.slice(0, 20)}, this server reads ` +
        `version ${ACCOUNT_SNAPSHOT_SCHEMA_VERSION}`,
    };
  }
  if (snapshot.profile !== profile || snapshot.region !== region) {
    return { kind: 'mismatch', reason: `it belongs to another profile or region than ${profile} / ${region}` };
  }
  const fetchedAtMs = typeof snapshot.fetchedAt === 'string' ? Date.parse(snapshot.fetchedAt) : Number.NaN;
  if (!Number.isFinite(fetchedAtMs)) return { kind: 'ignore', reason: 'fetchedAt is not a date' };
  const parts = isRecord(snapshot.parts) ? snapshot.parts : {};
  return {
    kind: 'apply',
    data: {
      profile,
      region,
      fetchedAtMs,
      zones: readPart(parts.availabilityZones, readZone, (zone) => zone.name),
      flavors: readPart(parts.flavors, readFlavor, (flavor) => flavor.id),
      images: readPart(parts.images, readImage, (image) => image.id),
      vpcs: readPart(parts.vpcs, readVpc, (vpc) => vpc.id),
      subnets: readPart(parts.subnets, readSubnet, (subnet) => subnet.id),
      securityGroups: readPart(parts.securityGroups, readSecurityGroup, (group) => group.id),
      keyPairs: readPart(parts.keyPairs, readKeyPair, (pair) => pair.name),
      serverGroups: readPart(parts.serverGroups, readServerGroup, (group) => group.id),
      diskTypes: readPart(parts.diskTypes, readDiskType, (type) => type.name),
      eips: readPart(parts.eips, readEip, (eip) => eip.id),
      bandwidths: readPart(parts.bandwidths, readBandwidth, (bandwidth) => bandwidth.id),
      enterpriseProjects: readPart(parts.enterpriseProjects, readEnterpriseProject, (project) => project.id),
      ecsQuotas: readPart(parts.ecsQuotas, readQuota, (quota) => quota.resource),
      evsQuotas: readPart(parts.evsQuotas, readQuota, (quota) => quota.resource),
      vpcQuotas: readPart(parts.vpcQuotas, readQuota, (quota) => quota.resource),
    },
  };
}

/** Known only when the part says so and its list is a list of a size the catalog could have made. */
function readPart<T>(raw: unknown, read: (item: Json) => T | undefined, idOf: (item: T) => string): AccountPart<T> {
  if (!isRecord(raw) || raw.state !== 'known' || !Array.isArray(raw.items)) return { known: false };
  if (raw.items.length > MAX_ITEMS_PER_KIND) return { known: false };
  const items: T[] = [];
  const byId = new Map<string, T>();
  for (const entry of raw.items as unknown[]) {
    const item = isRecord(entry) ? read(entry) : undefined;
    if (item === undefined) continue;
    items.push(item);
    if (!byId.has(idOf(item))) byId.set(idOf(item), item);
  }
  return { known: true, items, byId };
}

function readZone(raw: Json): AvailabilityZoneItem | undefined {
  const name = text(raw.name);
  return name === undefined ? undefined : { name, available: raw.available !== false };
}

function readStatusMap(raw: unknown): Record<string, string> {
  const result: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!isRecord(raw)) return result;
  let kept = 0;
  for (const [zone, status] of Object.entries(raw)) {
    const value = text(status);
    if (value === undefined || zone.length > MAX_STRING_LENGTH) continue;
    result[zone] = value;
    if (++kept >= 1_000) break; // a region has a handful of zones
  }
  return result;
}

function readFlavor(raw: Json): AccountFlavor | undefined {
  const id = text(raw.id);
  const vcpus = count(raw.vcpus);
  const ramMib = count(raw.ramMib);
  if (id === undefined || vcpus === undefined || ramMib === undefined) return undefined;
  return {
    id,
    vcpus,
    ramMib,
    architecture: raw.architecture === 'arm64' ? 'arm64' : 'x86',
    maxNics: count(raw.maxNics),
    regionStatus: text(raw.regionStatus),
    zoneStatus: readStatusMap(raw.zoneStatus),
  };
}

function readImage(raw: Json): AccountImage | undefined {
  const id = text(raw.id);
  const status = text(raw.status);
  if (id === undefined || status === undefined) return undefined;
  return {
    id,
    name: text(raw.name) ?? id,
    status,
    osType: text(raw.osType),
    architecture: raw.architecture === 'arm' ? 'arm' : 'x86',
    minDiskGb: count(raw.minDiskGb) ?? 0,
    visibility: text(raw.visibility),
  };
}

function readVpc(raw: Json): VpcItem | undefined {
  const id = text(raw.id);
  return id === undefined ? undefined : { id, name: optionalText(raw.name) ?? '', cidr: text(raw.cidr) };
}

function readSubnet(raw: Json): SubnetItem | undefined {
  const id = text(raw.id);
  const vpcId = text(raw.vpcId);
  const cidr = text(raw.cidr);
  if (id === undefined || vpcId === undefined || cidr === undefined) return undefined;
  return {
    id,
    name: optionalText(raw.name) ?? '',
    vpcId,
    cidr,
    zone: text(raw.zone),
    freeIps: count(raw.freeIps),
  };
}

function readSecurityGroup(raw: Json): SecurityGroupItem | undefined {
  const id = text(raw.id);
  return id === undefined
    ? undefined
    : { id, name: optionalText(raw.name) ?? '', description: optionalText(raw.description) };
}

function readKeyPair(raw: Json): KeyPairItem | undefined {
  const name = text(raw.name);
  return name === undefined ? undefined : { name, type: text(raw.type) };
}

/** A list of short strings (zones, policies), bounded: a region has a handful of zones. */
function readTextList(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const result: string[] = [];
  for (const entry of raw.slice(0, 1_000) as unknown[]) {
    const value = text(entry);
    if (value !== undefined) result.push(value);
  }
  return result;
}

function readServerGroup(raw: Json): AccountServerGroup | undefined {
  const id = text(raw.id);
  if (id === undefined) return undefined;
  return {
    id,
    name: optionalText(raw.name) ?? '',
    policies: readTextList(raw.policies) ?? [],
    memberCount: count(raw.memberCount),
  };
}

function readDiskType(raw: Json): AccountDiskType | undefined {
  const name = text(raw.name);
  if (name === undefined) return undefined;
  // Absent zones stay absent: "not stated" must not read as "offered nowhere".
  return { name, zones: readTextList(raw.zones), soldOutZones: readTextList(raw.soldOutZones) };
}

function readEip(raw: Json): EipItem | undefined {
  const id = text(raw.id);
  const status = text(raw.status);
  if (id === undefined || status === undefined) return undefined;
  return {
    id,
    status,
    address: text(raw.address),
    type: text(raw.type),
    bandwidthId: text(raw.bandwidthId),
  };
}

function readBandwidth(raw: Json): BandwidthItem | undefined {
  const id = text(raw.id);
  if (id === undefined) return undefined;
  return {
    id,
    name: optionalText(raw.name) ?? '',
    size: count(raw.size),
    shareType: text(raw.shareType),
    eipCount: count(raw.eipCount),
  };
}

function readEnterpriseProject(raw: Json): EnterpriseProjectItem | undefined {
  const id = text(raw.id);
  const status = text(raw.status);
  if (id === undefined || status === undefined) return undefined;
  return { id, name: optionalText(raw.name) ?? '', status };
}

function readQuota(raw: Json): QuotaItem | undefined {
  const resource = text(raw.resource);
  const limit = raw.limit === -1 ? -1 : count(raw.limit);
  if (resource === undefined || limit === undefined) return undefined;
  const used = count(raw.used);
  return used === undefined ? { resource, limit } : { resource, limit, used };
}

/** "profile Local emulator / cn-north-4, data from 3 min ago": every account message says where it comes from. */
export function dataSource(data: AccountData, now: Date): string {
  return `profile ${data.profile} / ${data.region}, data from ${dataAge(data.fetchedAtMs, now)}`;
}
