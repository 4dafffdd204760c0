/**
 * Enterprise projects (EPS, global service): `GET /v1.0/enterprise-projects`, paged with `limit`
 * and `offset`, `status` 1 (enabled) or 2 (disabled). The facts name the API but did not collect
 * its answer (endpoints-and-lookups.md §3.9); the shape follows the SDK model names.
 */
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';
import { pageByOffset, requireListPermission } from './common';

export const epsRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v1.0/enterprise-projects',
    handler: (request, context) => {
      requireListPermission(context, 'eps:enterpriseProjects:list');
      const all = context.world.enterpriseProjects;
      return ok({
        enterprise_projects: pageByOffset(request, all).map((p) => ({
          id: p.id,
          name: p.name,
          description: '',
          status: p.status === 'enabled' ? 1 : 2,
          type: p.id === '0' ? 'prod' : 'poc',
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        })),
        total_count: all.length,
      });
    },
  },
];
