import { ExitCode, type ExitCodeValue } from './exitCodes';

/** An error that ends the command with a message for the user and a documented exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(message, ExitCode.Usage);
export const configError = (message: string): CliError => new CliError(message, ExitCode.Config);
