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
      `Project ${projectId} is not served here; use the project of region ${context.world.region} (${context.world.project.id}), for example from GET /v3/projects?name=${context.world.region}.`,
    );
  }
  return projectId;
}

/** `limit` + `marker` paging as the list APIs do it: items after the one whose key is `marker`. */
export function pageByMarker<T>(request: EmulatorRequest, items: T[], keyOf: (item: T) => string, defaultLimit = 500): T[] {
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
