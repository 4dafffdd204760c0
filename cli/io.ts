/**
 * Where a command writes. Results go to stdout (one JSON document with --json); progress,
 * prompts and errors go to stderr so that `--json` output stays parseable.
 */
import * as readline from 'node:readline';
import { terminalSafe } from './printable';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Whether stdin is an interactive terminal (confirmation prompts need one). */
  readonly interactive: boolean;
  /** Asks a yes/no question on the terminal. */
  ask(question: string): Promise<string>;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    // Messages may quote a request file or a service answer: no control character reaches the terminal.
    out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
    err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
    interactive: process.stdin.isTTY === true,
    ask: (question) =>
      new Promise((resolve) => {
        const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
        rl.question(question, (answer) => {
          rl.close();
          resolve(answer);
        });
      }),
    env: process.env,
    cwd: process.cwd(),
  };
}
