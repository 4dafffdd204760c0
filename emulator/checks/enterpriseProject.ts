/**
 * R45 (creation only): `extendparam.enterprise_project_id` names an enabled enterprise project of
 * the account. Absent, blank or "0" means the default project.
 */
import { badRequest } from '../errors';
import { objectField, type CreateCheck } from './input';

export const checkEnterpriseProject: CreateCheck = ({ server, context }) => {
  const id = objectField(server, 'extendparam')?.enterprise_project_id;
  if (id === undefined || id === '' || id === '0') return;
  const project = typeof id === 'string' ? context.world.enterpriseProjects.find((p) => p.id === id) : undefined;
  if (!project) {
    throw badRequest(
      'Ecs.0049',
      `Enterprise project ${String(id)} (extendparam.enterprise_project_id) does not exist; ` +
        'use an enabled one from GET /v1.0/enterprise-projects, or "0" for the default project.',
    );
  }
  if (project.status !== 'enabled') {
    throw badRequest(
      'Ecs.0049',
      `Enterprise project ${project.name} (${project.id}) is disabled; enable it or use another one.`,
    );
  }
};
