/**
 * Where each resource kind of a snapshot comes from: service, path, how the real API pages, where
 * the list sits in the answer, and how one item is read (endpoints-and-lookups.md §3, quotas.md).
 *
 * Paging styles:
 * - `marker`: `limit` + `marker` = the last item's ID (ECS flavors, IMS images, VPC v1 lists, EIPs,
 *   bandwidths). Read until a page is empty or brings nothing new, not until a short page: a
 *   service may cap `limit` below what was asked, and a short page would then end the list early.
 * - `pageInfo`: `limit` + `marker` = `page_info.next_marker` of the previous answer; no
 *   `next_marker` = last page (VPC v3 security groups, KPS key pairs, ECS server groups).
 * - `offset`: `limit` + `offset` (EPS enterprise projects; `total_count` ends it early).
 * - `single`: one answer holds everything (availability zones, disk types, quotas).
 */
import type { ServiceName } from '../endpoints';
import type { ResourceItems, ResourceKind } from '../../request/accountSnapshot';
import {
  ecsQuotaEntries,
  evsQuotaEntries,
  isObject,
  parseAvailabilityZone,
  parseBandwidth,
  parseDiskType,
  parseEip,
  parseEnterpriseProject,
  parseFlavor,
  parseImage,
  parseKeyPair,
  parseQuota,
  parseSecurityGroup,
  parseServerGroup,
  parseSubnet,
  parseVpc,
  vpcQuotaEntries,
} from './parsers';

export type PagingStyle = 'marker' | 'pageInfo' | 'offset' | 'single';

export interface KindSpec<K extends ResourceKind> {
  kind: K;
  service: ServiceName;
  /** `{p}` stands for the project ID. */
  path: string;
  projectScoped: boolean;
  paging: PagingStyle;
  /** `limit` sent with each page (paged styles). */
  pageSize?: number;
  /** Fixed query parameters. */
  query?: Record<string, string>;
  /** The raw items of one answer, or undefined when the answer is not the expected shape. */
  itemsOf(body: unknown): unknown[] | undefined;
  parse(raw: Record<string, unknown>): ResourceItems[K] | undefined;
  /** Identity of an item: duplicates are dropped, and `marker` paging continues after the last key. */
  keyOf(item: ResourceItems[K]): string;
}

function listAt(key: string): (body: unknown) => unknown[] | undefined {
  return (body) => (isObject(body) && Array.isArray(body[key]) ? (body[key] as unknown[]) : undefined);
}

const byId = (item: { id: string }) => item.id;
const byName = (item: { name: string }) => item.name;
const byResource = (item: { resource: string }) => item.resource;

export type KindSpecs = { [K in ResourceKind]: KindSpec<K> };

