/** `ecs-request lint <files…>`: the editor's diagnostics for request files, for CI and hooks. */
import { CliError, usageError } from '../cliError';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { checkRequestFile, diagnosticJson, formatDiagnosticLine, isError, type RequestFile } from '../requestFile';

export interface LintOptions {
  readonly files: string[];
  readonly format: 'text' | 'json';
}

export function runLint(options: LintOptions, io: CliIo): ExitCodeValue {
  if (options.files.length === 0)
    throw usageError('lint needs at least one request file, e.g. `ecs-request lint server.ecs.yaml`.');
  const checked: RequestFile[] = [];
  const unreadable: { file: string; message: string }[] = [];
  for (const file of options.files) {
    try {
      checked.push(checkRequestFile(file, io.cwd));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      unreadable.push({ file, message: error.message });
    }
  }
  const all = checked.flatMap((c) => c.diagnostics);
  const errors = all.filter(isError).length;
  const warnings = all.length - errors;

  if (options.format === 'json') {
    io.out(
      JSON.stringify({
        files: checked.map((c) => ({ file: c.displayPath, diagnostics: c.diagnostics.map(diagnosticJson) })),
        unreadable,
        errorCount: errors,
        warningCount: warnings,
      }),
    );
  } else {
    for (const c of checked) for (const d of c.diagnostics) io.out(formatDiagnosticLine(c.displayPath, d));
    for (const u of unreadable) io.err(u.message);
    const files = `${checked.length} file${checked.length === 1 ? '' : 's'}`;
    io.err(
      `${files} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} other problem${warnings === 1 ? '' : 's'}.`,
    );
  }
  if (unreadable.length) return ExitCode.Usage;
  return errors > 0 ? ExitCode.RequestFailed : ExitCode.Ok;
}
