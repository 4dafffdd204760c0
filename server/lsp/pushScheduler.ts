/**
 * Debounced push diagnostics. Each document has at most one pending validation: a newer change
 * replaces it, so older versions are never validated; work already running checks the version
 * again before publishing (see ecsServer.ts).
 */
export const OPEN_DELAY_MS = 0;
/** Short enough for edit -> diagnostics well under 50 ms, long enough to merge a burst of changes. */
export const CHANGE_DELAY_MS = 5;

type Pending =
  | { readonly kind: 'timeout'; readonly handle: NodeJS.Timeout }
  | { readonly kind: 'immediate'; readonly handle: NodeJS.Immediate };

export class PushScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly run: (uri: string) => void) {}

  /**
   * Runs `uri` after `delayMs`. Zero (an open) means on the next turn of the event loop
   * (setImmediate), not after setTimeout's 1 ms minimum.
   */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const fire = () => {
      this.pending.delete(uri);
      this.run(uri);
    };
    this.pending.set(
      uri,
      delayMs <= 0
        ? { kind: 'immediate', handle: setImmediate(fire) }
        : { kind: 'timeout', handle: setTimeout(fire, delayMs) },
    );
  }

  cancel(uri: string): void {
    const entry = this.pending.get(uri);
    if (entry?.kind === 'immediate') clearImmediate(entry.handle);
    else if (entry?.kind === 'timeout') clearTimeout(entry.handle);
    this.pending.delete(uri);
  }

  cancelAll(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }
}
