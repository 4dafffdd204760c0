/**
 * The emulator on a worker thread of the calling process. The VS Code extension host runs the Local
 * emulator this way: the host's thread is shared by every extension, and seeding a world and
 * answering its lists (thousands of images in the large world, each answer built, signed and
 * checked) must not hold it up. The thread runs `threadMain.ts` (its build output is passed as
 * `script`: dist/emulatorThread.js in the extension); this side starts it, learns its endpoint and
 * keys, and stops it. Plain Node, no vscode: tested in test/cloud/emulator.thread.test.ts.
 */
import { Worker } from 'node:worker_threads';
import type { RunningEmulator, WorldName } from './index';

/** The options of `startEmulator` that can cross to a thread (no functions: no clock, no logger). */
export interface EmulatorThreadOptions {
  /** The file the thread runs: the build output of emulator/threadMain.ts. */
  readonly script: string;
  readonly port?: number;
  readonly host?: string;
  readonly state?: string;
  readonly jobSpeed?: number;
  readonly credentials?: { ak: string; sk: string };
  readonly world?: WorldName;
}

/** What the thread reports of its running emulator: plain data, which can cross to the starter. */
const REPORTED = ['endpoint', 'ak', 'sk', 'temporary', 'projectId', 'region'] as const;

/** Where the thread's emulator listens, and the keys, project and region it serves. */
export type EmulatorThreadReport = Readonly<Pick<RunningEmulator, (typeof REPORTED)[number]>>;

/** The report of a running emulator, as its thread sends it (threadMain.ts). */
export function threadReport(running: RunningEmulator): EmulatorThreadReport {
  return Object.fromEntries(REPORTED.map((key) => [key, running[key]])) as EmulatorThreadReport;
}

/** What the thread tells its starter (threadMain.ts). */
export type EmulatorThreadMessage =
  | { readonly type: 'ready'; readonly emulator: EmulatorThreadReport }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'closed' };

/** What the starter tells the thread. */
export type EmulatorThreadCommand = { readonly type: 'close' };

export interface EmulatorThread extends EmulatorThreadReport {
  /** Resolves when the thread has ended (closed, or died: then the next use starts a new one). */
  readonly exited: Promise<void>;
  /** Saves the emulator's state, closes its server and ends the thread. */
  close(): Promise<void>;
}

/** Starts the emulator on a new thread; resolves once it listens, rejects when it cannot start. */
export function startEmulatorThread(options: EmulatorThreadOptions): Promise<EmulatorThread> {
  const { script, ...emulatorOptions } = options;
  const worker = new Worker(script, { workerData: emulatorOptions });
  // An error after start (a bug in the thread) must not become an unhandled 'error' event here.
  worker.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const stopListening = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const fail = (error: Error) => {
      stopListening();
      void worker.terminate();
      reject(error);
    };
    const onMessage = (message: EmulatorThreadMessage) => {
      if (message.type === 'failed') fail(new Error(`The local emulator did not start: ${message.message}`));
      else if (message.type === 'ready') {
        stopListening();
        resolve(threadHandle(worker, message.emulator, exited));
      }
    };
    const onError = (error: Error) => fail(new Error(`The local emulator did not start: ${error.message}`));
    const onExit = (code: number) =>
      fail(new Error(`The local emulator's thread ended (code ${code}) before it listened.`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

function threadHandle(worker: Worker, report: EmulatorThreadReport, exited: Promise<void>): EmulatorThread {
  let closing: Promise<void> | undefined;
  const close = () =>
    new Promise<void>((resolve) => {
      const onMessage = (message: EmulatorThreadMessage) => {
        if (message.type === 'closed') void worker.terminate();
      };
      worker.on('message', onMessage);
      void exited.then(() => {
        worker.off('message', onMessage);
        resolve();
      });
      const command: EmulatorThreadCommand = { type: 'close' };
      worker.postMessage(command);
    });
  return {
    ...report,
    exited,
    close: () => (closing ??= close()),
  };
}
