/**
 * The language service, loaded on first use. Loading it pulls in the schema, both parsers, ajv
 * and the rules — most of the server's code — so the adapter answers `initialize` first and loads
 * the service right after (or when the first request needs it, whichever comes first).
 */
import type { EcsLanguageService } from '../service/api';

export type ServiceProvider = () => EcsLanguageService;

/** A provider that builds the service once, on its first call. */
export function lazyService(create: ServiceProvider = createDefaultService): ServiceProvider {
  let service: EcsLanguageService | undefined;
  return () => (service ??= create());
}

function createDefaultService(): EcsLanguageService {
  // A require() inside the function, not an import: esbuild then wraps the service modules so
  // that their top-level code runs here instead of while the process starts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('../service/languageService') as typeof import('../service/languageService');
  return module.createLanguageService();
}
