/**
 * The language server's process (`node dist/server.js --stdio`), forked the way vscode-languageclient
 * forks a Node module over stdio, but by the extension itself: the first one as soon as a request
 * file is open, so that Node starts and loads the server while the extension host is still loading
 * the language client (dist/languageClient.js). Both take hundreds of milliseconds on a busy machine;
 * one after the other, they were the first diagnostics' longest wait after a window reload.
 * No `vscode` here: this module is part of dist/extension.js and tested on its own.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { DocumentFormat } from '../request/parser/ast';
import { openFormatsArg } from '../server/lsp/openFormats';

/** Node options of the server: with an inspector when the extension host itself is being debugged. */
export function serverExecArgv(hostExecArgv: readonly string[] = process.execArgv): string[] {
  const debugging = hostExecArgv.some((arg) => /^--(inspect|debug)(-brk)?(=|$)/.test(arg));
  return debugging ? ['--nolazy', '--inspect=6011'] : [];
}

/**
 * Forks `serverModule` with piped stdio, as vscode-languageclient does for a module it runs itself
 * (ELECTRON_RUN_AS_NODE: in VS Code, `process.execPath` is the Electron binary). The server exits
 * when its input closes or the client process named by --clientProcessId is gone. `openFormats`,
 * the formats of the request files open now, lets it load the YAML parser before it is asked.
 */
export function forkServer(
  serverModule: string,
  onError: (error: Error) => void,
  openFormats: Iterable<DocumentFormat> = [],
): ChildProcess {
  const formats = openFormatsArg(openFormats);
  const args = ['--stdio', `--clientProcessId=${process.pid}`, ...(formats ? [formats] : [])];
  const child = fork(serverModule, args, {
    silent: true,
    execArgv: serverExecArgv(),
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
  });
  // A process that cannot be started reports it here; without a listener the extension host would
  // get an uncaught exception. The language client sees the closed streams and handles the rest.
  child.on('error', onError);
  return child;
}

/**
 * The server processes of one language client: the first call takes the process started early,
 * each later one (the client restarting a server that stopped) forks a new one.
 */
export class ServerProcesses {
  private early: ChildProcess | undefined;
  private latest: ChildProcess | undefined;

  constructor(
    private readonly start: () => ChildProcess,
    /** When the first process was forked (performance.now()), for the first-diagnostics log line. */
    readonly firstStartedAt = performance.now(),
  ) {
    this.early = this.latest = start();
  }

  /** The process for the client to talk to now. */
  next(): ChildProcess {
    const early = this.early;
    this.early = undefined;
    this.latest = early ?? this.start();
    return this.latest;
  }

  /**
   * Ends the last process if it still runs once the client stopped (it normally exits on the
   * client's `exit` notification): the client only does this for processes it started itself.
   */
  stopLatest(): void {
    const child = this.latest;
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
  }
}
