/**
 * Loads the yaml package now. In the server bundle, `yaml` is a module whose exports load
 * dist/server-yaml.js on first access (scripts/build.mjs, `yamlOnFirstUse`): reading one loads it.
 * The answer is used by the caller, so that the bundler keeps the read.
 */
import * as yaml from 'yaml';

/** Whether the parser is there (it is, unless the bundle is broken). */
export function loadYamlParser(): boolean {
  return typeof yaml.parseDocument === 'function';
}
