/** Helpers shared by the API families: project check, paging, time formatting. */
import type { EmulatorContext } from '../context';
import { EcsApiError } from '../errors';
import { intQuery, type EmulatorRequest } from '../http/exchange';

/** The project ID in the URL must be the emulated region's project. */
export function requireProject(request: EmulatorRequest, context: EmulatorContext): string {
  const projectId = request.params.project_id;
  if (projectId !== context.world.project.id) {
    throw new EcsApiError(
      400,
      'Common.0018',
      `Project ${projectId} is not served here; use the project of region ${context.world.region} ` +
        `(${context.world.project.id}), for example from GET /v3/projects?name=${context.world.region}.`,
    );
  }
  return projectId;
}

/**
 * The names of the account lists a caller's policy may refuse (PUT /_emulator/permissions), one per
 * list the account snapshot reads. They are the emulator's own names, not IAM's actions.
 */
export const ACCOUNT_LIST_PERMISSIONS = [
  'ecs:flavors:list',
  'ecs:availabilityZones:list',
  'ecs:keypairs:list',
  'ecs:serverGroups:list',
  'ecs:limits:get',
  'ims:images:list',
  'vpc:vpcs:list',
  'vpc:subnets:list',
  'vpc:securityGroups:list',
  'vpc:publicips:list',
  'vpc:bandwidths:list',
  'vpc:quotas:list',
  'evs:types:list',
  'evs:quotas:get',
  'kps:keypairs:list',
  'eps:enterpriseProjects:list',
] as const;
export type AccountListPermission = (typeof ACCOUNT_LIST_PERMISSIONS)[number];

/**
 * The caller's policy must allow this list (world.deniedLists). A refusal is HTTP 403 with the
 * fine-grained authorization code `Pdp.0001` (errors.md); the action names are the emulator's own.
 */
export function requireListPermission(context: EmulatorContext, list: AccountListPermission): void {
  if (context.world.deniedLists.includes(list)) {
    throw new EcsApiError(
      403,
      'Pdp.0001',
      `The caller's policy does not allow ${list}. Ask an administrator to grant it.`,
    );
  }
}

/**
 * One page of a list that answers with `page_info` (VPC v3, KPS, ECS server groups): the items after
 * `marker` and, when more follow, `next_marker` (the last item's key) for the next call.
 */
export function pageWithInfo<T>(
  request: EmulatorRequest,
  items: T[],
  keyOf: (item: T) => string,
  defaultLimit = 500,
): { page: T[]; pageInfo: { next_marker?: string; previous_marker: string | null; current_count: number } } {
  const page = pageByMarker(request, items, keyOf, defaultLimit);
  const last = page[page.length - 1];
  const more = last !== undefined && items.indexOf(last) < items.length - 1;
  return {
    page,
    pageInfo: {
      ...(more ? { next_marker: keyOf(last) } : {}),
      previous_marker: request.query.get('marker'),
      current_count: page.length,
    },
  };
}

/** `limit` + `offset` paging (EPS): `offset` items skipped. */
export function pageByOffset<T>(request: EmulatorRequest, items: T[], defaultLimit = 1000): T[] {
  const offset = intQuery(request, 'offset', 0);
  const limit = intQuery(request, 'limit', defaultLimit) || defaultLimit;
  return items.slice(offset, offset + limit);
}

/** `limit` + `marker` paging as the list APIs do it: items after the one whose key is `marker`. */
export function pageByMarker<T>(
  request: EmulatorRequest,
  items: T[],
  keyOf: (item: T) => string,
  defaultLimit = 500,
): T[] {
  const marker = request.query.get('marker');
  const limit = intQuery(request, 'limit', defaultLimit) || defaultLimit;
  let start = 0;
  if (marker) {
    const index = items.findIndex((item) => keyOf(item) === marker);
    start = index < 0 ? items.length : index + 1;
  }
  return items.slice(start, start + limit);
}

/** ISO 8601 UTC with milliseconds, as job times are shown. */
export function isoMillis(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** ISO 8601 UTC without milliseconds, as server times are shown. */
export function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
