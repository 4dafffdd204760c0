/**
 * Which cloud a command talks to and with which credentials: command-line options first, then
 * the environment (the same variable names as the Huawei Cloud SDKs), or an in-process emulator.
 */
import type { ParseArgsConfig } from 'node:util';
import {
  credentialsFromEnv,
  CREDENTIAL_ENV_NAMES,
  unusableCredentialField,
  type Credentials,
} from '../cloud/credentials';
import { endpointProblem, isProjectId, isRegionIdShape } from '../cloud/endpoints';
import { printable } from './printable';
import { configError } from './cliError';

export const PROJECT_ID_ENV = 'HUAWEICLOUD_SDK_PROJECT_ID';
export const REGION_ENV = 'HUAWEICLOUD_SDK_REGION';

export const TARGET_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  region: { type: 'string' },
  'project-id': { type: 'string' },
  endpoint: { type: 'string' },
  'iam-endpoint': { type: 'string' },
  'endpoint-all': { type: 'string' },
  emulator: { type: 'boolean' },
};

export interface TargetOptions {
  readonly region?: string;
  readonly projectId?: string;
  readonly endpoint?: string;
  readonly iamEndpoint?: string;
  /** One address for every service (ECS, IAM, VPC, IMS, EVS, ...), as a standalone emulator serves them. */
  readonly endpointAll?: string;
  readonly emulator: boolean;
}

export function readTargetOptions(values: Record<string, string | boolean | undefined>): TargetOptions {
  const text = (key: string): string | undefined => {
    const value = values[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  return {
    region: text('region'),
    projectId: text('project-id'),
    endpoint: text('endpoint'),
    iamEndpoint: text('iam-endpoint'),
    endpointAll: text('endpoint-all'),
    emulator: values.emulator === true,
  };
}

/** A fully resolved target, except the project ID, which may still need an IAM lookup. */
export interface Target {
  readonly region: string;
  readonly projectId?: string;
  /** Endpoint overrides; unset services use the public endpoints of the region. */
  readonly endpoint?: string;
  readonly iamEndpoint?: string;
  readonly endpointAll?: string;
  readonly credentials: Credentials;
}

/** The region named by an ECS endpoint host such as ecs.cn-north-4.myhuaweicloud.com. */
export function regionFromEndpoint(endpoint: string): string | undefined {
  try {
    const host = new URL(endpoint).hostname;
    const match = /^ecs\.([a-z0-9-]+)\./.exec(host);
    return match?.[1];
  } catch {
    return undefined;
  }
}

function checkUrl(option: string, value: string | undefined): void {
  if (value === undefined) return;
  const problem = endpointProblem(value, option);
  if (problem) throw configError(problem);
}

/** A control character in a credential or project ID would break the request: name the variable. */
function checkCredentialText(credentials: Credentials): void {
  const field = unusableCredentialField(credentials);
  if (field) {
    throw configError(
      `${CREDENTIAL_ENV_NAMES[field]} contains a space, line break or other control character. ` +
        'Set it again without them (a copy and paste often adds a line break).',
    );
  }
}

function checkProjectIdText(projectId: string | undefined, source: string): void {
  if (projectId !== undefined && !isProjectId(projectId)) {
    throw configError(
      `${source} must be 32 hexadecimal characters (My Credentials → API Credentials in the console), ` +
        'or leave it out to look it up through IAM.',
    );
  }
}

/** Resolves options + environment into a target, naming everything that is missing at once. */
export function resolveTarget(options: TargetOptions, env: Record<string, string | undefined>): Target {
  checkUrl('--endpoint', options.endpoint);
  checkUrl('--iam-endpoint', options.iamEndpoint);
  checkUrl('--endpoint-all', options.endpointAll);
  const credentials = credentialsFromEnv(env);
  if (credentials) checkCredentialText(credentials);
  const projectId = options.projectId ?? (env[PROJECT_ID_ENV]?.trim() || undefined);
  checkProjectIdText(projectId, options.projectId !== undefined ? '--project-id' : PROJECT_ID_ENV);
  const region =
    options.region ?? env[REGION_ENV]?.trim() ?? (options.endpoint ? regionFromEndpoint(options.endpoint) : undefined);
  const missing: string[] = [];
  if (!credentials) {
    const absent = [CREDENTIAL_ENV_NAMES.ak, CREDENTIAL_ENV_NAMES.sk].filter((name) => !env[name]?.trim());
    missing.push(`credentials: set ${absent.join(' and ')} to your access key ID and secret access key`);
  }
  if (!region) missing.push(`region: pass --region (e.g. cn-north-4) or set ${REGION_ENV}`);
  else if (!isRegionIdShape(region))
    throw configError(`"${printable(region)}" is not a region ID. Use an ID such as cn-north-4.`);
  if (missing.length || !credentials || !region) {
    throw configError(`Missing ${missing.join('; ')}. To try without an account, add --emulator.`);
  }
  return {
    region,
    projectId,
    endpoint: options.endpoint,
    iamEndpoint: options.iamEndpoint,
    endpointAll: options.endpointAll,
    credentials,
  };
}
