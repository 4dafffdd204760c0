/**
 * Service endpoints per region (endpoints-and-lookups.md §1) and the list of known regions.
 * Any endpoint can be overridden, e.g. to point every service at the local emulator.
 */

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
].map(([id, displayName, nameConfirmed]) => ({ id: id as string, displayName: displayName as string, nameConfirmed: nameConfirmed as boolean }));

/** Regions that have a regional IAM endpoint; others use the global one (as the SDKs do). */
const REGIONAL_IAM = new Set([
  'cn-north-1', 'cn-north-2', 'cn-north-4', 'cn-north-9', 'cn-north-12', 'cn-east-2', 'cn-east-3', 'cn-east-4',
  'cn-east-5', 'cn-south-1', 'cn-south-2', 'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3',
  'ap-southeast-4', 'af-south-1', 'sa-brazil-1', 'la-south-2', 'la-north-2', 'na-mexico-1', 'eu-west-0',
  'my-kualalumpur-1', 'ru-moscow-1', 'me-east-1', 'ae-ad-1', 'tr-west-1',
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

/**
 * Base URL of a service in a region. Overrides win (the specific service first, then `all`).
 * Throws when the region id is not shaped like one, so a typo does not become a strange host name.
 */
export function resolveEndpoint(service: ServiceName, region: string, overrides: EndpointOverrides = {}, billingSite: BillingSite = 'cn'): string {
  const override = overrides[service] ?? overrides.all;
  if (override) return override.replace(/\/+$/, '');
  if (!isRegionIdShape(region)) {
    throw new Error(`"${region}" is not a region id. Use an id such as cn-north-4 (the list is in the region picker).`);
  }
  return defaultEndpoint(service, region, billingSite);
}
