/**
 * Debounced push diagnostics. Each document has at most one pending validation: a newer change
 * replaces the timer, so older versions are never validated; work already running checks the
 * version again before publishing (see ecsServer.ts).
 */
export const OPEN_DELAY_MS = 0;
/** Short enough for edit -> diagnostics well under 50 ms, long enough to merge a burst of changes. */
export const CHANGE_DELAY_MS = 5;

export class PushScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly run: (uri: string) => void) {}

  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  cancelAll(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }
}
