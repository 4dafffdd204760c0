/**
 * `ecs-request`: the command-line face of ECS Request Tools (bundled to dist/cli.js).
 * Each command lives in cli/commands/; this file only parses the command line and maps
 * failures to the documented exit codes (cli/exitCodes.ts).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, usageError } from './cliError';
import { runCatalog } from './commands/catalog';
import { runDryRun } from './commands/dryRun';
import { runEmulator } from './commands/emulator';
import { runJob } from './commands/job';
import { runLint } from './commands/lint';
import { runSubmit } from './commands/submit';
import { ExitCode, type ExitCodeValue } from './exitCodes';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { processIo, type CliIo } from './io';
import { printable } from './printable';
import { readTargetOptions, TARGET_OPTIONS } from './target';

export const CLI_VERSION = '0.1.0';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface CommandSpec {
  readonly options: Options;
  /** How many positional arguments the command takes: exactly one, or one or more. */
  readonly positionals: 'one' | 'many' | 'none';
  /** `args`: the command's own arguments as given (to print a command that repeats it). */
  run(
    values: Values,
    positionals: string[],
    io: CliIo,
    args: readonly string[],
  ): Promise<ExitCodeValue> | ExitCodeValue;
}

const COMMON: Options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
const REQUEST_OPTIONS: Options = { ...COMMON, ...TARGET_OPTIONS, force: { type: 'boolean' } };

const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  lint: {
    options: { ...COMMON, ...TARGET_OPTIONS, format: { type: 'string' }, account: { type: 'boolean' } },
    positionals: 'many',
    run: (values, files, io) => {
      const format = values.json ? 'json' : (values.format ?? 'text');
      if (format !== 'text' && format !== 'json')
        throw usageError(`--format must be text or json, not "${printable(String(format))}".`);
      const target = readTargetOptions(values);
      const targetGiven = Object.keys(TARGET_OPTIONS).some((name) => values[name] !== undefined);
      if (targetGiven && !values.account)
        throw usageError('Target options (--emulator, --region, --endpoint, ...) go with --account in lint.');
      return runLint({ files, format, ...(values.account ? { account: target } : {}) }, io);
    },
  },
  'dry-run': {
    options: { ...REQUEST_OPTIONS, 'no-account-checks': { type: 'boolean' } },
    positionals: 'one',
    run: (values, [file], io) =>
      runDryRun(
        {
          file,
          json: !!values.json,
          force: !!values.force,
          target: readTargetOptions(values),
          accountChecks: !values['no-account-checks'],
        },
        io,
      ),
  },
  submit: {
    options: {
      ...REQUEST_OPTIONS,
      wait: { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
      'client-token': { type: 'string' },
    },
    positionals: 'one',
    run: (values, [file], io, args) =>
      runSubmit(
        {
          file,
          json: !!values.json,
          force: !!values.force,
          wait: !!values.wait,
          yes: !!values.yes,
          target: readTargetOptions(values),
          clientToken: typeof values['client-token'] === 'string' ? values['client-token'] : undefined,
          args,
        },
        io,
      ),
  },
  job: {
    options: { ...COMMON, ...TARGET_OPTIONS, wait: { type: 'boolean' } },
    positionals: 'one',
    run: (values, [jobId], io) =>
      runJob({ jobId, json: !!values.json, wait: !!values.wait, target: readTargetOptions(values) }, io),
  },
  emulator: {
    options: { ...COMMON, port: { type: 'string' }, state: { type: 'string' }, world: { type: 'string' } },
    positionals: 'none',
    run: (values, _positionals, io) =>
      runEmulator(
        {
          port: parsePort(values.port),
          stateFile: values.state as string | undefined,
          json: !!values.json,
          world: values.world as string | undefined,
        },
        io,
      ),
  },
  catalog: {
    options: { ...COMMON, ...TARGET_OPTIONS, world: { type: 'string' }, save: { type: 'string' } },
    positionals: 'none',
    run: (values, _positionals, io) =>
      runCatalog(
        {
          json: !!values.json,
          world: values.world as string | undefined,
          save: values.save as string | undefined,
          target: readTargetOptions(values),
        },
        io,
      ),
  },
};

function parsePort(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(`--port must be a whole number from 0 to 65535, not "${String(value)}".`);
  return port;
}

function checkPositionals(command: string, spec: CommandSpec, positionals: string[]): void {
  const what = command === 'job' ? 'a job ID' : 'a request file';
  if (spec.positionals === 'one' && positionals.length !== 1) {
    throw usageError(
      positionals.length === 0
        ? `${command} needs ${what}: ecs-request ${command} <${command === 'job' ? 'job-id' : 'file'}>.`
        : `${command} takes one argument, got ${positionals.length}: ${printable(positionals.join(' '))}.`,
    );
  }
  if (spec.positionals === 'none' && positionals.length)
    throw usageError(`${command} takes no arguments, got: ${printable(positionals.join(' '))}.`);
}

/** Own properties only: `constructor` or `__proto__` is not a command or a help topic. */
function own<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * Where an internal error happened, for ECS_REQUEST_DEBUG: the frames only. The message is left
 * out: it may quote a request (Node's JSON errors do) and with it a filled-in password.
 */
function stackFrames(error: Error): string {
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  return [`${error.name} (message not shown: it may quote the request)`, ...frames].join('\n');
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<ExitCodeValue> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    const help = own(COMMAND_HELP, topic);
    if (topic !== undefined && !help) {
      io.err(`ecs-request: no help for "${printable(topic)}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
      return ExitCode.Usage;
    }
    io.out(help ?? MAIN_HELP);
    return ExitCode.Ok;
  }
  if (command === '--version' || command === '-v') {
    io.out(CLI_VERSION);
    return ExitCode.Ok;
  }
  try {
    const spec = own(COMMANDS, command);
    if (!spec)
      throw usageError(
        `Unknown command "${printable(command)}". Commands: ${Object.keys(COMMANDS).join(', ')}. ` +
          'See ecs-request --help.',
      );
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true }) as typeof parsed;
    } catch (error) {
      const message = (error as Error).message.replace(/\. To specify a positional.*$/s, '.');
      throw usageError(`${printable(message, 500)} See ecs-request ${command} --help.`);
    }
    if (parsed.values.help) {
      io.out(own(COMMAND_HELP, command) ?? MAIN_HELP);
      return ExitCode.Ok;
    }
    checkPositionals(command, spec, parsed.positionals);
    return await spec.run(parsed.values, parsed.positionals, io, rest);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`ecs-request: ${error.message}`);
      return error.exitCode;
    }
    // Unexpected: name the failure without echoing values (they may come from a request file).
    io.err(
      `ecs-request: internal error (${error instanceof Error ? error.name : typeof error}). ` +
        'Please report it with the command you ran.',
    );
    if (io.env.ECS_REQUEST_DEBUG && error instanceof Error) io.err(stackFrames(error));
    return ExitCode.Network;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
