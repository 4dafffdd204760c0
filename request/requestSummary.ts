/**
 * The facts of a request (requestFacts.ts) in words, one labelled line each: what a person checks
 * before creating (and paying for) servers. The CLI prints these lines and the editor shows them in
 * its confirmation, so both say the same thing about the same body.
 */
import {
  MAX_SERVERS_PER_REQUEST,
  requestedServerName,
  type BillingFacts,
  type DiskFacts,
  type PublicIpFacts,
  type RequestFacts,
} from './requestFacts';

export interface SummaryLine {
  readonly label: string;
  readonly value: string;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function serversLine(facts: RequestFacts): string {
  const name = facts.name ?? '(no name)';
  const odd =
    facts.countWritten !== undefined
      ? ` (count ${facts.countWritten} is not a whole number of at least 1; the service will refuse it)`
      : '';
  const over =
    facts.count > MAX_SERVERS_PER_REQUEST ? ` (more than the ${MAX_SERVERS_PER_REQUEST} one request may create)` : '';
  if (facts.count <= 1) return `1 server named "${name}"${odd}`;
  if (facts.naming.kind === 'same') return `${facts.count} servers, all named "${name}"${over}`;
  const first = requestedServerName(facts, 0) ?? name;
  const last = requestedServerName(facts, facts.count - 1) ?? name;
  const continued =
    facts.naming.kind === 'numbered' && facts.naming.first !== 1
      ? ` (numbering goes on from the -${String(facts.naming.first).padStart(4, '0')} the name ends with)`
      : '';
  return `${facts.count} servers named "${first}" to "${last}"${continued}${over}`;
}

function diskText(disk: DiskFacts): string {
  const type = disk.type ?? '?';
  return disk.size && disk.size !== '0' ? `${type} ${disk.size} GB` : `${type} (image minimum size)`;
}

function disksLine(facts: RequestFacts): string {
  const system = `system ${diskText(facts.systemDisk)}`;
  if (facts.dataDisks.length === 0) return `${system}; no data disks`;
  return `${system}; ${plural(facts.dataDisks.length, 'data disk')}: ${facts.dataDisks.map(diskText).join(', ')}`;
}

function networkLine(facts: RequestFacts): string {
  const nics = facts.nics.map((nic) => {
    if (nic.portId) return `port ${nic.portId}`;
    const subnet = `subnet ${nic.subnetId ?? '?'}`;
    return nic.ipAddress ? `${subnet} (fixed IP ${nic.ipAddress})` : subnet;
  });
  const groups =
    facts.securityGroupIds.length > 0
      ? `security groups ${facts.securityGroupIds.join(', ')}`
      : 'the default security group';
  return `VPC ${facts.vpcId ?? '?'}; ${nics.length > 0 ? nics.join(', ') : 'no NICs'}; ${groups}`;
}

/** "yearly/monthly" or "pay-per-use" for a chargingMode string, or that it is not documented. */
function chargingModeWords(mode: string): string {
  if (mode === 'prePaid') return 'yearly/monthly';
  if (mode === 'postPaid') return 'pay-per-use';
  return `as chargingMode "${mode}" means (not a documented value)`;
}

function publicIpLine(ip: PublicIpFacts): string {
  if (ip.kind === 'none') return 'none';
  if (ip.kind === 'existing') return `existing EIP ${ip.id}`;
  const billing = ip.chargingMode ? `, EIP billed ${chargingModeWords(ip.chargingMode)}` : '';
  const type = ip.ipType ?? '?';
  if (ip.shared) return `new EIP (${type}) on shared bandwidth ${ip.sharedBandwidthId ?? '?'}${billing}`;
  const chargemode = ip.chargeMode === 'traffic' ? 'by traffic' : 'by bandwidth';
  return `new EIP (${type}), dedicated bandwidth ${ip.sizeMbits ?? '?'} Mbit/s billed ${chargemode}${billing}`;
}

function billingLine(billing: BillingFacts): string {
  switch (billing.mode) {
    case 'prePaid': {
      const period = `${billing.periodNum ?? '?'} ${billing.periodType ?? '?'}(s)`;
      return (
        `yearly/monthly for ${period}; auto-renew ${billing.autoRenew ? 'on' : 'off'}; ` +
        (billing.autoPay ? 'paid automatically from the account' : 'order left unpaid until you pay it')
      );
    }
    case 'postPaid':
      if (billing.spot) {
        const bid = billing.spotPrice ? `highest price ${billing.spotPrice}/hour` : 'up to the on-demand price';
        return `pay-per-use spot (${bid}); may be reclaimed`;
      }
      return 'pay-per-use (billed by the hour while the servers exist)';
    case 'undocumented':
      return (
        `not known: chargingMode ${billing.written} is not a value the V1.1 API documents ` +
        '(it takes "prePaid" for yearly/monthly or "postPaid" for pay-per-use); write one of those to be sure'
      );
  }
}

/** The summary lines of a request, in the order a person reads them. */
export function summaryLines(facts: RequestFacts): SummaryLine[] {
  return [
    { label: 'Servers', value: serversLine(facts) },
    { label: 'Flavor', value: facts.flavor ?? '(missing)' },
    { label: 'Image', value: facts.image ?? '(missing)' },
    { label: 'Availability zone', value: facts.availabilityZone ?? 'chosen by the service' },
    { label: 'Network', value: networkLine(facts) },
    { label: 'Key pair', value: facts.keyPair ?? 'none' },
    { label: 'Disks', value: disksLine(facts) },
    { label: 'EIP and bandwidth', value: publicIpLine(facts.publicIp) },
    { label: 'Billing', value: billingLine(facts.billing) },
  ];
}
