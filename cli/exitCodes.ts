/** Exit codes of `ecs-request`; listed in `--help` and the README so scripts can rely on them. */
export const ExitCode = {
  /** The command did what was asked (lint clean, request accepted, job succeeded). */
  Ok: 0,
  /** Lint errors in a request file, a request the cloud rejected, or a job that failed. */
  RequestFailed: 1,
  /** Wrong command line: unknown command or option, missing argument. */
  Usage: 2,
  /** Credentials, project, region or endpoint missing or unusable. */
  Config: 3,
  /** The cloud could not be reached or answered with a server-side error. */
  Network: 4,
  /**
   * Submit: the answer was lost after the request may have been carried out (5xx, connection lost,
   * timeout), or --wait could not follow the job ECS accepted. Servers may exist; retry only with
   * the printed --client-token.
   */
  OutcomeUnknown: 5,
  /** Stopped by Ctrl+C (SIGINT) or SIGTERM, or not confirmed at the submit prompt. */
  Interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export const EXIT_CODE_HELP = [
  '  0    success',
  '  1    lint errors in a request file, request rejected, or job failed',
  '  2    usage error (unknown command or option, missing argument)',
  '  3    credentials or configuration missing or invalid',
  '  4    network or cloud service error (a submit was not carried out)',
  '  5    submit: outcome unknown (answer lost, or the accepted job could not be followed), servers MAY',
  '       exist; retry only with the printed --client-token',
  '  130  interrupted (Ctrl+C / SIGTERM), or not confirmed at the prompt',
].join('\n');
