/** Names shared by the extension's modules; kept in one place so package.json and code agree. */
import { REQUEST_LANGUAGE_IDS } from '../request/languageIds';
import { STORE_SECRET_COMMAND } from '../server/service/storedSecrets';

export const OUTPUT_CHANNEL_NAME = 'ECS Request Tools';
export const CONFIG_SECTION = 'ecs';
/** The schema every request file is checked against. */
export const SCHEMA_LABEL = 'ECS v1.1 create-server schema';
export const SCHEMA_FOLDER = 'schemas';

export const COMMANDS = {
  treatAsRequestFile: 'ecs.treatAsRequestFile',
  openSchema: 'ecs.openSchema',
  showOutput: 'ecs.showOutput',
  addProfile: 'ecs.profile.add',
  selectProfile: 'ecs.profile.select',
  editProfile: 'ecs.profile.edit',
  removeProfile: 'ecs.profile.remove',
  /** Also the command of the server's quick fix for a `${secret:NAME}` with nothing stored. */
  storeSecret: STORE_SECRET_COMMAND,
  deleteSecret: 'ecs.secret.delete',
  dryRun: 'ecs.dryRun',
  submit: 'ecs.submit',
  newRequestFile: 'ecs.newRequestFile',
  tryEmulator: 'ecs.tryEmulator',
  refreshAccount: 'ecs.account.refresh',
  jobsRefresh: 'ecs.jobs.refresh',
  jobsCopyJobId: 'ecs.jobs.copyJobId',
  jobsCopyServerId: 'ecs.jobs.copyServerId',
  jobsOpenRequestFile: 'ecs.jobs.openRequestFile',
  jobsOpenInConsole: 'ecs.jobs.openInConsole',
  jobsPayOrder: 'ecs.jobs.payOrder',
  jobsRemove: 'ecs.jobs.remove',
  jobsRetrySubmit: 'ecs.jobs.retrySubmit',
  jobsCheckServers: 'ecs.jobs.checkServers',
} as const;

/**
 * Commands whose code is in the cloud bundle (dist/cloud.js, see cloudOnDemand.ts): registered at
 * activation, their first run loads it. cloudFeatures.ts has one handler per entry.
 */
export const CLOUD_COMMANDS = [
  COMMANDS.addProfile,
  COMMANDS.selectProfile,
  COMMANDS.editProfile,
  COMMANDS.removeProfile,
  COMMANDS.storeSecret,
  COMMANDS.deleteSecret,
  COMMANDS.dryRun,
  COMMANDS.submit,
  COMMANDS.jobsRefresh,
  COMMANDS.jobsCopyJobId,
  COMMANDS.jobsCopyServerId,
  COMMANDS.jobsOpenRequestFile,
  COMMANDS.jobsOpenInConsole,
  COMMANDS.jobsPayOrder,
  COMMANDS.jobsRemove,
  COMMANDS.jobsRetrySubmit,
  COMMANDS.jobsCheckServers,
] as const;
export type CloudCommand = (typeof CLOUD_COMMANDS)[number];

export const JOBS_VIEW_ID = 'ecs.jobs';
export const DRY_RUN_DIAGNOSTIC_SOURCE = 'ECS dry-run';
/** Account findings of the pre-flight (Dry-Run Request), from the account data fetched for it. */
export const ACCOUNT_DIAGNOSTIC_SOURCE = 'ECS account';

/** Document selector for request files, in the shape vscode and the language client both accept. */
export const REQUEST_DOCUMENT_SELECTOR = REQUEST_LANGUAGE_IDS.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);
