/**
 * `npm run fuzz -- --minutes N --seed S [--documents D] [--from I] [--scale F]`: fuzzes the built server until
 * N minutes have passed or D documents are done (default: 10 minutes, seed from the clock),
 * prints the counts and exits 1 if anything failed. Reproducers go to test-artifacts/fuzz/.
 */
import { runFuzz } from './driver';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function numberOption(name: string): number | undefined {
  const raw = option(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`fuzz: --${name} needs a non-negative number, got ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const seed = numberOption('seed') ?? Date.now() % 2 ** 31;
  const documents = numberOption('documents');
  const minutes = numberOption('minutes') ?? (documents === undefined ? 10 : undefined);
  const from = numberOption('from');
  const sizeScale = numberOption('scale');
  process.stdout.write(
    `fuzz: seed ${seed}${minutes !== undefined ? `, ${minutes} min` : ''}` +
      `${documents !== undefined ? `, ${documents} documents` : ''}\n`,
  );
  const report = await runFuzz({
    seed,
    documents,
    from,
    sizeScale,
    deadline: minutes !== undefined ? Date.now() + minutes * 60_000 : undefined,
    progress: (line) => process.stdout.write(`${line}\n`),
  });
  const { counts } = report;
  process.stdout.write(
    [
      `fuzz: seed ${report.seed}: ${report.documents} documents, ${report.requests} requests ` +
        `in ${(report.elapsedMs / 1000).toFixed(1)} s`,
      `  crashes ${counts.crash}, protocol errors ${counts['protocol-error']}, handler ` +
        `failures ${counts['handler-failure']}, ` +
        `answers over 1 s ${counts.slow}, hangs ${counts.hang}`,
      `  slowest answer ${Math.round(report.maxAnswerMs)} ms (${report.maxAnswerRequest})`,
      `  slow under load (within the limit when replayed on a fresh server) ${report.slowUnderLoad.length}` +
        report.slowUnderLoad
          .map(
            (c) =>
              `\n    document ${c.index} ${c.request}: ${Math.round(c.firstMs)} ms, ` +
              `replay ${Math.round(c.replayMs)} ms`,
          )
          .join(''),
    ].join('\n') + '\n',
  );
  process.exit(report.failures.length > 0 ? 1 : 0);
}

void main();
