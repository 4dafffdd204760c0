/** Rules on the system and data disks (R05, R12, R13, R17, R18, R19, R22, R37 file part, R42). */
import { getProperty } from '../../../request/parser/nodes';
import type { FixData } from '../types';
import {
  addProperties,
  allDisks,
  checkEachDisk,
  dataDisks,
  defineRule,
  diskFields,
  flagValue,
  hasNonEmptyString,
  isPrePaid,
  nonBooleanValue,
  objectAt,
  presentProperty,
  propertyOfType,
  removableFinding,
  removeProperty,
  replaceValue,
  setValueFix,
} from './ruleHelpers';

const MAX_DATA_DISKS = 59;
/** Some flavors attach fewer data disks; the flavor decides, so larger counts only get a note. */
const SMALL_FLAVOR_DATA_DISKS = 23;
const MAX_SYSTEM_DISK_GB = 1024;
const DATA_DISK_GB = { min: 10, max: 32768 };

export const dataDiskCount = defineRule({
  id: 'R05',
  defaultSeverity: 'error',
  title: 'At most 59 data disks per server (some flavors allow only 23)',
  fields: ['data_volumes'],
  apiErrors: ['Ecs.0042'],
  check({ server }) {
    const disks = propertyOfType(server, 'data_volumes', 'array');
    if (!disks) return [];
    const count = disks.value.items.length;
    if (count > MAX_DATA_DISKS) {
      return [
        {
          node: disks.property.keyNode,
          message:
            `data_volumes lists ${count} disks; a server can have at most ${MAX_DATA_DISKS} data disks. ` +
            `Remove ${count - MAX_DATA_DISKS} of them.`,
        },
      ];
    }
    if (count > SMALL_FLAVOR_DATA_DISKS) {
      return [
        {
          node: disks.property.keyNode,
          severity: 'information',
          message:
            `data_volumes lists ${count} disks; some flavors accept only ${SMALL_FLAVOR_DATA_DISKS} data disks. ` +
            `Check that the chosen flavor allows ${count}.`,
        },
      ];
    }
    return [];
  },
});

export const systemDiskSize = defineRule({
  id: 'R12',
  defaultSeverity: 'error',
  title: 'System disk size at most 1024 GB (the image minimum is not checked here: it needs the account)',
  fields: ['root_volume.size'],
  check({ server }) {
    const size = propertyOfType(objectAt(server, 'root_volume'), 'size', 'number');
    if (!size || size.value.value <= MAX_SYSTEM_DISK_GB) return [];
    return [
      {
        node: size.value,
        message:
          `root_volume.size is ${size.value.value} GB; a system disk can have at most ${MAX_SYSTEM_DISK_GB} GB. ` +
          `Use 0 or leave size out to get the image's minimum size.`,
      },
    ];
  },
});

export const dataDiskSize = defineRule({
  id: 'R13',
  defaultSeverity: 'error',
  title: 'Data disk size 10–32768 GB (the data image minimum is not checked here: it needs the account)',
  fields: ['data_volumes[].size'],
  check: checkEachDisk(dataDisks, (disk) => {
    const size = propertyOfType(disk.node, 'size', 'number');
    if (!size) return undefined;
    const gb = size.value.value;
    if (gb >= DATA_DISK_GB.min && gb <= DATA_DISK_GB.max) return undefined;
    const nearest = gb < DATA_DISK_GB.min ? DATA_DISK_GB.min : DATA_DISK_GB.max;
    return {
      node: size.value,
      message: `${disk.label}.size is ${gb} GB; a data disk must have ${DATA_DISK_GB.min} to ${DATA_DISK_GB.max} GB.`,
      fixes: [replaceValue(size.value, [nearest])],
    };
  }),
});

export const clusterTypeNeedsClusterId = defineRule({
  id: 'R17',
  defaultSeverity: 'error',
  title: 'A disk with cluster_type (dedicated storage) needs a non-empty cluster_id',
  fields: diskFields('cluster_type', 'cluster_id'),
  apiErrors: ['Ecs.0911'],
  check: checkEachDisk(allDisks, (disk) => {
    const clusterType = presentProperty(disk.node, 'cluster_type');
    if (!clusterType || hasNonEmptyString(disk.node, 'cluster_id')) return undefined;
    const fixes: FixData[] = [];
    if (!getProperty(disk.node, 'cluster_id')) fixes.push(addProperties(disk.node, ['cluster_id']));
    fixes.push(removeProperty(clusterType));
    return {
      node: clusterType.keyNode,
      message:
        `${disk.label}.cluster_type needs ${disk.label}.cluster_id with the ID of the dedicated storage pool. ` +
        `Add cluster_id, or remove cluster_type.`,
      fixes,
    };
  }),
});

