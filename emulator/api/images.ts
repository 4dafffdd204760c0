/** IMS: public images with the filters completion uses (`__os_type`, `status`, `name`, `id`, …). */
import type { RouteDefinition } from '../http/router';
import { ok } from '../http/exchange';
import type { WorldImage } from '../world';
import { pageByMarker, requireListPermission } from './common';

function imageJson(image: WorldImage): Record<string, unknown> {
  return {
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.imageType === 'private' ? 'private' : image.imageType === 'shared' ? 'shared' : 'public',
    __imagetype: image.imageType ?? 'gold',
    architecture: image.architecture ?? 'x86',
    __support_arm: image.architecture === 'arm' ? 'true' : 'false',
    __os_type: image.osType,
    __platform: image.platform,
    __os_version: image.osVersion,
    __os_bit: '64',
    __support_kvm: 'true',
    __support_agent_list: 'hss,ces',
    min_disk: image.minDiskGb,
    min_ram: image.minRamMb,
    virtual_env_type: 'FusionCompute',
    disk_format: 'zvhd2',
    size: 0,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
}

/** Query filters that compare one image attribute for equality. */
const EQUALITY_FILTERS: Array<[string, (image: Record<string, unknown>) => unknown]> = [
  ['id', (i) => i.id],
  ['name', (i) => i.name],
  ['status', (i) => i.status],
  ['visibility', (i) => i.visibility],
  ['__imagetype', (i) => i.__imagetype],
  ['__os_type', (i) => i.__os_type],
  ['__platform', (i) => i.__platform],
  ['architecture', (i) => i.architecture],
  ['virtual_env_type', (i) => i.virtual_env_type],
];

export const imageRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v2/cloudimages',
    handler: (request, context) => {
      requireListPermission(context, 'ims:images:list');
      let images = context.world.images.map(imageJson);
      for (const [name, read] of EQUALITY_FILTERS) {
        const wanted = request.query.get(name);
        if (wanted !== null && wanted !== '') images = images.filter((image) => String(read(image)) === wanted);
      }
      return ok({ images: pageByMarker(request, images, (i) => String(i.id)) });
    },
  },
];
