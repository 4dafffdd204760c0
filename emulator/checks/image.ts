/** The image must exist, be active, and not be Windows (refused by this API). */
import { badRequest } from '../errors';
import { findImage } from '../world';
import { stringField, type CreateCheck } from './input';

export const checkImage: CreateCheck = ({ server, context }) => {
  const imageRef = stringField(server, 'imageRef') ?? '';
  const image = findImage(context.world, imageRef);
  if (!image) {
    throw badRequest(
      'Ecs.0031',
      `Image ${imageRef} does not exist in ${context.world.region}; pick an image ID from GET /v2/cloudimages.`,
    );
  }
  if (image.status !== 'active') {
    throw badRequest('Ecs.0032', `Image ${imageRef} is "${image.status}", not "active"; use an active image.`);
  }
  if (image.osType === 'Windows') {
    throw badRequest(
      'Ecs.0074',
      `Image ${imageRef} is a Windows image; this API no longer creates Windows servers. Choose a Linux image.`,
    );
  }
};
