/**
 * Account checks of the resources a request refers to beyond flavor, image and network: disk
 * types in the zone (R38), an existing EIP (R25), shared bandwidths, server groups and their
 * policy (R32), enterprise projects (R45), flavor/image architecture and free IPs of subnets.
 * Pure, like accountChecks.ts.
 */
import type { AccountDiskType, AccountServerGroup } from './accountData';
import { sameSizeFlavorsOnSale, subnetsWithRoom } from '../../../request/accountQueries';
import type { ObjectNode, StringNode } from '../../../request/parser/ast';
import { allDisks, arrayAt, literalString, objectAt, serverCount } from '../rules/ruleHelpers';
import type { FixData } from '../types';
import type { AccountData } from './accountData';
import { AccountCodes, MAX_FIX_CANDIDATES, type Lookup, type ResolvedIds, type Warn } from './accountCodes';

export function resourceFindings(
  server: ObjectNode,
  data: AccountData,
  found: ResolvedIds,
  lookup: Lookup,
  warn: Warn,
): void {
  checkDiskTypes(server, data, found.zone, lookup, warn);
  checkPublicIp(server, data, lookup, warn);
  checkServerGroup(server, data, lookup, warn);
  checkEnterpriseProject(server, data, lookup, warn);
  checkArchitecture(data, found, server, warn);
  checkFreeIps(server, data, lookup, warn);
}

/** Why a disk type cannot be used in a zone, or undefined when it can or the data does not say. */
function diskTypeProblem(type: AccountDiskType, zone: string): string | undefined {
  if (type.soldOutZones?.includes(zone)) return `sold out in ${zone}`;
  // No zones stated: the API's keys for them are unconfirmed (endpoints §3.8), so nothing is concluded.
  if (type.zones !== undefined && !type.zones.includes(zone)) return `not offered in ${zone}`;
  return undefined;
}

/** R38: each disk's volumetype must exist and be offered in the chosen zone (Ecs.0043, Ecs.0044). */
function checkDiskTypes(
  server: ObjectNode,
  data: AccountData,
  zone: string | undefined,
  lookup: Lookup,
  warn: Warn,
): void {
  if (!data.diskTypes.known) return;
  const offeredHere =
    zone === undefined
      ? []
      : data.diskTypes.items.filter((type) => diskTypeProblem(type, zone) === undefined).map((type) => type.name);
  for (const disk of allDisks(server)) {
    const volumetype = literalString(disk.node, 'volumetype');
    if (!volumetype) continue;
    const name = volumetype.value.value;
    const type = lookup(data.diskTypes, name);
    if (type === 'unknown-list') return;
    if (type === undefined) {
      warn(
        volumetype.value,
        AccountCodes.unknownDiskType,
        `Disk type ${name} (${disk.label}) is not one of the region's disk types ` +
          `(${data.diskTypes.items.map((item) => item.name).join(', ') || 'none listed'}): choose one of those.`,
      );
      continue;
    }
    if (zone === undefined) continue;
    const problem = diskTypeProblem(type, zone);
    if (problem === undefined) continue;
    const others = offeredHere.filter((other) => other !== name);
    const fixes: FixData[] | undefined =
      others.length > 0
        ? [{ kind: 'replaceValue', path: ['server', ...diskPath(disk.label), 'volumetype'], candidates: others }]
        : undefined;
    warn(
      volumetype.value,
      AccountCodes.diskTypeNotInZone,
      `Disk type ${name} (${disk.label}) is ${problem}, so the disk cannot be created there. ` +
        (others.length > 0 ? `Offered in ${zone}: ${others.join(', ')}.` : `Choose another zone.`),
      fixes,
    );
  }
}

/** 'root_volume' → ['root_volume'], 'data_volumes[2]' → ['data_volumes', 2]. */
function diskPath(label: string): (string | number)[] {
  const bracket = label.indexOf('[');
  return bracket < 0 ? [label] : [label.slice(0, bracket), Number(label.slice(bracket + 1, -1))];
}

