/**
 * Questions asked of an account snapshot's lists, answered once for everyone who asks: the
 * editor's account checks (server/service/account) and the quick fixes of a cloud refusal
 * (cloud/refusalFixes.ts). Pure functions over the snapshot's item types; the caller decides
 * whether a list is known (an unknown list answers nothing, it is never "empty").
 */
import {
  FLAVOR_ON_SALE_STATUSES,
  flavorStatusInZone,
  type AvailabilityZoneItem,
  type FlavorItem,
  type FlavorSaleStatus,
  type SubnetItem,
} from './accountSnapshot';

/** A flavor's sale status in `zone`, or region-wide when no zone is asked (undefined: not stated). */
/** What the sale questions read of a flavor (the language server holds no more: SLIM_SNAPSHOT_FIELDS). */
type FlavorSale = Pick<FlavorItem, 'regionStatus' | 'zoneStatus'>;
type FlavorSize = Pick<FlavorItem, 'id' | 'vcpus' | 'ramMib' | 'architecture'> & FlavorSale;

export function flavorStatusWhere(flavor: FlavorSale, zone: string | undefined): FlavorSaleStatus | undefined {
  return zone === undefined ? flavor.regionStatus : flavorStatusInZone(flavor, zone);
}

/** Whether a status says the flavor can be bought; an unstated status says nothing, so it is not "on sale". */
export function isStatedOnSale(status: string | undefined): boolean {
  return status !== undefined && FLAVOR_ON_SALE_STATUSES.includes(status);
}

/**
 * The zones where the flavor is stated to be on sale, in name order: the available zones when the
 * zone list is known (`zones`), else the zones the flavor itself names.
 */
export function zonesSellingFlavor(
  zones: readonly Pick<AvailabilityZoneItem, 'name' | 'available'>[] | undefined,
  flavor: FlavorSale,
): string[] {
  const names = zones
    ? zones.filter((zone) => zone.available).map((zone) => zone.name)
    : Object.keys(flavor.zoneStatus);
  return names.filter((name) => isStatedOnSale(flavorStatusInZone(flavor, name))).sort();
}

export interface SameSizeQuery {
  /** Where the flavor must be on sale; region-wide when absent. */
  readonly zone?: string;
  /** The architecture wanted; the flavor's own when absent. */
  readonly architecture?: FlavorItem['architecture'];
  /** Count a flavor whose status is not stated as on sale (a suggestion that must not miss one). */
  readonly unstatedIsOnSale?: boolean;
}

/**
 * Other flavors of the same vCPUs and memory (and architecture) that are on sale where asked, in
 * list order: the replacement a person can pick without resizing the server.
 */
export function sameSizeFlavorsOnSale<F extends FlavorSize>(
  flavors: readonly F[],
  flavor: FlavorSize,
  query: SameSizeQuery = {},
): F[] {
  const architecture = query.architecture ?? flavor.architecture;
  return flavors.filter((other) => {
    if (other.id === flavor.id || other.vcpus !== flavor.vcpus || other.ramMib !== flavor.ramMib) return false;
    if (other.architecture !== architecture) return false;
    const status = flavorStatusWhere(other, query.zone);
    return isStatedOnSale(status) || (query.unstatedIsOnSale === true && status === undefined);
  });
}

/**
 * Subnets of `vpcId` other than `exceptId` with at least `needed` free addresses, in list order
 * (a subnet whose free count is not stated is left out: it cannot be promised room).
 */
export function subnetsWithRoom(
  subnets: readonly SubnetItem[],
  vpcId: string,
  needed: number,
  exceptId?: string,
): SubnetItem[] {
  return subnets.filter(
    (subnet) =>
      subnet.vpcId === vpcId && subnet.id !== exceptId && subnet.freeIps !== undefined && subnet.freeIps >= needed,
  );
}
