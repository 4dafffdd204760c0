/** Rules on provisioned disk performance: iops / throughput of GPSSD2 and ESSD2 disks (R14, R15, R16). */
import { getProperty } from '../../../request/parser/nodes';
import type { RuleFinding } from '../types';
import type { Disk } from './ruleHelpers';
import {
  addProperties,
  allDisks,
  checkEachDisk,
  defineRule,
  diskFields,
  isPrePaid,
  literalString,
  presentProperty,
  removableFinding,
} from './ruleHelpers';

/**
 * Shared shape of R14 and R15: a disk property that the listed volume types require and every
 * other type forbids. Disks whose volumetype is missing, mistyped or a placeholder are skipped.
 */
function requiredOnlyFor(field: 'iops' | 'throughput', types: readonly string[]) {
  const typeList = types.join(' or ');
  return (disk: Disk): RuleFinding[] => {
    const volumeType = literalString(disk.node, 'volumetype');
    if (!volumeType) return [];
    const needed = types.includes(volumeType.value.value);
    if (needed && !getProperty(disk.node, field)) {
      return [
        {
          node: volumeType.value,
          message:
            `${disk.label} is a ${volumeType.value.value} disk, which needs ${disk.label}.${field}. ` + `Add ${field}.`,
          fixes: [addProperties(disk.node, [field])],
        },
      ];
    }
    const present = presentProperty(disk.node, field);
    if (!needed && present) {
      return [
        removableFinding(
          present,
          `${disk.label}.${field} can only be set on ${typeList} disks, not on ${volumeType.value.value}. ` +
            `Remove ${field}, or change volumetype.`,
        ),
      ];
    }
    return [];
  };
}

const PROVISIONED_TYPES = ['GPSSD2', 'ESSD2'] as const;

export const iopsOnlyForProvisionedDisks = defineRule({
  id: 'R14',
  defaultSeverity: 'error',
  title: 'iops is required for GPSSD2 and ESSD2 disks and not allowed on other disk types',
  fields: diskFields('iops', 'volumetype'),
  check: checkEachDisk(allDisks, requiredOnlyFor('iops', PROVISIONED_TYPES)),
});

export const throughputOnlyForGpssd2 = defineRule({
  id: 'R15',
  defaultSeverity: 'error',
  title: 'throughput is required for GPSSD2 disks and not allowed on any other disk type',
  fields: diskFields('throughput', 'volumetype'),
  check: checkEachDisk(allDisks, requiredOnlyFor('throughput', ['GPSSD2'])),
});

export const provisionedDisksArePayPerUse = defineRule({
  id: 'R16',
  defaultSeverity: 'error',
  title: 'GPSSD2/ESSD2 disks (iops, throughput) are pay-per-use only, not for yearly/monthly servers',
  fields: [...diskFields('volumetype', 'iops', 'throughput'), 'extendparam.chargingMode'],
  check: checkEachDisk(allDisks, (disk, context) => {
    const volumeType = literalString(disk.node, 'volumetype');
    if (
      !isPrePaid(context) ||
      !volumeType ||
      !(PROVISIONED_TYPES as readonly string[]).includes(volumeType.value.value)
    )
      return undefined;
    return {
      node: volumeType.value,
      message:
        `${disk.label} is a ${volumeType.value.value} disk: its iops/throughput are billed pay-per-use only, ` +
        `but this server is billed yearly/monthly (chargingMode prePaid). ` +
        'Choose another volume type (for example GPSSD or ESSD) or bill the server pay-per-use.',
    };
  }),
});
