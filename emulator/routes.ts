/** Every route the emulator serves, one list per API family. */
import { bssRoutes } from './api/bss';
import { controlRoutes } from './api/control';
import { ecsCatalogRoutes } from './api/ecsCatalog';
import { epsRoutes } from './api/eps';
import { iamRoutes } from './api/iam';
import { imageRoutes } from './api/images';
import { jobRoutes } from './api/jobs';
import { serverRoutes } from './api/servers';
import { volumeAndKeyRoutes } from './api/volumes';
import { vpcRoutes } from './api/vpc';
import { Router } from './http/router';

export function createRouter(): Router {
  return new Router([
    ...controlRoutes,
    ...iamRoutes,
    ...serverRoutes,
    ...jobRoutes,
    ...ecsCatalogRoutes,
    ...vpcRoutes,
    ...imageRoutes,
    ...volumeAndKeyRoutes,
    ...bssRoutes,
    ...epsRoutes,
  ]);
}
