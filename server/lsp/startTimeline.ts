/**
 * Wall-clock stamps of the server's start, for the first-diagnostics time line after a window
 * reload (issue 15 item 8): epoch milliseconds, so that they line up with the client's stamps
 * (both run on one machine). Off unless ECS_TIMELINE=1 is in the environment (the e2e `reload`
 * step sets it); off, `mark` only tests a boolean. Names and times only, never document text.
 */
export const TIMELINE_ENV = 'ECS_TIMELINE';

/** The log line's prefix, which the e2e step looks for (the client's line uses the same). */
export const TIMELINE_PREFIX = 'ECS-TIMELINE';

/** Milliseconds since the epoch, to a tenth. */
export function epochNow(): number {
  return Math.round((performance.timeOrigin + performance.now()) * 10) / 10;
}

export class StartTimeline {
  private readonly marks: [string, number][] = [];
  private readonly counts = new Map<string, number>();

  constructor(
    readonly enabled: boolean,
    /** How many stamps of one name are kept (a name marked on every request stops there). */
    private readonly perName = 3,
  ) {}

  /** Stamps `name` now (the first `perName` times); the stamp of a repeated name gets its number. */
  mark(name: string, at = epochNow()): void {
    if (!this.enabled) return;
    const count = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, count);
    if (count <= this.perName) this.marks.push([count === 1 ? name : `${name} #${count}`, at]);
  }

  /** The stamps so far as one log line: the prefix, the side, then `{"name": epochMs, ...}` in order. */
  line(side: string): string {
    return `${TIMELINE_PREFIX} ${side} ${JSON.stringify(Object.fromEntries(this.marks))}`;
  }
}
