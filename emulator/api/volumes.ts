/** EVS disk types and KPS (DEW) key pairs. */
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';
import { pageByMarker, requireProject } from './common';

export const volumeAndKeyRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v2/{project_id}/types',
    handler: (request, context) => {
      requireProject(request, context);
      return ok({
        volume_types: context.world.volumeTypes.map((name, index) => ({
          id: `7a8b9c0d-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
          name,
          description: '',
          is_public: true,
          qos_specs_id: null,
          extra_specs: {
            volume_backend_name: name,
            availability_zone: context.world.availabilityZones.join(','),
            'RESKEY:availability_zones': context.world.availabilityZones.join(','),
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
      const keypairs = pageByMarker(request, context.world.keyPairs, (k) => k.name);
      return ok({
        keypairs: keypairs.map((k) => ({
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
        page_info: { next_marker: null, previous_marker: null, current_count: keypairs.length },
      });
    },
  },
];