/** Page sizes: IMS documents 500 as its default; the others use a size well inside common API limits. */
export const KIND_SPECS: KindSpecs = {
  availabilityZones: {
    kind: 'availabilityZones',
    service: 'ecs',
    path: '/v2.1/{p}/os-availability-zone',
    projectScoped: true,
    paging: 'single',
    itemsOf: listAt('availabilityZoneInfo'),
    parse: parseAvailabilityZone,
    keyOf: byName,
  },
  flavors: {
    kind: 'flavors',
    service: 'ecs',
    path: '/v1/{p}/cloudservers/flavors',
    projectScoped: true,
    paging: 'marker',
    pageSize: 200,
    itemsOf: listAt('flavors'),
    parse: parseFlavor,
    keyOf: byId,
  },
  images: {
    kind: 'images',
    service: 'ims',
    path: '/v2/cloudimages',
    projectScoped: true,
    paging: 'marker',
    pageSize: 500,
    // ECS system-disk images only (data-disk and bare-metal images are not `imageRef` values).
    query: { virtual_env_type: 'FusionCompute' },
    itemsOf: listAt('images'),
    parse: parseImage,
    keyOf: byId,
  },
  vpcs: {
    kind: 'vpcs',
    service: 'vpc',
    path: '/v1/{p}/vpcs',
    projectScoped: true,
    paging: 'marker',
    pageSize: 200,
    itemsOf: listAt('vpcs'),
    parse: parseVpc,
    keyOf: byId,
  },
  subnets: {
    kind: 'subnets',
    service: 'vpc',
    path: '/v1/{p}/subnets',
    projectScoped: true,
    paging: 'marker',
    pageSize: 200,
    itemsOf: listAt('subnets'),
    parse: parseSubnet,
    keyOf: byId,
  },
  securityGroups: {
    kind: 'securityGroups',
    service: 'vpc',
    path: '/v3/{p}/vpc/security-groups',
    projectScoped: true,
    paging: 'pageInfo',
    pageSize: 200,
    itemsOf: listAt('security_groups'),
    parse: parseSecurityGroup,
    keyOf: byId,
  },
  keyPairs: {
    kind: 'keyPairs',
    service: 'kps',
    path: '/v3/{p}/keypairs',
    projectScoped: true,
    paging: 'pageInfo',
    pageSize: 200,
    itemsOf: listAt('keypairs'),
    parse: parseKeyPair,
    keyOf: byName,
  },
  serverGroups: {
    kind: 'serverGroups',
    service: 'ecs',
    path: '/v1/{p}/cloudservers/os-server-groups',
    projectScoped: true,
    paging: 'pageInfo',
    pageSize: 200,
    itemsOf: listAt('server_groups'),
    parse: parseServerGroup,
    keyOf: byId,
  },
  diskTypes: {
    kind: 'diskTypes',
    service: 'evs',
    path: '/v2/{p}/types',
    projectScoped: true,
    paging: 'single',
    itemsOf: listAt('volume_types'),
    parse: parseDiskType,
    keyOf: byName,
  },
  eips: {
    kind: 'eips',
    service: 'vpc',
    path: '/v1/{p}/publicips',
    projectScoped: true,
    paging: 'marker',
    pageSize: 200,
    itemsOf: listAt('publicips'),
    parse: parseEip,
    keyOf: byId,
  },
  bandwidths: {
    kind: 'bandwidths',
    service: 'vpc',
    path: '/v1/{p}/bandwidths',
    projectScoped: true,
    paging: 'marker',
    pageSize: 200,
    query: { share_type: 'WHOLE' },
    itemsOf: listAt('bandwidths'),
    parse: parseBandwidth,
    keyOf: byId,
  },
  enterpriseProjects: {
    kind: 'enterpriseProjects',
    service: 'eps',
    path: '/v1.0/enterprise-projects',
    projectScoped: false,
    paging: 'offset',
    pageSize: 200,
    itemsOf: listAt('enterprise_projects'),
    parse: parseEnterpriseProject,
    keyOf: byId,
  },
  ecsQuotas: {
    kind: 'ecsQuotas',
    service: 'ecs',
    path: '/v1/{p}/cloudservers/limits',
    projectScoped: true,
    paging: 'single',
    itemsOf: ecsQuotaEntries,
    parse: parseQuota,
    keyOf: byResource,
  },
  evsQuotas: {
    kind: 'evsQuotas',
    service: 'evs',
    path: '/v2/{p}/os-quota-sets/{p}',
    projectScoped: true,
    paging: 'single',
    query: { usage: 'True' },
    itemsOf: evsQuotaEntries,
    parse: parseQuota,
    keyOf: byResource,
  },
  vpcQuotas: {
    kind: 'vpcQuotas',
    service: 'vpc',
    path: '/v1/{p}/quotas',
    projectScoped: true,
    paging: 'single',
    itemsOf: vpcQuotaEntries,
    parse: parseQuota,
    keyOf: byResource,
  },
};

/** `page_info.next_marker` of a page, when there is one. */
export function nextMarkerOf(body: unknown): string | undefined {
  if (!isObject(body) || !isObject(body.page_info)) return undefined;
  const marker = body.page_info.next_marker;
  return typeof marker === 'string' && marker !== '' && marker.length <= 1024 ? marker : undefined;
}

/** `total_count` of an offset-paged answer, when it is a number. */
export function totalCountOf(body: unknown): number | undefined {
  if (!isObject(body)) return undefined;
  const total = body.total_count;
  return typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : undefined;
}