/** R25: an existing EIP must exist and be free (`DOWN`); shared bandwidth IDs must exist. */
function checkPublicIp(server: ObjectNode, data: AccountData, lookup: Lookup, warn: Warn): void {
  const publicip = objectAt(server, 'publicip');
  const eipId = literalString(publicip, 'id');
  const eip = eipId && lookup(data.eips, eipId.value.value);
  if (eipId && eip === undefined) {
    warn(
      eipId.value,
      AccountCodes.unknownEip,
      `EIP ${eipId.value.value} is not in the account's EIPs: choose an existing, unbound EIP, ` +
        'or use publicip.eip to create a new one.',
    );
  } else if (eipId && eip && eip !== 'unknown-list' && eip.status !== 'DOWN') {
    const free = data.eips.known ? data.eips.items.filter((item) => item.status === 'DOWN') : [];
    const shown = free.slice(0, MAX_FIX_CANDIDATES);
    warn(
      eipId.value,
      AccountCodes.eipNotFree,
      `EIP ${eip.address ?? eip.id} is ${eip.status === 'ACTIVE' ? 'bound to another resource' : eip.status}; ` +
        'only a free EIP (status DOWN) can be bound to a new server. ' +
        (free.length > 0
          ? `Free EIPs: ${shown.map((item) => item.address ?? item.id).join(', ')}.`
          : 'Release it first, or use publicip.eip to create a new one.'),
      shown.length > 0
        ? [{ kind: 'replaceValue', path: ['server', 'publicip', 'id'], candidates: shown.map((item) => item.id) }]
        : undefined,
    );
  }
  const bandwidthIds = [
    literalString(objectAt(objectAt(publicip, 'eip'), 'bandwidth'), 'id'),
    literalString(objectAt(server, 'ipv6_bandwidth'), 'id'),
  ];
  for (const bandwidthId of bandwidthIds) {
    if (bandwidthId && lookup(data.bandwidths, bandwidthId.value.value) === undefined) {
      warn(
        bandwidthId.value,
        AccountCodes.unknownBandwidth,
        `Bandwidth ${bandwidthId.value.value} is not one of the account's shared bandwidths: choose an existing ` +
          'shared bandwidth.',
      );
    }
  }
}

/** The server group must exist, and have room for the new members (quotas.md §4, Ecs.0022). */
function checkServerGroup(server: ObjectNode, data: AccountData, lookup: Lookup, warn: Warn): void {
  const groupId = literalString(objectAt(server, 'os:scheduler_hints'), 'group');
  if (!groupId) return;
  const group = lookup(data.serverGroups, groupId.value.value);
  if (group === undefined) {
    warn(
      groupId.value,
      AccountCodes.unknownServerGroup,
      `Server group ${groupId.value.value} is not in the account's server groups: choose an existing group.`,
    );
    return;
  }
  if (group === 'unknown-list') return;
  checkServerGroupPolicy(server, group, data, groupId.value, warn);
  if (group.memberCount === undefined || !data.ecsQuotas.known) return;
  const limit = data.ecsQuotas.byId.get('serverGroupMembers')?.limit;
  const count = serverCount(server);
  if (limit === undefined || limit < 0 || count === undefined || group.memberCount + count <= limit) return;
  warn(
    groupId.value,
    AccountCodes.quotaServerGroupMembers,
    `Server group ${group.name || group.id} has ${group.memberCount} of at most ${limit} members, and this ` +
      `request adds ${count}: creation would fail (Ecs.0022). Lower count, or use another group.`,
  );
}

const ANTI_AFFINITY = 'anti-affinity';

/**
 * R32, advice only (the facts say "should"): the group should be an anti-affinity one, and servers
 * on a dedicated host (tenancy "dedicated"; R31 covers a host ID without it) cannot use an
 * anti-affinity group, which only a 2025 guide says. On a dedicated host the first advice does not
 * apply, so the two never contradict each other. A group that states no policy is not judged.
 */
function checkServerGroupPolicy(
  server: ObjectNode,
  group: AccountServerGroup,
  data: AccountData,
  node: StringNode,
  warn: Warn,
): void {
  if (group.policies.length === 0) return;
  const name = group.name || group.id;
  const isAntiAffinity = group.policies.includes(ANTI_AFFINITY);
  const onDedicatedHost = literalString(objectAt(server, 'os:scheduler_hints'), 'tenancy')?.value.value === 'dedicated';
  if (onDedicatedHost) {
    if (!isAntiAffinity) return;
    warn(
      node,
      AccountCodes.serverGroupPolicy,
      `Server group ${name} is an anti-affinity group, and servers on a dedicated host (tenancy "dedicated") ` +
        'cannot use one, according to a 2025 guide (the API reference does not say it, so this is a warning). ' +
        'Leave out os:scheduler_hints.group, or use a group with another policy.',
      [{ kind: 'removeProperty', path: ['server', 'os:scheduler_hints', 'group'] }],
    );
    return;
  }
  if (isAntiAffinity) return;
  const antiAffinity = data.serverGroups.known
    ? data.serverGroups.items.filter((other) => other.policies.includes(ANTI_AFFINITY)).slice(0, MAX_FIX_CANDIDATES)
    : [];
  warn(
    node,
    AccountCodes.serverGroupPolicy,
    `Server group ${name} has the policy ${group.policies.join(', ')}; the API advises an anti-affinity group ` +
      'here and does not recommend other policies. ' +
      (antiAffinity.length > 0
        ? `Anti-affinity groups: ${antiAffinity.map((other) => other.name || other.id).join(', ')}.`
        : 'Create an anti-affinity group and use it, or keep this one knowingly.'),
    antiAffinity.length > 0
      ? [
          {
            kind: 'replaceValue',
            path: ['server', 'os:scheduler_hints', 'group'],
            candidates: antiAffinity.map((other) => other.id),
          },
        ]
      : undefined,
  );
}