export const shareableVersusMultiattach = defineRule({
  id: 'R18',
  defaultSeverity: 'error',
  title: 'shareable (deprecated) next to multiattach: contradicting values fail, equal ones are redundant',
  fields: ['data_volumes[].shareable', 'data_volumes[].multiattach'],
  check: checkEachDisk(dataDisks, (disk) => {
    // shareable alone only gets the deprecation warning (validation/deprecations.ts), which
    // leaves the pair to this rule: one diagnostic per problem.
    const shareable = presentProperty(disk.node, 'shareable');
    if (!shareable || !presentProperty(disk.node, 'multiattach')) return undefined;
    const shared = flagValue(disk.node, 'shareable');
    const multiattach = flagValue(disk.node, 'multiattach');
    if (shared !== undefined && multiattach !== undefined && shared !== multiattach) {
      return removableFinding(
        shareable,
        `${disk.label}.shareable (${shared}) contradicts multiattach (${multiattach}). shareable is ` +
          `deprecated: remove it and keep multiattach.`,
      );
    }
    return removableFinding(
      shareable,
      `${disk.label}.shareable is deprecated and multiattach already says whether the disk can be shared. ` +
        `Remove shareable.`,
      'warning',
    );
  }),
});

export const dataImageWithoutMetadata = defineRule({
  id: 'R19',
  defaultSeverity: 'error',
  title: 'A data disk created from a data image (data_image_id) cannot take encryption metadata',
  fields: ['data_volumes[].data_image_id', 'data_volumes[].metadata'],
  check: checkEachDisk(dataDisks, (disk) => {
    const metadata = presentProperty(disk.node, 'metadata');
    if (!metadata || !hasNonEmptyString(disk.node, 'data_image_id')) return undefined;
    return removableFinding(
      metadata,
      `${disk.label}.metadata is not allowed together with data_image_id: the disk takes its encryption from ` +
        `the image. Remove metadata.`,
    );
  }),
});

export const deleteOnTerminationNeedsPayPerUse = defineRule({
  id: 'R22',
  defaultSeverity: 'error',
  title: 'Data disk delete_on_termination only applies to pay-per-use and spot servers',
  fields: ['data_volumes[].delete_on_termination', 'extendparam.chargingMode'],
  check: checkEachDisk(dataDisks, (disk, context) => {
    if (!isPrePaid(context)) return undefined;
    const property = getProperty(disk.node, 'delete_on_termination');
    const value = flagValue(disk.node, 'delete_on_termination');
    if (!property || value === undefined) return undefined;
    return removableFinding(
      property,
      `${disk.label}.delete_on_termination only applies to pay-per-use and spot servers, but this server is ` +
        `billed yearly/monthly (chargingMode prePaid). Remove it.`,
      // `false` is the default anyway: harmless, just pointless.
      value ? 'error' : 'warning',
    );
  }),
});

const ENCRYPTED = '__system__encrypted';
const CMK_ID = '__system__cmkid';

export const cmkIdNeedsEncryption = defineRule({
  id: 'R42',
  defaultSeverity: 'error',
  title: 'Disk metadata __system__cmkid only together with __system__encrypted set to "1"',
  fields: diskFields(`metadata.${CMK_ID}`, `metadata.${ENCRYPTED}`),
  apiErrors: ['Ecs.0912'],
  check: checkEachDisk(allDisks, (disk) => {
    const metadata = objectAt(disk.node, 'metadata');
    const cmkId = presentProperty(metadata, CMK_ID);
    if (!metadata || !cmkId) return undefined;
    const flag = getProperty(metadata, ENCRYPTED)?.valueNode;
    // A YAML `1` instead of "1" is a typing slip the schema reports; the intent is clear.
    const isOn = (flag?.type === 'string' || flag?.type === 'number') && String(flag.value) === '1';
    if (isOn) return undefined;
    return {
      node: cmkId.keyNode,
      message:
        `${disk.label}.metadata.${CMK_ID} only works when ${ENCRYPTED} is "1". Set ${ENCRYPTED} to "1", or ` +
        `remove ${CMK_ID}.`,
      fixes: [setValueFix(metadata, ENCRYPTED, '1'), removeProperty(cmkId)],
    };
  }),
});

const PASSTHROUGH = 'hw:passthrough';

/**
 * The file part of R37: the API page types hw:passthrough as a boolean and says any other value
 * gives a VBD disk, so a non-boolean is accepted but probably not meant: a warning. Whether the
 * flavor supports SCSI needs the account.
 */
export const passthroughIsBoolean = defineRule({
  id: 'R37',
  defaultSeverity: 'warning',
  title:
    'hw:passthrough must be the boolean true (SCSI) or false (VBD); any other value gives a VBD disk ' +
    '(whether the flavor supports SCSI needs the account)',
  fields: diskFields(PASSTHROUGH),
  check: checkEachDisk(allDisks, (disk) => {
    const value = nonBooleanValue(disk.node, PASSTHROUGH);
    if (!value) return undefined;
    return {
      node: value.node,
      message:
        `${disk.label}.${PASSTHROUGH} is ${value.described}, not the boolean true or false. ` +
        'The service treats any other value as not set and creates a VBD disk. ' +
        'Write true (without quotes) for a SCSI disk, or false for a VBD disk.',
      fixes: [replaceValue(value.node, value.candidates)],
    };
  }),
});
