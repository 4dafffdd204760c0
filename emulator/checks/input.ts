/** What every body check receives, plus typed readers for the loosely typed JSON body. */
import type { EmulatorContext } from '../context';

export type CreateApi = 'v1' | 'v1.1';

export interface CreateCheckInput {
  /** `v1.1` = POST /v1.1/{project_id}/cloudservers (all billing modes), `v1` = the pay-per-use API. */
  api: CreateApi;
  body: Record<string, unknown>;
  server: Record<string, unknown>;
  context: EmulatorContext;
}

/** A body check throws an EcsApiError for the first problem it finds. */
export type CreateCheck = (input: CreateCheckInput) => void;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(object: Record<string, unknown>, name: string): string | undefined {
  const value = object[name];
  return typeof value === 'string' ? value : undefined;
}

export function objectField(object: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const value = object[name];
  return isObject(value) ? value : undefined;
}

export function arrayField(object: Record<string, unknown>, name: string): unknown[] {
  const value = object[name];
  return Array.isArray(value) ? value : [];
}

export function objectItems(object: Record<string, unknown>, name: string): Record<string, unknown>[] {
  return arrayField(object, name).filter(isObject);
}

/** `server.count`, defaulting to 1 (its type is checked by the shape check). */
export function serverCount(server: Record<string, unknown>): number {
  return typeof server.count === 'number' ? server.count : 1;
}
