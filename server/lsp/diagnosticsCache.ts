/**
 * Diagnostics per document version and settings generation, so that push and pull, code
 * actions and repeated pulls never validate the same text twice.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

interface Entry {
  readonly version: number;
  readonly generation: number | string;
  readonly diagnostics: Diagnostic[];
}

export class DiagnosticsCache {
  private readonly entries = new Map<string, Entry>();

  get(uri: string, version: number, generation: number | string): Diagnostic[] | undefined {
    const entry = this.entries.get(uri);
    return entry && entry.version === version && entry.generation === generation ? entry.diagnostics : undefined;
  }

  /** The latest diagnostics for a document whatever their version (for code actions). */
  latest(uri: string): Diagnostic[] | undefined {
    return this.entries.get(uri)?.diagnostics;
  }

  set(uri: string, version: number, generation: number | string, diagnostics: Diagnostic[]): void {
    this.entries.set(uri, { version, generation, diagnostics });
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

/** A pull-diagnostics result id: the same id means the same text checked with the same settings. */
export function resultIdFor(version: number, generation: number | string): string {
  return `${version}.${generation}`;
}
