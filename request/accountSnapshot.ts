/**
 * The account snapshot: what one profile may use in one region and project, as the cloud's list
 * APIs answered at one moment. The cloud core produces it (cloud/catalog/), the language server
 * consumes it (completion, hover and checks of IDs) and the client caches it. So it lives here, on
 * the ground floor, as plain JSON: serialisable as it is, versioned, and free of secrets (no keys,
 * no tokens, no public-key material — only names, IDs, sizes and states).
 *
 * Every resource kind is either known (the whole list was read) or unknown (the list failed, was
 * forbidden, or was too long to read). An unknown kind is never an empty list: "no subnet with this
 * ID" may only be said about a known list. Field meanings follow the list APIs described in
 * docs/account-snapshot.md.
 */

/** Bump when a field changes meaning or is removed; a reader drops snapshots of another version. */
export const ACCOUNT_SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * The LSP notification by which the client hands a snapshot to the language server
 * (docs/lsp-extensions.md). Both sides import this one name, so they cannot drift apart.
 */
export const ACCOUNT_SNAPSHOT_NOTIFICATION = 'ecs/accountSnapshot';

/** The resource kinds of a snapshot, in the order people read them (also the CLI summary order). */
export const RESOURCE_KINDS = [
  'availabilityZones',
  'flavors',
  'images',
  'vpcs',
  'subnets',
  'securityGroups',
  'keyPairs',
  'serverGroups',
  'diskTypes',
  'eips',
  'bandwidths',
  'enterpriseProjects',
  'ecsQuotas',
  'evsQuotas',
  'vpcQuotas',
] as const;

export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Readable names of the kinds, for messages ("3 flavors", "security groups: unknown"). */
export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  availabilityZones: 'availability zones',
  flavors: 'flavors',
  images: 'images',
  vpcs: 'VPCs',
  subnets: 'subnets',
  securityGroups: 'security groups',
  keyPairs: 'key pairs',
  serverGroups: 'server groups',
  diskTypes: 'disk types',
  eips: 'EIPs',
  bandwidths: 'shared bandwidths',
  enterpriseProjects: 'enterprise projects',
  ecsQuotas: 'ECS quotas',
  evsQuotas: 'EVS quotas',
  vpcQuotas: 'VPC/EIP quotas',
};

// ---------------------------------------------------------------------------------------------
// Items

export interface AvailabilityZoneItem {
  /** The `availability_zone` value, e.g. `cn-north-4a`. */
  name: string;
  available: boolean;
}

/**
 * Sale status of a flavor (extra specs `cond:operation:status` for the region and
 * `cond:operation:az` per zone): `normal`, `obt`, `promotion` are on sale; `sellout`,
 * `obt_sellout` sold out; `abandon` withdrawn. Other words are kept as the API sent them.
 */
export type FlavorSaleStatus = 'normal' | 'abandon' | 'sellout' | 'obt' | 'obt_sellout' | 'promotion' | (string & {});

/** The statuses a flavor can be bought in (the flavor list filters by them, endpoints §3.1). */
export const FLAVOR_ON_SALE_STATUSES: readonly string[] = ['normal', 'obt', 'promotion'];

export type BillingMode = 'prePaid' | 'postPaid';

export interface FlavorItem {
  /** The `flavorRef` value, e.g. `s6.large.2`. */
  id: string;
  name: string;
  vcpus: number;
  ramMib: number;
  /** `arm64` for Kunpeng flavors (`ecs:instance_architecture`), `x86` otherwise. */
  architecture: 'x86' | 'arm64';
  /** NICs a server of this flavor can have (`quota:vif_max_num`, else `attachableQuantity.free_nic`). */
  maxNics?: number;
  /** Data disks that can be attached (`attachableQuantity.free_disk`). */
  maxDataDisks?: number;
  /** Region-wide sale status (`cond:operation:status`); absent when the flavor does not state it. */
  regionStatus?: FlavorSaleStatus;
  /**
   * Sale status per zone (`cond:operation:az`). A zone missing here is not stated by the API: a
   * reader must not call the flavor sold out there (fall back to `regionStatus`).
   */
  zoneStatus: Record<string, FlavorSaleStatus>;
  /** `cond:operation:charge`: `period` = yearly/monthly only, `demand` = pay-per-use only, absent = both. */
  billingModes: BillingMode[];
  /** `ecs:performancetype` (e.g. `normal`, `computingv3`, `kunpeng_computing`). */
  performanceType?: string;
}

