/** VPC service: VPCs, subnets and security groups (v1 and v3 lists). */
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';
import { usedAddresses } from '../state/usage';
import type { EmulatorContext } from '../context';
import type { WorldSubnet } from '../world';
import { addressCount } from '../checks/ipv4';
import { pageByMarker, requireProject } from './common';

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
    availability_zone: '',
    status: 'ACTIVE',
    dhcp_enable: true,
    ipv6_enable: false,
    cidr_v6: '',
    primary_dns: '100.125.1.250',
    neutron_network_id: subnet.id,
    neutron_subnet_id: subnet.id.replace(/^3c4d5e6f/, '6f5e4d3c'),
    available_ip_address_count: Math.max(0, addressCount(subnet.cidr) - reserved - usedAddresses(context, subnet.id).size),
  };
}

export const vpcRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v1/{project_id}/vpcs',
    handler: (request, context) => {
      requireProject(request, context);
      const id = request.query.get('id');
      const vpcs = context.world.vpcs
        .filter((v) => !id || v.id === id)
        .map((v) => ({ id: v.id, name: v.name, cidr: v.cidr, status: 'OK', description: '', enterprise_project_id: '0', routes: [] }));
      return ok({ vpcs: pageByMarker(request, vpcs, (v) => v.id) });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/subnets',
    handler: (request, context) => {
      requireProject(request, context);
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
      const ids = request.query.getAll('id');
      const names = request.query.getAll('name');
      const groups = context.world.securityGroups
        .filter((g) => ids.length === 0 || ids.includes(g.id))
        .filter((g) => names.length === 0 || names.includes(g.name));
      return ok({
        security_groups: pageByMarker(request, groups, (g) => g.id, 2000).map((g) => ({
          id: g.id,
          name: g.name,
          description: g.description,
          project_id: projectId,
          enterprise_project_id: '0',
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
          tags: [],
        })),
        page_info: { previous_marker: null, current_count: groups.length },
        request_id: request.requestId,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/security-groups',
    handler: (request, context) => {
      requireProject(request, context);
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
];
