/**
 * The text of the submit confirmation: who pays, where, what is created and how it is billed.
 * Pure (no vscode), so the wording is unit-tested. Secrets (adminPass, user_data) are never read.
 */

export interface SubmitTarget {
  readonly profileName: string;
  readonly region: string;
  /** Undefined when it will be looked up at submit time. */
  readonly projectId?: string;
}

export interface SummaryLine {
  readonly label: string;
  readonly value: string;
}

export interface SubmitSummary {
  /** One sentence for the dialog title. */
  readonly message: string;
  readonly lines: readonly SummaryLine[];
  /** `label: value` lines joined, for the dialog detail and the log. */
  readonly detail: string;
}

type Obj = Record<string, unknown>;

const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const asList = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(asObj) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
/** The API writes these flags as the strings "true"/"false"; accept real booleans too. */
const flag = (v: unknown): boolean => v === true || v === 'true';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function serversLine(server: Obj): string {
  const count = typeof server.count === 'number' ? server.count : 1;
  const name = str(server.name) ?? '(no name)';
  if (count <= 1) return `1 server named "${name}"`;
  return flag(server.isAutoRename)
    ? `${count} servers, all named "${name}"`
    : `${count} servers named "${name}-0001" to "${name}-${String(count).padStart(4, '0')}"`;
}

function diskText(disk: Obj): string {
  const type = str(disk.volumetype) ?? '?';
  const size = str(disk.size);
  return size && size !== '0' ? `${type} ${size} GB` : `${type} (image minimum size)`;
}

function disksLine(server: Obj): string {
  const system = `system ${diskText(asObj(server.root_volume))}`;
  const data = asList(server.data_volumes);
  if (data.length === 0) return `${system}; no data disks`;
  return `${system}; ${plural(data.length, 'data disk')}: ${data.map(diskText).join(', ')}`;
}

function publicIpLine(server: Obj): string {
  const publicip = asObj(server.publicip);
  if (Object.keys(publicip).length === 0) return 'none';
  if (str(publicip.id)) return `existing EIP ${str(publicip.id)}`;
  const eip = asObj(publicip.eip);
  const bandwidth = asObj(eip.bandwidth);
  const type = str(eip.iptype) ?? '?';
  const eipBilling = str(asObj(eip.extendparam).chargingMode);
  const billing = eipBilling ? `, EIP billed ${eipBilling === 'prePaid' ? 'yearly/monthly' : 'pay-per-use'}` : '';
  if (str(bandwidth.sharetype) === 'WHOLE') return `new EIP (${type}) on shared bandwidth ${str(bandwidth.id) ?? '?'}${billing}`;
  const size = str(bandwidth.size) ?? '?';
  const chargemode = str(bandwidth.chargemode) === 'traffic' ? 'by traffic' : 'by bandwidth';
  return `new EIP (${type}), dedicated bandwidth ${size} Mbit/s billed ${chargemode}${billing}`;
}

function billingLine(server: Obj): string {
  const extend = asObj(server.extendparam);
  if (str(extend.chargingMode) === 'prePaid') {
    const period = `${str(extend.periodNum) ?? '?'} ${str(extend.periodType) ?? '?'}(s)`;
    return `yearly/monthly for ${period}; auto-renew ${flag(extend.isAutoRenew) ? 'on' : 'off'}; `
      + (flag(extend.isAutoPay) ? 'paid automatically from the account' : 'order left unpaid until you pay it');
  }
  if (str(extend.marketType) === 'spot') {
    const price = str(extend.spotPrice);
    return `pay-per-use spot${price ? ` (highest price ${price}/hour)` : ' (up to the on-demand price)'}; may be reclaimed`;
  }
  return 'pay-per-use (billed by the hour while the servers exist)';
}

/** Builds the confirmation summary for a request body (as it will be sent). */
export function buildSubmitSummary(body: unknown, target: SubmitTarget): SubmitSummary {
  const server = asObj(asObj(body).server);
  const count = typeof server.count === 'number' ? server.count : 1;
  const lines: SummaryLine[] = [
    { label: 'Profile', value: target.profileName },
    { label: 'Region', value: target.region },
    { label: 'Project', value: target.projectId ?? 'looked up from the region when sending' },
    { label: 'Servers', value: serversLine(server) },
    { label: 'Flavor', value: str(server.flavorRef) ?? '(missing)' },
    { label: 'Image', value: str(server.imageRef) ?? '(missing)' },
    { label: 'Availability zone', value: str(server.availability_zone) ?? 'chosen by the service' },
    { label: 'Disks', value: disksLine(server) },
    { label: 'EIP and bandwidth', value: publicIpLine(server) },
    { label: 'Billing', value: billingLine(server) },
  ];
  return {
    message: `Create ${plural(count, 'ECS server')} in ${target.region} with profile "${target.profileName}"?`,
    lines,
    detail: lines.map((l) => `${l.label}: ${l.value}`).join('\n'),
  };
}
