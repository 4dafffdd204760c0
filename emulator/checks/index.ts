/**
 * All body checks of the create APIs, in the order the service would meet them: format first
 * (what `dry_run` is documented to check), then the referenced resources, then quotas.
 */
import { checkAccess } from './access';
import { checkBilling } from './billing';
import { checkFlavor } from './flavor';
import { checkImage } from './image';
import type { CreateCheck, CreateCheckInput } from './input';
import { checkDescription, checkName } from './naming';
import { checkNetwork } from './network';
import { checkQuota } from './quota';
import { checkShape } from './shape';
import { checkVolumes } from './volumes';

export const CREATE_CHECKS: readonly CreateCheck[] = [
  checkShape,
  checkName,
  checkDescription,
  checkBilling,
  checkImage,
  checkFlavor,
  checkNetwork,
  checkVolumes,
  checkAccess,
  checkQuota,
];

/** Runs every check; the first failing one throws its EcsApiError. */
export function runCreateChecks(input: CreateCheckInput): void {
  for (const check of CREATE_CHECKS) check(input);
}

export { requireServerObject } from './shape';
export { billingOf } from './billing';
export { resolveAvailabilityZone, requireFlavor } from './flavor';
export type { CreateApi, CreateCheckInput } from './input';
