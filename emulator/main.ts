/**
 * Runs the emulator on its own: `node out/emulator/main.js [--port 8080] [--host 127.0.0.1]
 * [--state FILE] [--job-speed N] [--credentials-file FILE] [--quiet]`.
 * Credentials come from HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK when set, otherwise a random
 * pair is written to the credentials file (mode 0600) — the SK is never printed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmulator } from './index';
import type { EmulatorLogger } from './logger';
import { randomCredentials } from './ids';

interface CliOptions {
  port: number;
  host: string;
  state?: string;
  jobSpeed: number;
  credentialsFile: string;
  quiet: boolean;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    port: 0,
    host: '127.0.0.1',
    jobSpeed: 1,
    credentialsFile: path.join(os.tmpdir(), 'ecs-emulator-credentials.json'),
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${argv[i - 1]} needs a value.`);
      return next;
    };
    switch (argv[i]) {
      case '--port':
        options.port = Number(value());
        break;
      case '--host':
        options.host = value();
        break;
      case '--state':
        options.state = value();
        break;
      case '--job-speed':
        options.jobSpeed = Number(value());
        break;
      case '--credentials-file':
        options.credentialsFile = value();
        break;
      case '--quiet':
        options.quiet = true;
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}. Options: --port, --host, --state, --job-speed, --credentials-file, --quiet.`);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0) throw new Error('--port must be a whole number (0 picks a free port).');
  if (!(options.jobSpeed > 0)) throw new Error('--job-speed must be a positive number.');
  return options;
}

function stderrLogger(): EmulatorLogger {
  const write = (level: string) => (message: string) => process.stderr.write(`${new Date().toISOString()} ${level} ${message}\n`);
  return { info: write('INFO'), warn: write('WARN'), error: write('ERROR') };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const fromEnv = process.env.HUAWEICLOUD_SDK_AK && process.env.HUAWEICLOUD_SDK_SK
    ? { ak: process.env.HUAWEICLOUD_SDK_AK, sk: process.env.HUAWEICLOUD_SDK_SK }
    : undefined;
  const credentials = fromEnv ?? randomCredentials();
  const emulator = await startEmulator({
    port: options.port,
    host: options.host,
    state: options.state,
    jobSpeed: options.jobSpeed,
    credentials,
    logger: options.quiet ? undefined : stderrLogger(),
  });
  if (!fromEnv) {
    fs.mkdirSync(path.dirname(options.credentialsFile), { recursive: true });
    fs.writeFileSync(options.credentialsFile, JSON.stringify({ ak: emulator.ak, sk: emulator.sk }, null, 2), { mode: 0o600 });
  }
  process.stdout.write(
    JSON.stringify({
      endpoint: emulator.endpoint,
      region: emulator.region,
      projectId: emulator.projectId,
      ak: emulator.ak,
      credentials: fromEnv ? 'from HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK' : options.credentialsFile,
    }) + '\n',
  );
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`ecs emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
