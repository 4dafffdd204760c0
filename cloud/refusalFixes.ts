/**
 * Quick fixes for a cloud refusal (issue 15, item 7): the error catalog entry of the code says
 * how to fix it (errorCatalog.ts, `fix`), and this module turns that into concrete changes of
 * the request: leave out the field the refusal names, or a value the account data knows (a zone
 * where the flavor is on sale, a subnet of the VPC with free addresses, ...). Pure: reads the body
 * as sent and, when there is one, an account snapshot; the editor turns the changes into edits.
 */
import { sameSizeFlavorsOnSale, subnetsWithRoom, zonesSellingFlavor } from '../request/accountQueries';
import { isKnown, type AccountSnapshot, type FlavorItem } from '../request/accountSnapshot';
import type { FieldPath } from '../request/fieldLocation';
import { lookupErrorCode, type AccountValueSource } from './errorCatalog';
import { bodyValueAt, type FieldProblem } from './errorFields';

/** One change a fix makes: remove the field at `path`, or set it to `value`. */
export type RefusalFixChange =
  | { readonly title: string; readonly path: FieldPath; readonly remove: true }
  | { readonly title: string; readonly path: FieldPath; readonly value: string };

/** More choices than this would only clutter the light bulb menu. */
const MAX_CHOICES = 3;

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function pathText(path: FieldPath): string {
  return path
    .filter((segment, index) => !(index === 0 && segment === 'server'))
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}

function flavorOf(snapshot: AccountSnapshot, server: Json): FlavorItem | undefined {
  const id = text(server.flavorRef);
  const flavors = snapshot.parts.flavors;
  return id && isKnown(flavors) ? flavors.items.find((flavor) => flavor.id === id) : undefined;
}

function zonesSelling(snapshot: AccountSnapshot, server: Json): RefusalFixChange[] {
  const flavor = flavorOf(snapshot, server);
  const zone = text(server.availability_zone);
  if (!flavor || !zone) return [];
  const zones = snapshot.parts.availabilityZones;
  return zonesSellingFlavor(isKnown(zones) ? zones.items : undefined, flavor)
    .filter((name) => name !== zone)
    .map((name) => ({
      title: `Use availability zone ${name}, where ${flavor.id} is on sale`,
      path: ['server', 'availability_zone'],
      value: name,
    }));
}

function sameSizeFlavors(snapshot: AccountSnapshot, server: Json): RefusalFixChange[] {
  const flavor = flavorOf(snapshot, server);
  const flavors = snapshot.parts.flavors;
  if (!flavor || !isKnown(flavors)) return [];
  const zone = text(server.availability_zone);
  return sameSizeFlavorsOnSale(flavors.items, flavor, { zone }).map((other) => ({
    title: `Use flavor ${other.id} (the same size, on sale ${zone ? `in ${zone}` : 'in the region'})`,
    path: ['server', 'flavorRef'],
    value: other.id,
  }));
}

function subnetsWithFreeIps(snapshot: AccountSnapshot, server: Json, problem: FieldProblem): RefusalFixChange[] {
  const subnets = snapshot.parts.subnets;
  const vpc = text(server.vpcid);
  const current = text(bodyValueAt({ server }, problem.path));
  if (!isKnown(subnets) || !vpc || problem.missing || problem.path[problem.path.length - 1] !== 'subnet_id') return [];
  const count = typeof server.count === 'number' && server.count > 0 ? server.count : 1;
  const zone = text(server.availability_zone);
  return subnetsWithRoom(subnets.items, vpc, count, current)
    .filter((subnet) => subnet.zone === undefined || zone === undefined || subnet.zone === zone)
    .sort((a, b) => (b.freeIps ?? 0) - (a.freeIps ?? 0))
    .map((subnet) => ({
      title: `Use subnet ${subnet.name || subnet.id} (${subnet.cidr}, ${subnet.freeIps} free addresses)`,
      path: problem.path,
      value: subnet.id,
    }));
}

function vpcOfPrimarySubnet(snapshot: AccountSnapshot, server: Json): RefusalFixChange[] {
  const subnets = snapshot.parts.subnets;
  const nics = Array.isArray(server.nics) ? server.nics : [];
  const subnetId = text(record(nics[0])?.subnet_id);
  const subnet = subnetId && isKnown(subnets) ? subnets.items.find((s) => s.id === subnetId) : undefined;
  if (!subnet || subnet.vpcId === server.vpcid) return [];
  const vpcs = snapshot.parts.vpcs;
  const name = isKnown(vpcs) ? vpcs.items.find((v) => v.id === subnet.vpcId)?.name : undefined;
  return [
    {
      title: `Set vpcid to ${name ? `${name} (${subnet.vpcId})` : subnet.vpcId}, the VPC of the first NIC's subnet`,
      path: ['server', 'vpcid'],
      value: subnet.vpcId,
    },
  ];
}

const FROM_ACCOUNT: Record<
  AccountValueSource,
  (snapshot: AccountSnapshot, server: Json, problem: FieldProblem) => RefusalFixChange[]
> = {
  zoneSellingFlavor: zonesSelling,
  sameSizeFlavorOnSale: sameSizeFlavors,
  subnetWithFreeIps: subnetsWithFreeIps,
  vpcOfPrimarySubnet,
};

/**
 * The fixes of one refused field, best first. `body` is the request as sent; `snapshot` the
 * account data of the same profile and region, when there is one (fixes that need it are left
 * out without it). Empty when the catalog knows no fix for the code.
 */
export function refusalFixes(problem: FieldProblem, body: unknown, snapshot?: AccountSnapshot): RefusalFixChange[] {
  const fix = lookupErrorCode(problem.code)?.fix;
  if (!fix) return [];
  if (fix.kind === 'remove') {
    if (problem.missing || problem.path.length < 2) return [];
    return [{ title: `Remove ${pathText(problem.path)}: ${fix.then}`, path: problem.path, remove: true }];
  }
  const server = record(record(body)?.server);
  if (!snapshot || !server) return [];
  return fix.sources.flatMap((source) => FROM_ACCOUNT[source](snapshot, server, problem).slice(0, MAX_CHOICES));
}
