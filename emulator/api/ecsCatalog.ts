/**
 * ECS look-up APIs a completion provider uses: flavors, availability zones (both APIs),
 * key pairs (Nova style), server groups, and the tenant limits (quotas).
 */
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';
import { currentUsage } from '../state/usage';
import { flavorStatusIn, type World, type WorldFlavor } from '../world';
import { pageByMarker, pageWithInfo, requireListPermission, requireProject } from './common';

const ON_SALE = new Set(['normal', 'obt', 'promotion']);

function flavorJson(world: World, flavor: WorldFlavor): unknown {
  const extraSpecs: Record<string, string> = {
    'ecs:performancetype': flavor.performanceType,
    'ecs:generation': flavor.generation,
    'ecs:virtualization_env_types': 'CloudCompute',
    'cond:operation:status': flavor.regionStatus ?? 'normal',
    'cond:operation:az': world.availabilityZones.map((az) => `${az}(${flavorStatusIn(flavor, az)})`).join(','),
    'quota:vif_max_num': String(flavor.maxNics),
    resource_type: 'IES',
  };
  if (flavor.architecture === 'arm64') extraSpecs['ecs:instance_architecture'] = 'arm64';
  if (flavor.scsi) extraSpecs['cond:storage'] = 'scsi';
  if (flavor.cpuPolicy) extraSpecs['hw:cpu_policy'] = flavor.cpuPolicy;
  if (flavor.cpuThreads !== undefined) extraSpecs['hw:cpu_threads'] = String(flavor.cpuThreads);
  if (!flavor.billing.prePaid) extraSpecs['cond:operation:charge'] = 'demand';
  if (!flavor.billing.postPaid) extraSpecs['cond:operation:charge'] = 'period';
  return {
    id: flavor.id,
    name: flavor.id,
    vcpus: String(flavor.vcpus),
    ram: flavor.ramMb,
    disk: '0',
    swap: '',
    'OS-FLV-EXT-DATA:ephemeral': 0,
    'OS-FLV-DISABLED:disabled': false,
    rxtx_factor: 1,
    'os-flavor-access:is_public': true,
    links: [],
    os_extra_specs: extraSpecs,
    attachableQuantity: {
      free_scsi: flavor.maxDataDisks,
      free_blk: flavor.maxDataDisks,
      free_disk: flavor.maxDataDisks,
      free_nic: flavor.maxNics,
    },
  };
}

export const ecsCatalogRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v1/{project_id}/cloudservers/flavors',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'ecs:flavors:list');
      const az = request.query.get('availability_zone');
      const flavorId = request.query.get('flavor_id');
      const flavors = context.world.flavors
        .filter((f) => !az || (context.world.availabilityZones.includes(az) && ON_SALE.has(flavorStatusIn(f, az))))
        .filter((f) => !flavorId || f.id === flavorId);
      return ok({
        flavors: pageByMarker(request, flavors, (f) => f.id, 1000).map((f) => flavorJson(context.world, f)),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2.1/{project_id}/os-availability-zone',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'ecs:availabilityZones:list');
      return ok({
        availabilityZoneInfo: context.world.availabilityZones.map((zoneName) => ({
          zoneName,
          zoneState: { available: true },
          hosts: null,
        })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/availability-zones',
    handler: (request, context) => {
      requireProject(request, context);
      return ok({
        availability_zones: context.world.availabilityZones.map((az) => ({
          availability_zone_id: az,
          type: 'core',
          mode: 'available',
          alias: az,
          public_border_group: 'center',
          az_group_ids: [],
          category: 0,
        })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2.1/{project_id}/os-keypairs',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'ecs:keypairs:list');
      const keypairs = pageByMarker(request, context.world.keyPairs, (k) => k.name).map((k) => ({
        keypair: { name: k.name, fingerprint: k.fingerprint, public_key: k.publicKey, type: 'ssh' },
      }));
      return ok({ keypairs });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/cloudservers/os-server-groups',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'ecs:serverGroups:list');
      const { page, pageInfo } = pageWithInfo(request, context.world.serverGroups, (g) => g.id, 1000);
      const members = new Map<string, string[]>();
      for (const server of context.store.servers.values()) {
        if (server.serverGroupId)
          members.set(server.serverGroupId, [...(members.get(server.serverGroupId) ?? []), server.id]);
      }
      return ok({
        server_groups: page.map((g) => ({
          id: g.id,
          name: g.name,
          policies: g.policies,
          members: members.get(g.id) ?? [],
          metadata: {},
        })),
        page_info: pageInfo,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/cloudservers/limits',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'ecs:limits:get');
      const usage = currentUsage(context);
      const quotas = context.world.quotas;
      return ok({
        absolute: {
          maxTotalInstances: quotas.instances,
          totalInstancesUsed: usage.instances,
          maxTotalCores: quotas.cores,
          totalCoresUsed: usage.cores,
          maxTotalRAMSize: quotas.ramGb * 1024,
          totalRAMUsed: usage.ramMb,
          maxServerMeta: 10,
          maxServerGroups: 10,
          maxServerGroupMembers: 16,
          totalServerGroupsUsed: context.world.serverGroups.length,
          maxTotalKeypairs: 100,
          maxSecurityGroups: 100,
          totalSecurityGroupsUsed: context.world.securityGroups.length,
        },
      });
    },
  },
];