/** R45: an enterprise project must exist and be enabled (Ecs.0049). `0` is the default project. */
function checkEnterpriseProject(server: ObjectNode, data: AccountData, lookup: Lookup, warn: Warn): void {
  const projectId = literalString(objectAt(server, 'extendparam'), 'enterprise_project_id');
  if (!projectId || projectId.value.value === '0') return;
  const project = lookup(data.enterpriseProjects, projectId.value.value);
  if (project === undefined) {
    warn(
      projectId.value,
      AccountCodes.unknownEnterpriseProject,
      `Enterprise project ${projectId.value.value} is not in the account's enterprise projects: choose an ` +
        'existing one, or "0" for the default project.',
    );
  } else if (project !== 'unknown-list' && project.status !== 'enabled') {
    warn(
      projectId.value,
      AccountCodes.enterpriseProjectDisabled,
      `Enterprise project ${project.name || project.id} is ${project.status}, and servers cannot be created in ` +
        'a disabled project (Ecs.0049): enable it, or choose another project.',
    );
  }
}

/**
 * An arm image needs an arm64 (Kunpeng) flavor and an x86 image an x86 one. The facts name an
 * image/flavor mismatch error (Ecs.0007) without saying it covers architecture: the message says "likely".
 */
function checkArchitecture(data: AccountData, found: ResolvedIds, server: ObjectNode, warn: Warn): void {
  const { flavor, image, zone } = found;
  if (!flavor || !image) return;
  const imageIsArm = image.architecture === 'arm';
  if ((flavor.architecture === 'arm64') === imageIsArm) return;
  const imageRef = literalString(server, 'imageRef');
  if (!imageRef) return;
  const wanted = imageIsArm ? 'arm64' : 'x86';
  // A flavor that states no sale status is still offered: the advice must not hide one that fits.
  const sameSize = data.flavors.known
    ? sameSizeFlavorsOnSale(data.flavors.items, flavor, { zone, architecture: wanted, unstatedIsOnSale: true })
        .slice(0, MAX_FIX_CANDIDATES)
        .map((other) => other.id)
    : [];
  warn(
    imageRef.value,
    AccountCodes.architectureMismatch,
    `Image ${image.name} is built for ${imageIsArm ? 'arm' : 'x86'}, but flavor ${flavor.id} is ` +
      `${flavor.architecture === 'arm64' ? 'an arm64 (Kunpeng)' : 'an x86'} flavor: the server would likely be ` +
      `refused (Ecs.0007). Choose an ${flavor.architecture === 'arm64' ? 'arm' : 'x86'} image` +
      (sameSize.length > 0 ? `, or a ${wanted} flavor of the same size (${sameSize.join(', ')}).` : '.'),
    sameSize.length > 0 ? [{ kind: 'replaceValue', path: ['server', 'flavorRef'], candidates: sameSize }] : undefined,
  );
}

/** Every NIC of every server takes an address of its subnet: `count` × NICs in it (Ecs.0012). */
function checkFreeIps(server: ObjectNode, data: AccountData, lookup: Lookup, warn: Warn): void {
  const count = serverCount(server);
  const nics = arrayAt(server, 'nics');
  if (count === undefined || count < 1 || !nics) return;
  // Per subnet: the first NIC naming it (where the warning goes) and how many NICs do.
  const bySubnet = new Map<string, { node: StringNode; index: number; nics: number }>();
  nics.items.forEach((nic, index) => {
    const subnetId = nic.type === 'object' ? literalString(nic, 'subnet_id') : undefined;
    if (!subnetId) return;
    const entry = bySubnet.get(subnetId.value.value);
    if (entry) entry.nics++;
    else bySubnet.set(subnetId.value.value, { node: subnetId.value, index, nics: 1 });
  });
  for (const [id, { node, index, nics: nicCount }] of bySubnet) {
    const subnet = lookup(data.subnets, id);
    if (subnet === undefined || subnet === 'unknown-list' || subnet.freeIps === undefined) continue;
    const needed = count * nicCount;
    if (subnet.freeIps >= needed) continue;
    const roomy = data.subnets.known
      ? subnetsWithRoom(data.subnets.items, subnet.vpcId, needed, subnet.id).slice(0, MAX_FIX_CANDIDATES)
      : [];
    const path = ['server', 'nics', index, 'subnet_id'];
    warn(
      node,
      AccountCodes.subnetFull,
      `Subnet ${subnet.name || subnet.id} has ${subnet.freeIps} free IP addresses, and this request needs ` +
        `${needed} (${count} server${count === 1 ? '' : 's'} × ${nicCount} NIC${nicCount === 1 ? '' : 's'} in it): ` +
        'creation would fail (Ecs.0012). ' +
        (roomy.length > 0
          ? `Subnets of the same VPC with room: ${roomy.map((other) => other.name || other.id).join(', ')}.`
          : 'Lower count, or use a subnet with more free addresses.'),
      roomy.length > 0 ? [{ kind: 'replaceValue', path, candidates: roomy.map((other) => other.id) }] : undefined,
    );
  }
}
