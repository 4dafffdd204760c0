/**
 * System and data disks.
 * Format (dry run too): sizes in range; `cluster_type` only with a `cluster_id` (R17);
 * `iops`/`throughput` (GPSSD2/ESSD2 performance) only for pay-per-use servers (R16).
 * Account (creation only): the disk type exists in the region, the flavor takes that many data
 * disks, the system disk is at least the image minimum, SCSI disks (`hw:passthrough: true`) only
 * where the flavor supports them (R37).
 */
import { badRequest, invalidParameter } from '../errors';
import { findImage, type WorldFlavor } from '../world';
import { billingOf } from './billing';
import { requireFlavor } from './flavor';
import { objectField, objectItems, stringField, type CreateCheck } from './input';

type Disk = [where: string, disk: Record<string, unknown>];

function disksOf(server: Record<string, unknown>): Disk[] {
  const root: Disk = ['root_volume', objectField(server, 'root_volume') ?? {}];
  return [root, ...objectItems(server, 'data_volumes').map((d, i): Disk => [`data_volumes[${i}]`, d])];
}

export const checkDiskFormat: CreateCheck = (input) => {
  const { server } = input;
  const rootSize = (objectField(server, 'root_volume') ?? {}).size;
  if (rootSize !== undefined && rootSize !== 0) {
    if (!Number.isInteger(rootSize) || (rootSize as number) < 1 || (rootSize as number) > 1024) {
      throw invalidParameter(
        'root_volume.size must be a whole number of GB from 1 to 1024 (or 0 / absent for the image minimum).',
      );
    }
  }
  objectItems(server, 'data_volumes').forEach((disk, i) => {
    const size = disk.size as number;
    if (size < 10 || size > 32768) throw invalidParameter(`data_volumes[${i}].size must be from 10 to 32768 GB.`);
  });
  for (const [where, disk] of disksOf(server)) {
    if (disk.cluster_type !== undefined && !stringField(disk, 'cluster_id')) {
      throw badRequest(
        'Ecs.0911',
        `${where}.cluster_type puts the disk in a dedicated storage pool, which cluster_id must name; ` +
          'add cluster_id or remove cluster_type.',
      );
    }
  }
  if (billingOf(input).mode === 'prePaid') {
    for (const [where, disk] of disksOf(server)) {
      const field = disk.iops !== undefined ? 'iops' : disk.throughput !== undefined ? 'throughput' : undefined;
      if (field) {
        throw invalidParameter(
          `${where}.${field}: provisioned IOPS and throughput (GPSSD2/ESSD2 disks) are only for pay-per-use servers; ` +
            'use chargingMode "postPaid" or another disk type.',
        );
      }
    }
  }
};

function checkScsi(flavor: WorldFlavor, [where, disk]: Disk): void {
  if (disk['hw:passthrough'] !== true) return;
  if (!flavor.scsi) {
    throw badRequest(
      'Ecs.0037',
      `${where}["hw:passthrough"] asks for a SCSI disk; flavor ${flavor.id} does not support SCSI disks.`,
    );
  }
  if (where === 'root_volume' && !flavor.qingTian) {
    throw badRequest(
      'Ecs.0037',
      `root_volume["hw:passthrough"] asks for a SCSI system disk; flavor ${flavor.id} is not a QingTian flavor and ` +
        'only takes a VBD system disk. Remove hw:passthrough from root_volume.',
    );
  }
}

export const checkVolumes: CreateCheck = (input) => {
  const { server, context } = input;
  const knownTypes = context.world.volumeTypes;
  const disks = disksOf(server);
  for (const [where, disk] of disks) {
    const type = stringField(disk, 'volumetype') ?? '';
    if (!knownTypes.includes(type)) {
      throw badRequest(
        'Ecs.0043',
        `${where}.volumetype "${type}" does not exist; use one of ${knownTypes.join(', ')}.`,
      );
    }
  }

  const flavor = requireFlavor(input);
  const dataDisks = disks.length - 1;
  if (dataDisks > flavor.maxDataDisks) {
    throw badRequest(
      'Ecs.0042',
      `${dataDisks} data disks were requested; flavor ${flavor.id} supports at most ${flavor.maxDataDisks}.`,
    );
  }
  for (const disk of disks) checkScsi(flavor, disk);

  const rootSize = disks[0][1].size;
  const image = findImage(context.world, stringField(server, 'imageRef') ?? '');
  if (image && typeof rootSize === 'number' && rootSize !== 0 && rootSize < image.minDiskGb) {
    throw invalidParameter(
      `root_volume.size is ${rootSize} GB but image ${image.id} needs at least ${image.minDiskGb} GB.`,
    );
  }
};
