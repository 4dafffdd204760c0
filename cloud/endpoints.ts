/**
 * Service endpoints per region (endpoints-and-lookups.md §1) and the list of known regions.
 * Any endpoint can be overridden, e.g. to point every service at the local emulator.
 */
import { InvalidTargetError } from './errors';

export type ServiceName = 'ecs' | 'iam' | 'vpc' | 'ims' | 'evs' | 'kps' | 'bss' | 'eps';

export const SERVICE_NAMES: readonly ServiceName[] = ['ecs', 'iam', 'vpc', 'ims', 'evs', 'kps', 'bss', 'eps'];

/** Base URLs (scheme + host [+ port], no trailing slash). `all` applies to every service not named. */
export type EndpointOverrides = Partial<Record<ServiceName | 'all', string>>;

/** Which billing site serves orders: Chinese mainland or international. */
export type BillingSite = 'cn' | 'intl';

export interface RegionInfo {
  id: string;
  displayName: string;
  /** False when the display name is a guess or unknown in our sources. */
  nameConfirmed: boolean;
}

/** Regions with an ECS endpoint in the SDK region lists (33). */
export const regions: readonly RegionInfo[] = [
  ['cn-north-1', 'CN North-Beijing1', true],
  ['cn-north-2', 'CN North-Beijing2', false],
  ['cn-north-4', 'CN North-Beijing4', true],
  ['cn-north-9', 'CN North-Ulanqab1', false],
  ['cn-north-11', 'cn-north-11', false],
  ['cn-north-12', 'CN North3', false],
  ['cn-east-2', 'CN East-Shanghai2', true],
  ['cn-east-3', 'CN East-Shanghai1', true],
  ['cn-east-4', 'CN East2', false],
  ['cn-east-5', 'CN East-Qingdao', false],
  ['cn-south-1', 'CN South-Guangzhou', true],
  ['cn-south-2', 'CN South-Shenzhen', false],
  ['cn-south-4', 'cn-south-4', false],
  ['cn-southwest-2', 'CN Southwest-Guiyang1', false],
  ['cn-southwest-3', 'cn-southwest-3', false],
  ['ap-southeast-1', 'CN-Hong Kong', true],
  ['ap-southeast-2', 'AP-Bangkok', true],
  ['ap-southeast-3', 'AP-Singapore', false],
  ['ap-southeast-4', 'AP-Jakarta', false],
  ['ap-southeast-5', 'AP-Manila', false],
  ['af-south-1', 'AF-Johannesburg', false],
  ['af-north-1', 'AF-Cairo', false],
  ['sa-brazil-1', 'LA-Sao Paulo1', false],
  ['la-north-2', 'LA-Mexico City2', false],
  ['la-south-2', 'LA-Santiago', false],
  ['na-mexico-1', 'LA-Mexico City1', false],
  ['tr-west-1', 'TR-Istanbul', false],
  ['me-east-1', 'ME-Riyadh', false],
  ['ae-ad-1', 'UAE-Abu Dhabi', false],
  ['eu-west-101', 'EU-Dublin', false],
  ['eu-west-0', 'EU-Paris', false],
  ['my-kualalumpur-1', 'MY-Kuala Lumpur1', false],
  ['ru-moscow-1', 'RU-Moscow1', false],
].map(([id, displayName, nameConfirmed]) => ({
  id: id as string,
  displayName: displayName as string,
  nameConfirmed: nameConfirmed as boolean,
}));

/** Regions that have a regional IAM endpoint; others use the global one (as the SDKs do). */
const REGIONAL_IAM = new Set([
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-north-9',
  'cn-north-12',
  'cn-east-2',
  'cn-east-3',
  'cn-east-4',
  'cn-east-5',
  'cn-south-1',
  'cn-south-2',
  'cn-southwest-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'af-south-1',
  'sa-brazil-1',
  'la-south-2',
  'la-north-2',
  'na-mexico-1',
  'eu-west-0',
  'my-kualalumpur-1',
  'ru-moscow-1',
  'me-east-1',
  'ae-ad-1',
  'tr-west-1',
]);

const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)+$/;

export function findRegion(id: string): RegionInfo | undefined {
  return regions.find((r) => r.id === id);
}

/** True for ids shaped like a region id (`cn-north-4`); known or not. */
export function isRegionIdShape(id: string): boolean {
  return REGION_ID.test(id);
}