export interface ImageItem {
  /** The `imageRef` value. */
  id: string;
  name: string;
  /** `active` is the only status a server can be created from. */
  status: string;
  /** `__os_type`: `Linux`, `Windows` or `Other`. */
  osType?: string;
  /** `__platform`, e.g. `Ubuntu`, `Windows`. */
  platform?: string;
  /** `__os_version`, e.g. `Ubuntu 22.04 server 64bit`. */
  osVersion?: string;
  /** `x86` or `arm` (`architecture`, else `__support_arm`). */
  architecture: 'x86' | 'arm';
  /** Smallest system disk in GB (`min_disk`; 0 when not stated). */
  minDiskGb: number;
  /** Smallest memory in MiB (`min_ram`; 0 when not stated). */
  minRamMib: number;
  /** `visibility`: `public`, `private` or `shared`. */
  visibility?: string;
  /** `__imagetype`: `gold` (public), `private`, `shared` or `market`. */
  imageType?: string;
}

export interface VpcItem {
  id: string;
  name: string;
  cidr?: string;
  status?: string;
}

export interface SubnetItem {
  /** The `nics[].subnet_id` value. */
  id: string;
  name: string;
  vpcId: string;
  cidr: string;
  gatewayIp?: string;
  /** The zone the subnet is bound to; absent when it spans the region. */
  zone?: string;
  /** `available_ip_address_count`; absent when the API did not say. */
  freeIps?: number;
}

export interface SecurityGroupItem {
  id: string;
  name: string;
  description?: string;
}

export interface KeyPairItem {
  /** The `key_name` value. */
  name: string;
  type?: string;
  fingerprint?: string;
}

export interface ServerGroupItem {
  /** The `os:scheduler_hints.group` value. */
  id: string;
  name: string;
  /** `anti-affinity`, `affinity`, `soft-anti-affinity`. */
  policies: string[];
  /** Servers in the group now (for the members quota). */
  memberCount?: number;
}

export interface DiskTypeItem {
  /** The `volumetype` value, e.g. `SSD`. */
  name: string;
  id?: string;
  /**
   * Zones the type is offered in. Absent when the API did not say (the extra spec keys are
   * unconfirmed in our facts): a reader must then not call the type unavailable anywhere.
   */
  zones?: string[];
  /** Zones where the type is sold out, when the API says so. */
  soldOutZones?: string[];
}

export interface EipItem {
  /** The `publicip.id` value. */
  id: string;
  address?: string;
  /** `DOWN` = free (not bound); `ACTIVE` = bound; others are transitional. */
  status: string;
  /** e.g. `5_bgp`. */
  type?: string;
  bandwidthId?: string;
  /** `PER` (dedicated) or `WHOLE` (shared). */
  bandwidthShareType?: string;
}

export interface BandwidthItem {
  /** The `bandwidth.id` value for a shared bandwidth. */
  id: string;
  name: string;
  /** Mbit/s. */
  size?: number;
  /** `WHOLE` for a shared bandwidth. */
  shareType?: string;
  /** EIPs in the bandwidth now. */
  eipCount?: number;
}

export interface EnterpriseProjectItem {
  /** The `extendparam.enterprise_project_id` value; `0` is the default project. */
  id: string;
  name: string;
  status: 'enabled' | 'disabled' | (string & {});
}

/**
 * One quota: `limit` -1 means "no limit". `used` is absent when the API gives limits only.
 * ECS resources (ECS v1 limits, MiB for RAM): `instances`, `cores`, `ramMib`, `serverGroups`,
 * `serverGroupMembers`, `keypairs`, spot `spotInstances`, `spotCores`, `spotRamMib`.
 * EVS (Cinder quota set): `volumes`, `gigabytes`, `snapshots`, `per_volume_gigabytes`,
 * `volumes_{TYPE}`, `gigabytes_{TYPE}`. VPC/EIP (VPC v1 quotas): the API's `type` values, e.g.
 * `vpc`, `subnet`, `securityGroup`, `publicIp`, `shareBandwidth`, `shareBandwidthIP`.
 */
export interface QuotaItem {
  resource: string;
  limit: number;
  used?: number;
}

