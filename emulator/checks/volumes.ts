/** System and data disks: known disk types, sizes, and how many data disks the flavor takes. */
import { badRequest, invalidParameter } from '../errors';
import { findImage } from '../world';
import { requireFlavor } from './flavor';
import { objectField, objectItems, stringField, type CreateCheck } from './input';

export const checkVolumes: CreateCheck = (input) => {
  const { server, context } = input;
  const knownTypes = context.world.volumeTypes;
  const root = objectField(server, 'root_volume') ?? {};
  const disks = objectItems(server, 'data_volumes');
  const typed: Array<[string, Record<string, unknown>]> = [['root_volume', root], ...disks.map((d, i) => [`data_volumes[${i}]`, d] as [string, Record<string, unknown>])];
  for (const [where, disk] of typed) {
    const type = stringField(disk, 'volumetype') ?? '';
    if (!knownTypes.includes(type)) {
      throw badRequest('Ecs.0043', `${where}.volumetype "${type}" does not exist; use one of ${knownTypes.join(', ')}.`);
    }
  }

  const flavor = requireFlavor(input);
  if (disks.length > flavor.maxDataDisks) {
    throw badRequest('Ecs.0042', `${disks.length} data disks were requested; flavor ${flavor.id} supports at most ${flavor.maxDataDisks}.`);
  }

  const rootSize = root.size;
  const image = findImage(context.world, stringField(server, 'imageRef') ?? '');
  if (rootSize !== undefined && rootSize !== 0) {
    if (!Number.isInteger(rootSize) || (rootSize as number) < 1 || (rootSize as number) > 1024) {
      throw invalidParameter('root_volume.size must be a whole number of GB from 1 to 1024 (or 0 / absent for the image minimum).');
    }
    if (image && (rootSize as number) < image.minDiskGb) {
      throw invalidParameter(`root_volume.size is ${rootSize} GB but image ${image.id} needs at least ${image.minDiskGb} GB.`);
    }
  }
  disks.forEach((disk, i) => {
    const size = disk.size as number;
    if (size < 10 || size > 32768) throw invalidParameter(`data_volumes[${i}].size must be from 10 to 32768 GB.`);
  });
};
