/**
 * One reading of what a create-server body asks for: the names the servers get, how many, how
 * they are billed, their disks, EIP, network and key pair. The CLI's and the editor's submit
 * confirmations and the jobs view all read a body through this, so they never disagree.
 *
 * Input is the plain JSON value of the body (as sent, or as parsed), never a syntax tree. Nothing
 * secret is read: adminPass and user_data are not touched. Values that the V1.1 API does not
 * document are kept as written and flagged, not guessed at.
 */

type Obj = Readonly<Record<string, unknown>>;

const asObj = (value: unknown): Obj =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
const asList = (value: unknown): Obj[] => (Array.isArray(value) ? value.map(asObj) : []);
/** A non-empty string, or a number or boolean as text (YAML users write sizes and flags both ways). */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
/** The API writes isAutoRenew/isAutoPay as the strings "true"/"false"; a real boolean means the same. */
const flag = (value: unknown): boolean => value === true || value === 'true';

/** The most servers one request may create (request-fields.md, `count`: 500 pay-per-use). */
export const MAX_SERVERS_PER_REQUEST = 500;

/** How the service names the servers of one request. */
export type ServerNaming =
  /** One server: the name as written. */
  | { readonly kind: 'single' }
  /** count > 1 with isAutoRename true: every server keeps the same name. */
  | { readonly kind: 'same' }
  /**
   * count > 1, isAutoRename not true: `-NNNN` is appended, numbered from `first`. A name that
   * already ends in `-NNNN` is numbered on from that number (request-fields.md, `name`).
   */
  | { readonly kind: 'numbered'; readonly base: string; readonly first: number };

/** Billing as the V1.1 API reads `extendparam` (request-fields.md §`extendparam`). */
export type BillingFacts =
  | {
      readonly mode: 'postPaid';
      /** marketType "spot" (only effective with pay-per-use). */
      readonly spot: boolean;
      /** The highest hourly bid, when given; else the on-demand price is the bid. */
      readonly spotPrice?: string;
    }
  | {
      readonly mode: 'prePaid';
      readonly periodType?: string;
      readonly periodNum?: string;
      readonly autoRenew: boolean;
      readonly autoPay: boolean;
    }
  | {
      /** A chargingMode the V1.1 API does not document (e.g. 1, "1" or V1's 0): its effect is not known. */
      readonly mode: 'undocumented';
      readonly written: string;
    };

export interface DiskFacts {
  readonly type?: string;
  /** GB as written; undefined (or "0") means the image's minimum for the system disk. */
  readonly size?: string;
}

export type PublicIpFacts =
  | { readonly kind: 'none' }
  | { readonly kind: 'existing'; readonly id: string }
  | {
      readonly kind: 'new';
      readonly ipType?: string;
      /** A shared bandwidth (sharetype WHOLE) with its ID, else a dedicated one. */
      readonly sharedBandwidthId?: string;
      readonly shared: boolean;
      readonly sizeMbits?: string;
      /** "traffic", else billed by bandwidth (absent or empty). */
      readonly chargeMode?: string;
      /** The EIP's own chargingMode when written ("prePaid"/"postPaid", or something else as written). */
      readonly chargingMode?: string;
    };

export interface NicFacts {
  readonly subnetId?: string;
  readonly ipAddress?: string;
  readonly portId?: string;
}

export interface RequestFacts {
  /** server.name as written. */
  readonly name?: string;
  readonly count: number;
  /** The count as written, when it is not a whole number of at least 1 (the summary says so). */
  readonly countWritten?: string;
  readonly isAutoRename: boolean;
  readonly naming: ServerNaming;
  readonly flavor?: string;
  readonly image?: string;
  readonly availabilityZone?: string;
  readonly billing: BillingFacts;
  readonly systemDisk: DiskFacts;
  readonly dataDisks: readonly DiskFacts[];
  readonly publicIp: PublicIpFacts;
  readonly vpcId?: string;
  readonly nics: readonly NicFacts[];
  readonly securityGroupIds: readonly string[];
  readonly keyPair?: string;
  readonly dryRun: boolean;
}

const SUFFIX = /^(.*)-(\d{4})$/;

function countOf(server: Obj): { count: number; written?: string } {
  const raw = server.count;
  if (raw === undefined) return { count: 1 };
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) return { count: raw };
  return { count: 1, written: text(raw) ?? JSON.stringify(raw) ?? String(raw) };
}

/** How the servers are named, from server.name, count and isAutoRename. */
export function namingOf(name: string | undefined, count: number, autoRename: boolean): ServerNaming {
  if (count <= 1) return { kind: 'single' };
  if (autoRename) return { kind: 'same' };
  const match = name ? SUFFIX.exec(name) : null;
  return match
    ? { kind: 'numbered', base: match[1], first: Number(match[2]) }
    : { kind: 'numbered', base: name ?? '', first: 1 };
}