/** The item type of each kind. */
export interface ResourceItems {
  availabilityZones: AvailabilityZoneItem;
  flavors: FlavorItem;
  images: ImageItem;
  vpcs: VpcItem;
  subnets: SubnetItem;
  securityGroups: SecurityGroupItem;
  keyPairs: KeyPairItem;
  serverGroups: ServerGroupItem;
  diskTypes: DiskTypeItem;
  eips: EipItem;
  bandwidths: BandwidthItem;
  enterpriseProjects: EnterpriseProjectItem;
  ecsQuotas: QuotaItem;
  evsQuotas: QuotaItem;
  vpcQuotas: QuotaItem;
}

// ---------------------------------------------------------------------------------------------
// Parts and the snapshot

export interface KnownPart<T> {
  state: 'known';
  items: T[];
  /** ISO 8601 time the last page of this list arrived. */
  fetchedAt: string;
  /** Items the API sent that could not be read (missing ID, wrong types); left out of `items`. */
  skipped?: number;
}

/** Why a list is unknown: lets a reader word its message ("no permission to list EIPs"). */
export type UnknownCause =
  | 'forbidden' // 403: the profile may not list this
  | 'unauthorized' // 401: credentials refused
  | 'not-found' // 404: the service or API is not offered here
  | 'throttled' // still throttled after the retries
  | 'server-error' // 5xx after the retries
  | 'network' // no connection, timeout
  | 'too-many' // more pages or items than a snapshot keeps
  | 'malformed' // the answer was not the list we asked for
  | 'error'; // anything else the API refused

export interface UnknownPart {
  state: 'unknown';
  /** One sentence for people: what failed and, when known, what to do. */
  reason: string;
  cause: UnknownCause;
  /** The service's error code, e.g. `APIGW.0302`, when there was one. */
  errorCode?: string;
  httpStatus?: number;
}

export type SnapshotPart<T> = KnownPart<T> | UnknownPart;

export interface SnapshotTarget {
  /** The profile name the snapshot was fetched with (`Local emulator` for the emulator profile). */
  profile: string;
  region: string;
  projectId: string;
}

export interface AccountSnapshot extends SnapshotTarget {
  schemaVersion: typeof ACCOUNT_SNAPSHOT_SCHEMA_VERSION;
  /** ISO 8601 time the fetch started (the age of the data is measured from here). */
  fetchedAt: string;
  /** How long the whole fetch took, in milliseconds. */
  durationMs: number;
  parts: { [K in ResourceKind]: SnapshotPart<ResourceItems[K]> };
}

// ---------------------------------------------------------------------------------------------
// The slim snapshot: what the client hands the language server

/**
 * The fields of each kind the language server reads (server/service/account/accountData.ts types
 * its data with SlimItems, so reading another field does not compile until it is added here). The
 * client sends the snapshot projected onto them (slimSnapshot): the large world's 857 KiB become
 * about half, and the server parses every byte of it on each refresh. The cache on disk, the CLI
 * and the pre-flight keep the whole snapshot.
 */
export const SLIM_SNAPSHOT_FIELDS = {
  availabilityZones: ['name', 'available'],
  flavors: ['id', 'vcpus', 'ramMib', 'architecture', 'maxNics', 'regionStatus', 'zoneStatus'],
  images: ['id', 'name', 'status', 'osType', 'architecture', 'minDiskGb', 'visibility'],
  vpcs: ['id', 'name', 'cidr'],
  subnets: ['id', 'name', 'vpcId', 'cidr', 'zone', 'freeIps'],
  securityGroups: ['id', 'name', 'description'],
  keyPairs: ['name', 'type'],
  serverGroups: ['id', 'name', 'policies', 'memberCount'],
  diskTypes: ['name', 'zones', 'soldOutZones'],
  eips: ['id', 'status', 'address', 'bandwidthId', 'type'],
  bandwidths: ['id', 'name', 'size', 'shareType', 'eipCount'],
  enterpriseProjects: ['id', 'name', 'status'],
  ecsQuotas: ['resource', 'limit', 'used'],
  evsQuotas: ['resource', 'limit', 'used'],
  vpcQuotas: ['resource', 'limit', 'used'],
} as const satisfies { readonly [K in ResourceKind]: readonly (keyof ResourceItems[K])[] };