function defaultEndpoint(service: ServiceName, region: string, billingSite: BillingSite): string {
  switch (service) {
    case 'iam':
      if (region === 'eu-west-101') return 'https://iam.eu-west-101.myhuaweicloud.eu';
      return REGIONAL_IAM.has(region) ? `https://iam.${region}.myhuaweicloud.com` : 'https://iam.myhuaweicloud.com';
    case 'kps':
      // Key pair service (DEW) is served from the KMS host.
      return `https://kms.${region}.myhuaweicloud.com`;
    case 'bss':
      return billingSite === 'intl' ? 'https://bss-intl.myhuaweicloud.com' : 'https://bss.myhuaweicloud.com';
    case 'eps':
      return region === 'eu-west-101' ? 'https://eps.myhuaweicloud.eu' : 'https://eps.myhuaweicloud.com';
    default:
      return `https://${service}.${region}.myhuaweicloud.com`;
  }
}

// ---------------------------------------------------------------------------------------------
// Checking what goes into a request URL. One home for the CLI flags, the environment, VS Code
// settings and profiles: the cloud client checks again before every call.

/** 127.0.0.0/8, ::1 and localhost: the only hosts plain http may go to (this computer). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return !!octets && octets.slice(1).every((n) => Number(n) <= 255);
}

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/**
 * Why an endpoint URL must not be used, or undefined when it is fine. `label` names where it came
 * from (`--endpoint`, `ecs.cloud.endpointOverrides.ecs`). The text never repeats the value: it may
 * carry a password (user:pass@) or a token in its query.
 */
export function endpointProblem(value: string, label: string): string | undefined {
  const example = 'such as https://ecs.cn-north-4.myhuaweicloud.com';
  if (typeof value !== 'string' || value.length === 0) return `${label} is empty. Give a URL ${example}.`;
  if (value.length > 2048) return `${label} is longer than 2048 characters. Give a URL ${example}.`;
  if (CONTROL_OR_SPACE.test(value)) return `${label} contains a space or a control character. Give a URL ${example}.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${label} is not a URL. Give a URL ${example}.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `${label} must start with https:// (a URL ${example}).`;
  const authority = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#\\]/)[0];
  if (url.username || url.password || authority.includes('@')) {
    return (
      `${label} contains a user name or password (user:pass@). Remove it: requests are signed with the access key, ` +
      'and a password in a URL ends up in logs and shell history.'
    );
  }
  if (value.includes('?') || value.includes('#')) {
    return `${label} contains "?" or "#". An endpoint is https://host[:port][/path] without a query or fragment.`;
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return (
      `${label} uses http:// for ${url.hostname}. ` +
      'Plain http is allowed only for this computer (localhost, 127.0.0.1, ::1), ' +
      'because the request carries the server password and user data; use https://.'
    );
  }
  return undefined;
}

/** The base URL to use for a checked endpoint (no trailing slash); throws InvalidTargetError. */
export function checkEndpoint(value: string, label: string): string {
  const problem = endpointProblem(value, label);
  if (problem) throw new InvalidTargetError(problem);
  const url = new URL(value);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** A project ID is 32 hexadecimal characters (IAM's projects[].id). */
export function isProjectId(value: string): boolean {
  return /^[0-9a-f]{32}$/i.test(value);
}

export function checkProjectId(value: string, label = 'The project ID'): string {
  if (!isProjectId(value)) {
    throw new InvalidTargetError(
      `${label} must be 32 hexadecimal characters (My Credentials → API Credentials in the console).`,
    );
  }
  return value;
}

/**
 * Job and server IDs go into URL paths. The documented job ID is 32 hex characters, but the facts
 * name no format, so any short ID of letters, digits, `-` and `_` is accepted (and encoded).
 */
export function isResourceId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(value);
}

export function checkResourceId(value: string, what: string): string {
  if (!isResourceId(value))
    throw new InvalidTargetError(`${what} may only hold letters, digits, "-" and "_" (at most 128).`);
  return value;
}

/**
 * Base URL of a service in a region. Overrides win (the specific service first, then `all`).
 * Throws when the region id is not shaped like one, so a typo does not become a strange host name.
 */
export function resolveEndpoint(
  service: ServiceName,
  region: string,
  overrides: EndpointOverrides = {},
  billingSite: BillingSite = 'cn',
): string {
  const override = overrides[service] ?? overrides.all;
  if (override) return checkEndpoint(override, `The ${overrides[service] ? service : 'all'} endpoint override`);
  if (!isRegionIdShape(region)) {
    throw new Error(`"${region}" is not a region id. Use an id such as cn-north-4 (the list is in the region picker).`);
  }
  return defaultEndpoint(service, region, billingSite);
}