/**
 * How a `extendparam.chargingMode` value bills (request-fields.md §`extendparam`): "prePaid" is
 * yearly/monthly, "postPaid" or no value pay-per-use; anything else (1, "1", V1's 0) is not a V1.1
 * value and its effect is not known. The language service's billing rules read the same answer.
 */
export function billingModeOf(chargingMode: unknown): BillingFacts['mode'] {
  if (chargingMode === 'prePaid') return 'prePaid';
  if (chargingMode === undefined || chargingMode === 'postPaid') return 'postPaid';
  return 'undocumented';
}

function billingOf(extend: Obj): BillingFacts {
  const mode = extend.chargingMode;
  const billingMode = billingModeOf(mode);
  if (billingMode === 'prePaid') {
    return {
      mode: 'prePaid',
      periodType: text(extend.periodType),
      periodNum: text(extend.periodNum),
      autoRenew: flag(extend.isAutoRenew),
      autoPay: flag(extend.isAutoPay),
    };
  }
  if (billingMode === 'postPaid') {
    return { mode: 'postPaid', spot: extend.marketType === 'spot', spotPrice: text(extend.spotPrice) };
  }
  return { mode: 'undocumented', written: JSON.stringify(mode) ?? String(mode) };
}

function diskOf(disk: Obj): DiskFacts {
  return { type: text(disk.volumetype), size: text(disk.size) };
}

function publicIpOf(server: Obj): PublicIpFacts {
  const publicip = asObj(server.publicip);
  const id = text(publicip.id);
  if (id) return { kind: 'existing', id };
  if (Object.keys(publicip).length === 0) return { kind: 'none' };
  const eip = asObj(publicip.eip);
  const bandwidth = asObj(eip.bandwidth);
  const shared = bandwidth.sharetype === 'WHOLE';
  return {
    kind: 'new',
    ipType: text(eip.iptype),
    shared,
    sharedBandwidthId: shared ? text(bandwidth.id) : undefined,
    sizeMbits: text(bandwidth.size),
    chargeMode: text(bandwidth.chargemode),
    chargingMode: text(asObj(eip.extendparam).chargingMode),
  };
}

/** What a create-server body asks for. Never throws: missing or odd parts read as absent. */
export function readRequestFacts(body: unknown): RequestFacts {
  const root = asObj(body);
  const server = asObj(root.server);
  const name = text(server.name);
  const { count, written } = countOf(server);
  const isAutoRename = server.isAutoRename === true;
  return {
    name,
    count,
    countWritten: written,
    isAutoRename,
    naming: namingOf(name, count, isAutoRename),
    flavor: text(server.flavorRef),
    image: text(server.imageRef),
    availabilityZone: text(server.availability_zone),
    billing: billingOf(asObj(server.extendparam)),
    systemDisk: diskOf(asObj(server.root_volume)),
    dataDisks: asList(server.data_volumes).map(diskOf),
    publicIp: publicIpOf(server),
    vpcId: text(server.vpcid),
    nics: asList(server.nics).map((nic) => ({
      subnetId: text(nic.subnet_id),
      ipAddress: text(nic.ip_address),
      portId: text(nic.port_id),
    })),
    securityGroupIds: asList(server.security_groups)
      .map((group) => text(group.id))
      .filter((id): id is string => id !== undefined),
    keyPair: text(server.key_name),
    dryRun: root.dry_run === true,
  };
}

/** The three fields that decide the servers' names (a saved job keeps just these). */
export interface NamedRequest {
  readonly name?: string;
  readonly count: number;
  readonly isAutoRename?: boolean;
}

/** The name server `index` (0-based) of the request gets, or undefined when the request has no name. */
export function requestedServerName(request: NamedRequest, index: number): string | undefined {
  if (!request.name) return undefined;
  const naming = namingOf(request.name, request.count, request.isAutoRename === true);
  if (naming.kind !== 'numbered') return request.name;
  return `${naming.base}-${String(naming.first + index).padStart(4, '0')}`;
}

/**
 * The names the servers of the request get, in order (empty without a name), at most
 * MAX_SERVERS_PER_REQUEST of them. Shown until the service's names are known.
 */
export function requestedServerNames(request: NamedRequest): string[] {
  if (!request.name) return [];
  const count = Math.min(Math.max(1, request.count), MAX_SERVERS_PER_REQUEST);
  return Array.from({ length: count }, (_, i) => requestedServerName(request, i) as string);
}
