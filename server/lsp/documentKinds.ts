/**
 * Which open documents this server looks after: our own `ecs-json`/`ecs-yaml`, and the plain
 * `json`/`jsonc`/`yaml` other editors start the server for (request/languageIds.ts).
 */
import { formatOfLanguage } from '../../request/languageIds';

export function isRequestDocument(languageId: string): boolean {
  return formatOfLanguage(languageId) !== undefined;
}

/** The format a request document is warmed as (by language id; the facade decides the real parse). */
export function warmUpFormat(languageId: string): 'json' | 'yaml' {
  return formatOfLanguage(languageId) ?? 'json';
}
