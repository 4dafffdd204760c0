/**
 * Account checks: the request's IDs against the account data the client sent. Pure; reads the
 * parsed body and the data only. Warnings by default: the data may be stale, and a request that
 * is valid must never look blocked (STANDARDS.md). Only a known list may say "not found".
 * The R-numbers are those of the cross-field rules the checks anticipate (R06, R07, R12, R44,
 * R46, R47); the IDs without a rule get their own codes.
 */
import {
  flavorStatusWhere,
  isStatedOnSale,
  sameSizeFlavorsOnSale,
  zonesSellingFlavor,
} from '../../../request/accountQueries';
import type { ObjectNode, ValueNode } from '../../../request/parser/ast';
import type { FixData, RuleFinding, RuleSeverity } from '../types';
import { arrayAt, literalString, objectAt, propertyOfType } from '../rules/ruleHelpers';
import { dataSource, type AccountData, type AccountFlavor, type AccountPart } from './accountData';
import { AccountCodes, type Lookup, type Warn } from './accountCodes';
import { resourceFindings } from './accountResourceChecks';
import { quotaFindings } from './accountQuotaChecks';

export { AccountCodes } from './accountCodes';

export interface AccountFinding extends RuleFinding {
  readonly code: string;
  readonly severity: RuleSeverity;
}

/** Whether the editor lets a flavor pass as on sale: an unstated status does (warn only on what is stated). */
export function isOnSale(status: string | undefined): boolean {
  return status === undefined || isStatedOnSale(status);
}

/** Every account finding of the request body; `server` is its `server` object. */
export function accountFindings(server: ObjectNode | undefined, data: AccountData, now: Date): AccountFinding[] {
  if (!server) return [];
  const where = `(${dataSource(data, now)})`;
  const findings: AccountFinding[] = [];
  const warn: Warn = (node, code, message, fixes) =>
    findings.push({ node, code, message: `${message} ${where}`, severity: 'warning', ...(fixes ? { fixes } : {}) });
  const lookup: Lookup = <T>(part: AccountPart<T>, id: string): T | 'unknown-list' | undefined =>
    part.known ? part.byId.get(id) : 'unknown-list';

  const zone = literalString(server, 'availability_zone');
  if (zone && data.zones.known && !data.zones.byId.has(zone.value.value)) {
    warn(
      zone.value,
      AccountCodes.unknownZone,
      `Availability zone ${zone.value.value} is not one of the region's zones.`,
    );
  }

  const flavorRef = literalString(server, 'flavorRef');
  const flavor = flavorRef && lookup(data.flavors, flavorRef.value.value);
  if (flavorRef && flavor === undefined) {
    warn(
      flavorRef.value,
      AccountCodes.unknownFlavor,
      `Flavor ${flavorRef.value.value} is not in the flavor list: pick one ` +
        'from the completion list, or refresh the account data if it was added just now.',
    );
  } else if (flavorRef && flavor && flavor !== 'unknown-list') {
    checkSale(flavorRef.value, flavor, zone?.value.value, data, warn);
  }

  checkImage(server, data, lookup, warn);
  checkNetwork(server, data, typeof flavor === 'object' ? flavor : undefined, lookup, warn);

  for (const item of arrayAt(server, 'security_groups')?.items ?? []) {
    const id = item.type === 'object' ? literalString(item, 'id') : undefined;
    if (id && lookup(data.securityGroups, id.value.value) === undefined) {
      warn(
        id.value,
        AccountCodes.unknownSecurityGroup,
        `Security group ${id.value.value} is not in the account's security groups.`,
      );
    }
  }

  const keyName = literalString(server, 'key_name');
  if (keyName && lookup(data.keyPairs, keyName.value.value) === undefined) {
    warn(
      keyName.value,
      AccountCodes.unknownKeyPair,
      `Key pair ${keyName.value.value} is not in the account's key pairs.`,
    );
  }
  const image = literalString(server, 'imageRef');
  const imageItem = image && lookup(data.images, image.value.value);
  const found = {
    flavor: typeof flavor === 'object' ? flavor : undefined,
    image: typeof imageItem === 'object' ? imageItem : undefined,
    zone: zone?.value.value,
  };
  resourceFindings(server, data, found, lookup, warn);
  quotaFindings(server, data, found, warn);
  return findings;
}