/** The items of each kind as the language server reads them: only the fields of SLIM_SNAPSHOT_FIELDS. */
export type SlimItems = {
  [K in ResourceKind]: Pick<
    ResourceItems[K],
    Extract<(typeof SLIM_SNAPSHOT_FIELDS)[K][number], keyof ResourceItems[K]>
  >;
};

/** A part of a slim snapshot: the items of a known list, or only that the list is unknown. */
export type SlimPart<T> = { state: 'known'; items: T[] } | { state: 'unknown' };

/** What the `ecs/accountSnapshot` notification carries (docs/lsp-extensions.md, "Slim shape"). */
export interface SlimAccountSnapshot {
  schemaVersion: typeof ACCOUNT_SNAPSHOT_SCHEMA_VERSION;
  profile: string;
  region: string;
  fetchedAt: string;
  parts: { [K in ResourceKind]: SlimPart<SlimItems[K]> };
}

/** The fields of `item` named in `fields` that it has (in that order); a new object. */
function pickFields(item: object, fields: readonly string[]): Record<string, unknown> {
  const slim: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (item as Record<string, unknown>)[field];
    if (value !== undefined) slim[field] = value;
  }
  return slim;
}

function slimPart<K extends ResourceKind>(
  kind: K,
  part: SnapshotPart<ResourceItems[K]> | undefined,
): SlimPart<SlimItems[K]> {
  if (!isKnown(part)) return { state: 'unknown' };
  const fields: readonly string[] = SLIM_SNAPSHOT_FIELDS[kind];
  return { state: 'known', items: part.items.map((item) => pickFields(item, fields) as unknown as SlimItems[K]) };
}

/**
 * The snapshot with only what the language server reads (SLIM_SNAPSHOT_FIELDS): what the client
 * sends. A new object; the snapshot given is not changed. Linear in the snapshot.
 */
export function slimSnapshot(snapshot: AccountSnapshot): SlimAccountSnapshot {
  const parts = {} as Record<ResourceKind, SlimPart<unknown>>;
  for (const kind of RESOURCE_KINDS) parts[kind] = slimPart(kind, snapshot.parts[kind] as never);
  return {
    schemaVersion: snapshot.schemaVersion,
    profile: snapshot.profile,
    region: snapshot.region,
    fetchedAt: snapshot.fetchedAt,
    parts: parts as SlimAccountSnapshot['parts'],
  };
}

export function isKnown<T>(part: SnapshotPart<T> | undefined): part is KnownPart<T> {
  return part !== undefined && part.state === 'known';
}

/** Whether a snapshot belongs to a profile + region + project (never apply one to another). */
export function snapshotMatches(snapshot: SnapshotTarget, target: SnapshotTarget): boolean {
  return (
    snapshot.profile === target.profile && snapshot.region === target.region && snapshot.projectId === target.projectId
  );
}

/** A flavor's sale status in a zone: the zone's stated status, else the region's (undefined: not stated). */
export function flavorStatusInZone(
  flavor: Pick<FlavorItem, 'zoneStatus' | 'regionStatus'>,
  zone: string,
): FlavorSaleStatus | undefined {
  return flavor.zoneStatus[zone] ?? flavor.regionStatus;
}

/** The age of account data in words: "3 min ago", "less than a minute ago", "2 h ago", "4 days ago". */
export function dataAge(fetchedAtMs: number, now: Date): string {
  const minutes = Math.floor((now.getTime() - fetchedAtMs) / 60_000);
  if (minutes < 1) return 'less than a minute ago';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

export interface SnapshotSummaryLine {
  kind: ResourceKind;
  label: string;
  state: 'known' | 'unknown';
  count?: number;
  skipped?: number;
  reason?: string;
  cause?: UnknownCause;
}

/** Counts per kind and the reasons of the unknown ones, in RESOURCE_KINDS order. */
export function summarizeSnapshot(snapshot: AccountSnapshot): SnapshotSummaryLine[] {
  return RESOURCE_KINDS.map((kind): SnapshotSummaryLine => {
    const part = snapshot.parts[kind] as SnapshotPart<unknown>;
    const label = RESOURCE_KIND_LABELS[kind];
    if (part.state === 'known') {
      return {
        kind,
        label,
        state: 'known',
        count: part.items.length,
        ...(part.skipped ? { skipped: part.skipped } : {}),
      };
    }
    return { kind, label, state: 'unknown', reason: part.reason, cause: part.cause };
  });
}
