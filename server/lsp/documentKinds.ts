/**
 * Which open documents this server looks after. Our own editor contributes the `ecs-json` and
 * `ecs-yaml` language ids; other editors that start the server for plain JSON/YAML files send
 * `json`/`yaml` (the facade then picks the format from the file name and language id).
 */
export const REQUEST_LANGUAGE_IDS: ReadonlySet<string> = new Set(['ecs-json', 'ecs-yaml', 'json', 'jsonc', 'yaml']);

export function isRequestDocument(languageId: string): boolean {
  return REQUEST_LANGUAGE_IDS.has(languageId);
}

/** The format a request document is warmed as (by language id; the facade decides the real parse). */
export function warmUpFormat(languageId: string): 'json' | 'yaml' {
  return languageId === 'ecs-yaml' || languageId === 'yaml' ? 'yaml' : 'json';
}