function checkSale(
  node: ValueNode,
  flavor: AccountFlavor,
  zone: string | undefined,
  data: AccountData,
  warn: Warn,
): void {
  const status = flavorStatusWhere(flavor, zone);
  if (isOnSale(status)) return;
  const state =
    status === 'abandon' ? 'withdrawn from sale' : status?.includes('sellout') ? 'sold out' : `not on sale (${status})`;
  if (zone === undefined) {
    warn(node, AccountCodes.flavorNotOnSale, `Flavor ${flavor.id} is ${state} in this region: choose another flavor.`);
    return;
  }
  const elsewhere = zonesSellingFlavor(data.zones.known ? data.zones.items : undefined, flavor);
  const sameSize = data.flavors.known
    ? sameSizeFlavorsOnSale(data.flavors.items, flavor, { zone }).map((other) => other.id)
    : [];
  const advice = [
    elsewhere.length > 0 ? `It is on sale in ${elsewhere.join(', ')}: change the zone` : undefined,
    sameSize.length > 0
      ? `${sameSize.join(', ')} ${sameSize.length === 1 ? 'is' : 'are'} the same size and on sale here`
      : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  const fixes: FixData[] = [];
  if (elsewhere.length > 0)
    fixes.push({ kind: 'replaceValue', path: ['server', 'availability_zone'], candidates: elsewhere });
  if (sameSize.length > 0) fixes.push({ kind: 'replaceValue', path: ['server', 'flavorRef'], candidates: sameSize });
  warn(
    node,
    AccountCodes.flavorNotOnSale,
    `Flavor ${flavor.id} is ${state} in ${zone}. ` +
      `${advice ? `${advice}; or choose another flavor.` : 'Choose another flavor.'}`,
    fixes.length > 0 ? fixes : undefined,
  );
}

function checkImage(server: ObjectNode, data: AccountData, lookup: Lookup, warn: Warn): void {
  const imageRef = literalString(server, 'imageRef');
  if (!imageRef) return;
  const image = lookup(data.images, imageRef.value.value);
  if (image === undefined) {
    warn(
      imageRef.value,
      AccountCodes.unknownImage,
      `Image ${imageRef.value.value} is not among the images this account ` +
        'can use: pick one from the completion list.',
    );
    return;
  }
  if (image === 'unknown-list') return;
  if (image.status !== 'active') {
    warn(
      imageRef.value,
      AccountCodes.imageNotActive,
      `Image ${image.name} is ${image.status}, and only an active image ` +
        'can create a server: choose an active one.',
    );
  }
  if (image.osType === 'Windows') {
    warn(
      imageRef.value,
      AccountCodes.windowsImage,
      `Image ${image.name} is a Windows image, which this API no longer ` +
        'accepts for new servers: choose a Linux image.',
    );
  }
  const size = propertyOfType(objectAt(server, 'root_volume'), 'size', 'number');
  if (size && size.value.value > 0 && size.value.value < image.minDiskGb) {
    warn(
      size.value,
      AccountCodes.rootDiskBelowImage,
      `The system disk (${size.value.value} GB) is smaller than image ` +
        `${image.name} needs (${image.minDiskGb} GB): make it at least ${image.minDiskGb} GB.`,
      [{ kind: 'replaceValue', path: ['server', 'root_volume', 'size'], candidates: [image.minDiskGb] }],
    );
  }
}

function checkNetwork(
  server: ObjectNode,
  data: AccountData,
  flavor: AccountFlavor | undefined,
  lookup: Lookup,
  warn: Warn,
): void {
  const vpcid = literalString(server, 'vpcid');
  if (vpcid && lookup(data.vpcs, vpcid.value.value) === undefined) {
    warn(vpcid.value, AccountCodes.unknownVpc, `VPC ${vpcid.value.value} is not in the account's VPCs.`);
  }
  const nics = arrayAt(server, 'nics');
  if (!nics) return;
  if (flavor?.maxNics !== undefined && nics.items.length > flavor.maxNics) {
    warn(
      nics,
      AccountCodes.nicsAndVpc,
      `Flavor ${flavor.id} takes at most ${flavor.maxNics} NICs; this request has ` +
        `${nics.items.length}: remove some, or choose a larger flavor.`,
    );
  }
  nics.items.forEach((nic, index) => {
    if (nic.type !== 'object') return;
    const subnetId = literalString(nic, 'subnet_id');
    if (!subnetId) return;
    const subnet = lookup(data.subnets, subnetId.value.value);
    if (subnet === undefined) {
      warn(
        subnetId.value,
        AccountCodes.unknownSubnet,
        `Subnet ${subnetId.value.value} is not in the account's subnets.`,
      );
      return;
    }
    if (subnet === 'unknown-list') return;
    // The API checks the primary NIC's subnet against vpcid (R06, Ecs.0064).
    if (index === 0 && vpcid && subnet.vpcId !== vpcid.value.value) {
      warn(
        subnetId.value,
        AccountCodes.nicsAndVpc,
        `Subnet ${subnet.name || subnet.id} of the primary NIC is not in VPC ` +
          `${vpcid.value.value}: choose a subnet of that VPC, or change vpcid.`,
      );
    }
    const ip = literalString(nic, 'ip_address');
    const inside = ip && ipv4InCidr(ip.value.value, subnet.cidr);
    if (ip && inside === false) {
      warn(
        ip.value,
        AccountCodes.fixedIpOutsideSubnet,
        `${ip.value.value} is outside subnet ${subnet.name || subnet.id} ` +
          `(${subnet.cidr}): choose an address in that range, or leave ip_address out.`,
      );
    }
  });
}

/** An IPv4 address as a number, or undefined (no regex: four decimal parts). */
function ipv4(textValue: string): number | undefined {
  const parts = textValue.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3 || ![...part].every((c) => c >= '0' && c <= '9')) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** Whether an IPv4 address lies in an IPv4 CIDR; undefined when either cannot be read (IPv6, typos: not judged). */
export function ipv4InCidr(address: string, cidr: string): boolean | undefined {
  const slash = cidr.indexOf('/');
  const base = ipv4(slash < 0 ? cidr : cidr.slice(0, slash));
  const bits = slash < 0 ? 32 : Number(cidr.slice(slash + 1));
  const value = ipv4(address);
  if (base === undefined || value === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(base / size);
}
