/** EVS disk types and quotas (quotas.md §2), and KPS (DEW) key pairs. */
import { EcsApiError } from '../errors';
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';
import { pageWithInfo, requireListPermission, requireProject } from './common';

export const volumeAndKeyRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v2/{project_id}/types',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'evs:types:list');
      const zonesOf = (name: string) =>
        (context.world.volumeTypeZones[name] ?? context.world.availabilityZones).join(',');
      return ok({
        volume_types: context.world.volumeTypes.map((name, index) => ({
          id: `7a8b9c0d-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
          name,
          description: '',
          is_public: true,
          qos_specs_id: null,
          extra_specs: {
            volume_backend_name: name,
            availability_zone: zonesOf(name),
            'RESKEY:availability_zones': zonesOf(name),
          },
        })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v3/{project_id}/keypairs',
    handler: (request, context) => {
      requireProject(request, context);
      requireListPermission(context, 'kps:keypairs:list');
      const { page, pageInfo } = pageWithInfo(request, context.world.keyPairs, (k) => k.name, 1000);
      return ok({
        keypairs: page.map((k) => ({
          keypair: {
            name: k.name,
            type: 'ssh',
            scope: 'user',
            public_key: k.publicKey,
            fingerprint: k.fingerprint,
            is_key_protection: false,
            frozen_state: 0,
          },
        })),
        page_info: pageInfo,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/{project_id}/os-quota-sets/{target_project_id}',
    handler: (request, context) => {
      const projectId = requireProject(request, context);
      requireListPermission(context, 'evs:quotas:get');
      if (request.params.target_project_id !== projectId) {
        throw new EcsApiError(400, 'EVS.2001', 'The quota set can only be read for the project in the URL.');
      }
      // The API accepts only usage=True (quotas.md §2); the SDKs send it with a capital T.
      if ((request.query.get('usage') ?? '').toLowerCase() !== 'true') {
        throw new EcsApiError(400, 'EVS.2001', 'Query parameter usage must be True.');
      }
      const quotaSet: Record<string, unknown> = { id: projectId };
      for (const [key, quota] of Object.entries(context.world.storageQuotas)) {
        quotaSet[key] = { in_use: quota.used, limit: quota.limit, reserved: 0 };
      }
      return ok({ quota_set: quotaSet });
    },
  },
];
