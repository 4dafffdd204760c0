/** IAM: the project lookup clients use to turn a region name into a project ID. */
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';

export const iamRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v3/projects',
    handler: (request, context) => {
      const name = request.query.get('name');
      const projects = context.world.projects
        .filter((p) => name === null || p.name === name)
        .map((p) => ({
          id: p.id,
          name: p.name,
          domain_id: 'emulatordomain000000000000000001',
          parent_id: 'emulatordomain000000000000000001',
          is_domain: false,
          enabled: true,
          description: '',
          links: { self: `/v3/projects/${p.id}` },
        }));
      return ok({ projects, links: { self: '/v3/projects', next: null, previous: null } });
    },
  },
];
