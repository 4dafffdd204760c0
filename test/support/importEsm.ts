/** Imports an ES module file from a test (TypeScript's CommonJS output would turn import() into require()). */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dynamicImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** The module at `path` (relative to the repository root). */
export function importEsm<T>(path: string): Promise<T> {
  return dynamicImport(pathToFileURL(resolve(__dirname, '../../..', path)).href) as Promise<T>;
}
