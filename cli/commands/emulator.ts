/**
 * `ecs-request emulator`: a local ECS emulator for trying requests without an account. Prints
 * the credentials it generated for this run, a permanent and a temporary key (they are not
 * secrets of any real account).
 */
import { startEmulator, WORLD_NAMES, type WorldName } from '../../emulator/index';
import { CliError, usageError } from '../cliError';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { printable } from '../printable';
import { onInterrupt, whenAborted } from '../signals';

export interface EmulatorCommandOptions {
  readonly port: number;
  readonly stateFile?: string;
  readonly json: boolean;
  /** `default` or `large` (see emulator/worlds/large.ts). */
  readonly world?: string;
}

export async function runEmulator(options: EmulatorCommandOptions, io: CliIo): Promise<ExitCodeValue> {
  const world = options.world ?? 'default';
  if (!(WORLD_NAMES as readonly string[]).includes(world)) {
    throw usageError(`--world must be ${WORLD_NAMES.join(' or ')}, not "${printable(world)}".`);
  }
  const interruption = onInterrupt();
  try {
    let emulator;
    try {
      emulator = await startEmulator({ port: options.port, state: options.stateFile, world: world as WorldName });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE')
        throw new CliError(
          `Port ${options.port} is in use. Pick another with --port, or --port 0 for any free port.`,
          ExitCode.Config,
        );
      throw error;
    }
    const { endpoint, ak, sk, projectId, region } = emulator;
    const temporary = { ...emulator.temporary, expiresAt: emulator.temporary.expiresAt.toISOString() };
    if (options.json) io.out(JSON.stringify({ endpoint, ak, sk, projectId, region, temporary }));
    // With --json the JSON line is the only stdout output; the human text goes to stderr.
    const say = options.json ? io.err : io.out;
    say(
      [
        `ECS emulator listening on ${endpoint} (region ${region}, project ${projectId}, ${world} world)`,
        `  access key:  ${ak}`,
        `  secret key:  ${sk}`,
        '  Use it from another shell:',
        `    export HUAWEICLOUD_SDK_AK=${ak} HUAWEICLOUD_SDK_SK=${sk}`,
        `    ecs-request submit FILE --endpoint ${endpoint} --region ${region} --project-id ${projectId} --wait`,
        `  A temporary key (needs its security token; valid until ${temporary.expiresAt}):`,
        `    export HUAWEICLOUD_SDK_AK=${temporary.ak} HUAWEICLOUD_SDK_SK=${temporary.sk}`,
        `    export HUAWEICLOUD_SDK_SECURITY_TOKEN=${temporary.securityToken}`,
        options.stateFile
          ? `  State is kept in ${options.stateFile}.`
          : '  State lives in memory until the emulator stops.',
        '  Stop with Ctrl+C.',
      ].join('\n'),
    );
    await whenAborted(interruption.signal);
    await emulator.close();
    io.err(`Emulator stopped (${interruption.received() ?? 'signal'}).`);
    return ExitCode.Ok;
  } finally {
    interruption.dispose();
  }
}
