/**
 * Quota headroom: what the request creates (count × servers, vCPUs, RAM, disks, disk GB, EIPs)
 * against what the account's quotas have left (quotas.md §4). Advisory: quotas are checked again
 * at creation, usage moves, and the snapshot may be old, so these are warnings that say so.
 * A limit of -1 means no limit; a quota without usage (limits-only APIs) is not judged.
 */
import type { AstNode, ObjectNode } from '../../../request/parser/ast';
import { getProperty } from '../../../request/parser/nodes';
import { allDisks, literalString, objectAt, propertyOfType, serverCount, stringValue } from '../rules/ruleHelpers';
import type { QuotaItem } from '../../../request/accountSnapshot';
import type { FixData } from '../types';
import type { AccountData, AccountPart } from './accountData';
import { AccountCodes, type ResolvedIds, type Warn } from './accountCodes';

/** What is left of a quota, or undefined when there is no limit or the usage is not known. */
function headroom(part: AccountPart<QuotaItem>, resource: string): { left: number; quota: QuotaItem } | undefined {
  const quota = part.known ? part.byId.get(resource) : undefined;
  if (!quota || quota.limit < 0 || quota.used === undefined) return undefined;
  return { left: Math.max(0, quota.limit - quota.used), quota };
}

interface Need {
  readonly code: string;
  readonly part: AccountPart<QuotaItem>;
  readonly resource: string;
  /** How much one server takes (the request takes count × this). */
  readonly perServer: number;
  /** "vCPUs", "GB of disk", … */
  readonly unit: string;
  /** "the ECS vCPU quota" */
  readonly quotaName: string;
  /** The create error the shortage anticipates, with "unconfirmed" where the facts are unsure. */
  readonly error: string;
  /** Where the warning goes when the file has no `count`. */
  readonly node: AstNode;
  readonly advice: string;
}

export function quotaFindings(server: ObjectNode, data: AccountData, found: ResolvedIds, warn: Warn): void {
  const count = serverCount(server);
  if (count === undefined || count < 1) return;
  const countNode = getProperty(server, 'count')?.valueNode;
  const flavorNode = literalString(server, 'flavorRef')?.value ?? getProperty(server, 'name')?.keyNode;
  const needs: Need[] = [];
  const spot = stringValue(objectAt(server, 'extendparam'), 'marketType') === 'spot';
  const ecsError = spot ? 'Ecs.0001, unconfirmed for spot servers' : 'Ecs.0001';
  const kind = spot ? 'spot ' : '';
  // Spot servers count against their own ECS quotas: spotInstances, spotCores, spotRamMib.
  const ecsName = (resource: string) => (spot ? `spot${resource[0].toUpperCase()}${resource.slice(1)}` : resource);
  if (flavorNode) {
    needs.push({
      code: AccountCodes.quotaInstances,
      part: data.ecsQuotas,
      resource: ecsName('instances'),
      perServer: 1,
      unit: 'servers',
      quotaName: `the ECS ${kind}server quota`,
      error: ecsError,
      node: flavorNode,
      advice: 'Lower count, or ask for a higher quota.',
    });
  }
  const flavor = found.flavor;
  const flavorRef = literalString(server, 'flavorRef')?.value;
  if (flavor && flavorRef) {
    needs.push(
      {
        code: AccountCodes.quotaCores,
        part: data.ecsQuotas,
        resource: ecsName('cores'),
        perServer: flavor.vcpus,
        unit: 'vCPUs',
        quotaName: `the ECS ${kind}vCPU quota`,
        error: ecsError,
        node: flavorRef,
        advice: 'Lower count, choose a smaller flavor, or ask for a higher quota.',
      },
      {
        code: AccountCodes.quotaRam,
        part: data.ecsQuotas,
        resource: ecsName('ramMib'),
        perServer: flavor.ramMib,
        unit: 'MiB of memory',
        quotaName: `the ECS ${kind}memory quota`,
        error: ecsError,
        node: flavorRef,
        advice: 'Lower count, choose a flavor with less memory, or ask for a higher quota.',
      },
    );
  }
  needs.push(...diskNeeds(server, data, found));
  needs.push(...eipNeeds(server, data));
  for (const need of needs) {
    const room = headroom(need.part, need.resource);
    const total = count * need.perServer;
    if (!room || need.perServer <= 0 || total <= room.left) continue;
    const fits = Math.floor(room.left / need.perServer);
    const fixes: FixData[] | undefined =
      countNode && countNode.type === 'number' && fits >= 1
        ? [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [fits] }]
        : undefined;
    warn(
      countNode ?? need.node,
      need.code,
      `This request needs ${total} ${need.unit}${count > 1 ? ` (${count} × ${need.perServer})` : ''}, but ` +
        `${need.quotaName} has ${room.left} left (${room.quota.used} of ${room.quota.limit} used): creation ` +
        `would fail (${need.error}). ${need.advice}`,
      fixes,
    );
  }
}

