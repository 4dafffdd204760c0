/**
 * The body checks of the create APIs, in two groups.
 *
 * FORMAT_CHECKS need nothing but the body: mandatory fields, types, values and the rules between
 * fields. They are what the service's `dry_run` is documented to check, so a dry run runs only
 * these. ACCOUNT_CHECKS look at the account's resources (images, flavors on sale, VPCs, subnets,
 * ports, IPs, security groups, key pairs, server groups, enterprise projects, quotas); they run
 * when the request is really submitted and refuse it synchronously with HTTP 400 (see README).
 */
import { checkLoginFormat, checkLoginResources } from './access';
import { checkBilling } from './billing';
import { checkEnterpriseProject } from './enterpriseProject';
import { checkFlavor } from './flavor';
import { checkImage } from './image';
import type { CreateCheck, CreateCheckInput } from './input';
import { checkMetadata } from './metadata';
import { checkDescription, checkName } from './naming';
import { checkNetwork, checkNicFormat } from './network';
import { checkQuota } from './quota';
import { checkShape } from './shape';
import { checkDiskFormat, checkVolumes } from './volumes';

export const FORMAT_CHECKS: readonly CreateCheck[] = [
  checkShape,
  checkName,
  checkDescription,
  checkBilling,
  checkNicFormat,
  checkDiskFormat,
  checkLoginFormat,
  checkMetadata,
];

export const ACCOUNT_CHECKS: readonly CreateCheck[] = [
  checkImage,
  checkFlavor,
  checkNetwork,
  checkVolumes,
  checkLoginResources,
  checkEnterpriseProject,
  checkQuota,
];

/** The dry-run checks; the first failing one throws its EcsApiError. */
export function runFormatChecks(input: CreateCheckInput): void {
  for (const check of FORMAT_CHECKS) check(input);
}

/** The checks against the account, run after the format checks when the request is submitted. */
export function runAccountChecks(input: CreateCheckInput): void {
  for (const check of ACCOUNT_CHECKS) check(input);
}

export { requireServerObject } from './shape';
export { billingOf } from './billing';
export { resolveAvailabilityZone, requireFlavor } from './flavor';
export type { CreateApi, CreateCheckInput } from './input';
