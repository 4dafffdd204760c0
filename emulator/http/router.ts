/**
 * Path-pattern router. One origin serves every service (IAM, ECS, VPC, IMS, EVS, KPS, BSS),
 * so routes are told apart by path alone.
 */
import type { FaultScope } from '../faults';
import type { EmulatorAnswer, EmulatorRequest } from './exchange';
import type { EmulatorContext } from '../context';

export type Handler = (request: EmulatorRequest, context: EmulatorContext) => EmulatorAnswer | Promise<EmulatorAnswer>;

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** e.g. `/v1/{project_id}/jobs/{job_id}`; each placeholder matches one path segment. */
  pattern: string;
  handler: Handler;
  /** Which fault scope the route belongs to besides `all` (create calls, job queries). */
  scope?: Exclude<FaultScope, 'all'>;
  /** Control endpoints of the emulator itself skip the gateway (no signature, no faults). */
  control?: boolean;
}

export interface Route extends RouteDefinition {
  regex: RegExp;
  names: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function compile(definition: RouteDefinition): Route {
  const names: string[] = [];
  const source = definition.pattern
    .split('/')
    .map((segment) => {
      const m = /^\{(\w+)\}$/.exec(segment);
      if (!m) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return '([^/]+)';
    })
    .join('/');
  // A trailing slash is tolerated: the signing form always adds one, some clients send it.
  return { ...definition, names, regex: new RegExp(`^${source}/?$`) };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export class Router {
  private readonly routes: Route[];

  constructor(definitions: RouteDefinition[]) {
    this.routes = definitions.map(compile);
  }

  match(method: string, path: string): RouteMatch | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeSegment(m[i + 1]);
      });
      return { route, params };
    }
    return undefined;
  }
}