/** Disks: one system disk and the data disks per server, their GB, in total and per disk type (EVS quota). */
function diskNeeds(server: ObjectNode, data: AccountData, found: ResolvedIds): Need[] {
  const disks = allDisks(server);
  const rootNode = getProperty(server, 'root_volume')?.keyNode ?? getProperty(server, 'data_volumes')?.keyNode;
  if (!rootNode || !data.evsQuotas.known) return [];
  // A system disk of size 0 or absent gets the image's min_disk (R12); unknown image: counted as 0 GB (a lower bound).
  const sizeOf = (disk: ObjectNode, isRoot: boolean): number => {
    const size = propertyOfType(disk, 'size', 'number')?.value.value ?? 0;
    return size > 0 ? size : isRoot ? (found.image?.minDiskGb ?? 0) : 0;
  };
  const rootVolume = objectAt(server, 'root_volume');
  // The system disk always exists, even when root_volume is left out of the file.
  let volumes = rootVolume ? 0 : 1;
  let gigabytes = 0;
  const byType = new Map<string, { volumes: number; gigabytes: number; node: AstNode }>();
  for (const disk of disks) {
    const size = sizeOf(disk.node, disk.node === rootVolume);
    volumes++;
    gigabytes += size;
    const type = literalString(disk.node, 'volumetype');
    if (!type) continue;
    const entry = byType.get(type.value.value) ?? { volumes: 0, gigabytes: 0, node: type.value };
    entry.volumes++;
    entry.gigabytes += size;
    byType.set(type.value.value, entry);
  }
  const evs = (resource: string, perServer: number, unit: string, quotaName: string, node: AstNode): Need => ({
    code: unit === 'disks' ? AccountCodes.quotaVolumes : AccountCodes.quotaGigabytes,
    part: data.evsQuotas,
    resource,
    perServer,
    unit,
    quotaName,
    error: 'Ecs.0021',
    node,
    advice: 'Lower count, use fewer or smaller disks, or ask for a higher quota.',
  });
  const needs = [
    evs('volumes', volumes, 'disks', 'the EVS disk quota', rootNode),
    evs('gigabytes', gigabytes, 'GB of disk', 'the EVS capacity quota (disks and snapshots)', rootNode),
  ];
  for (const [type, entry] of byType) {
    needs.push(
      evs(`volumes_${type}`, entry.volumes, 'disks', `the EVS quota of ${type} disks`, entry.node),
      evs(`gigabytes_${type}`, entry.gigabytes, 'GB of disk', `the EVS capacity quota of ${type} disks`, entry.node),
    );
  }
  return needs;
}

/** A new EIP per server (publicip.eip), and an address in a shared bandwidth when it is one (VPC quota). */
function eipNeeds(server: ObjectNode, data: AccountData): Need[] {
  const publicip = objectAt(server, 'publicip');
  const eipProperty = getProperty(publicip, 'eip');
  if (!publicip || !eipProperty || eipProperty.valueNode?.type !== 'object' || getProperty(publicip, 'id')) return [];
  const needs: Need[] = [
    {
      code: AccountCodes.quotaEips,
      part: data.vpcQuotas,
      resource: 'publicIp',
      perServer: 1,
      unit: 'new EIPs',
      quotaName: 'the EIP quota',
      error: 'Ecs.0013',
      node: eipProperty.keyNode,
      advice: 'Lower count, bind existing EIPs, or ask for a higher quota.',
    },
  ];
  const bandwidth = objectAt(eipProperty.valueNode, 'bandwidth');
  if (stringValue(bandwidth, 'sharetype') === 'WHOLE') {
    needs.push({
      code: AccountCodes.quotaEips,
      part: data.vpcQuotas,
      resource: 'shareBandwidthIP',
      perServer: 1,
      unit: 'EIPs in a shared bandwidth',
      quotaName: 'the quota of EIPs in shared bandwidths',
      error: 'Ecs.0013 or a VPC error, unconfirmed which',
      node: eipProperty.keyNode,
      advice: 'Lower count, or ask for a higher quota.',
    });
  }
  return needs;
}
