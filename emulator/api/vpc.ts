/**
 * VPC service: VPCs, subnets and security groups (v1 and v3 lists), EIPs and shared bandwidths
 * (v1, `limit` + `marker`), and the VPC/EIP quotas (quotas.md §3).
 */
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';
import { usedAddresses } from '../state/usage';
import type { EmulatorContext } from '../context';
import type { World, WorldSubnet } from '../world';
import { addressCount } from '../checks/ipv4';
import { pageByMarker, pageWithInfo, requireListPermission, requireProject } from './common';

function subnetJson(context: EmulatorContext, subnet: WorldSubnet): unknown {
  // Network and broadcast addresses plus two the platform keeps (DHCP, DNS) are never handed out.
  const reserved = 4;
  return {
    id: subnet.id,
    name: subnet.name,
    description: '',
    cidr: subnet.cidr,
    gateway_ip: subnet.gatewayIp,
    vpc_id: subnet.vpcId,
    availability_zone: subnet.availabilityZone ?? '',
    status: 'ACTIVE',
    dhcp_enable: true,
    ipv6_enable: false,
    cidr_v6: '',
    primary_dns: '100.125.1.250',
    neutron_network_id: subnet.id,
    neutron_subnet_id: subnet.id.replace(/^3c4d5e6f/, '6f5e4d3c'),
    available_ip_address_count: Math.max(
      0,
      addressCount(subnet.cidr) - reserved - usedAddresses(context, subnet.id).size,
    ),
  };
}

export const vpcRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v1/{project_id}/vpcs',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'vpc:vpcs:list');
      const id = request.query.get('id');
      const vpcs = context.world.vpcs
        .filter((v) => !id || v.id === id)
        .map((v) => ({
          id: v.id,
          name: v.name,
          cidr: v.cidr,
          status: 'OK',
          description: '',
          enterprise_project_id: '0',
          routes: [],
        }));
      return ok({ vpcs: pageByMarker(request, vpcs, (v) => v.id) });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/subnets',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'vpc:subnets:list');
      const vpcId = request.query.get('vpc_id');
      const subnets = context.world.subnets.filter((s) => !vpcId || s.vpcId === vpcId);
      return ok({ subnets: pageByMarker(request, subnets, (s) => s.id).map((s) => subnetJson(context, s)) });
    },
  },
  {
    method: 'GET',
    pattern: '/v3/{project_id}/vpc/security-groups',
    handler: (request, context) => {
      const projectId = requireProject(request, context);
      requireListPermission(context, 'vpc:securityGroups:list');
      const ids = request.query.getAll('id');
      const names = request.query.getAll('name');
      const groups = context.world.securityGroups
        .filter((g) => ids.length === 0 || ids.includes(g.id))
        .filter((g) => names.length === 0 || names.includes(g.name));
      const { page, pageInfo } = pageWithInfo(request, groups, (g) => g.id, 2000);
      return ok({
        security_groups: page.map((g) => ({
          id: g.id,
          name: g.name,
          description: g.description,
          project_id: projectId,
          enterprise_project_id: '0',
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
          tags: [],
        })),
        page_info: pageInfo,
        request_id: request.requestId,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/security-groups',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'vpc:securityGroups:list');
      const groups = pageByMarker(request, context.world.securityGroups, (g) => g.id).map((g) => ({
        id: g.id,
        name: g.name,
        description: g.description,
        vpc_id: '',
        enterprise_project_id: '0',
        security_group_rules: [],
      }));
      return ok({ security_groups: groups });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/publicips',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'vpc:publicips:list');
      const bandwidths = new Map(context.world.bandwidths.map((b) => [b.id, b]));
      const eips = pageByMarker(request, context.world.eips, (e) => e.id, 1000).map((e) => ({
        id: e.id,
        status: e.status,
        type: '5_bgp',
        public_ip_address: e.address,
        ip_version: 4,
        tenant_id: context.world.project.id,
        create_time: '2026-01-01 00:00:00',
        bandwidth_id: e.bandwidthId,
        bandwidth_share_type: e.shareType,
        bandwidth_size: bandwidths.get(e.bandwidthId)?.sizeMbit ?? 5,
        bandwidth_name: bandwidths.get(e.bandwidthId)?.name ?? `bandwidth-${e.address}`,
        enterprise_project_id: '0',
      }));
      return ok({ publicips: eips });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/bandwidths',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'vpc:bandwidths:list');
      const shareType = request.query.get('share_type');
      const shared = shareType && shareType !== 'WHOLE' ? [] : context.world.bandwidths;
      const bandwidths = pageByMarker(request, shared, (b) => b.id, 1000).map((b) => ({
        id: b.id,
        name: b.name,
        size: b.sizeMbit,
        share_type: 'WHOLE',
        charge_mode: 'bandwidth',
        bandwidth_type: 'share',
        billing_info: '',
        enterprise_project_id: '0',
        tenant_id: context.world.project.id,
        status: 'NORMAL',
        publicip_info: context.world.eips
          .filter((e) => e.bandwidthId === b.id)
          .map((e) => ({ publicip_id: e.id, publicip_address: e.address, publicip_type: '5_bgp', ip_version: 4 })),
      }));
      return ok({ bandwidths });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/quotas',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'vpc:quotas:list');
      const type = request.query.get('type');
      const used = networkUse(context.world);
      const resources = Object.entries(context.world.networkQuotas)
        .filter(([name]) => !type || name === type)
        .map(([name, quota]) => ({ type: name, used: used[name] ?? 0, quota, min: 0 }));
      return ok({ quotas: { resources } });
    },
  },
];

/** What the world's own network resources use of each VPC quota type. */
function networkUse(world: World): Record<string, number> {
  const sharedIds = new Set(world.bandwidths.map((b) => b.id));
  return {
    vpc: world.vpcs.length,
    subnet: world.subnets.length,
    securityGroup: world.securityGroups.length,
    publicIp: world.eips.length,
    shareBandwidth: world.bandwidths.length,
    shareBandwidthIP: world.eips.filter((e) => sharedIds.has(e.bandwidthId)).length,
  };
}
