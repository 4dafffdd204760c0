/** Ctrl+C / SIGTERM as an AbortSignal, so long waits stop cleanly and say how to resume. */

export interface Interruption {
  readonly signal: AbortSignal;
  /** Which signal arrived, once one has. */
  readonly received: () => NodeJS.Signals | undefined;
  dispose(): void;
}

export function onInterrupt(): Interruption {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const handler = (name: NodeJS.Signals) => {
    received = name;
    controller.abort();
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return {
    signal: controller.signal,
    received: () => received,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

/** Resolves when the signal aborts. */
export function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
