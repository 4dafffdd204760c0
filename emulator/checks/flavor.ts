/**
 * Flavor (creation only): exists, on sale in the AZ, sold with the requested billing mode, and
 * has the extra specs `cpu_options` needs (R36).
 */
import { badRequest, invalidParameter } from '../errors';
import { findFlavor, flavorStatusIn, type World, type WorldFlavor } from '../world';
import { billingOf } from './billing';
import { objectField, stringField, type CreateCheck, type CreateCheckInput } from './input';

const NOT_FOR_SALE: Record<string, string> = { sellout: 'Ecs.0018', abandon: 'Ecs.0019' };

function onSale(flavor: WorldFlavor, az: string): boolean {
  return !(flavorStatusIn(flavor, az) in NOT_FOR_SALE);
}

/** The AZ the servers land in: the requested one, or the first where the flavor is on sale. */
export function resolveAvailabilityZone(world: World, flavor: WorldFlavor, requested: string | undefined): string {
  if (requested) return requested;
  return world.availabilityZones.find((az) => onSale(flavor, az)) ?? world.availabilityZones[0];
}

export function requireFlavor({ server, context }: Pick<CreateCheckInput, 'server' | 'context'>): WorldFlavor {
  const flavorRef = stringField(server, 'flavorRef') ?? '';
  const flavor = findFlavor(context.world, flavorRef);
  if (!flavor) {
    throw badRequest(
      'Ecs.0029',
      `Flavor ${flavorRef} does not exist; pick one from GET /v1/{project_id}/cloudservers/flavors.`,
    );
  }
  return flavor;
}

export const checkFlavor: CreateCheck = (input) => {
  const { server, context } = input;
  const flavor = requireFlavor(input);
  const requestedAz = stringField(server, 'availability_zone');
  if (requestedAz && !context.world.availabilityZones.includes(requestedAz)) {
    throw invalidParameter(
      `availability_zone ${requestedAz} does not exist in ${context.world.region}; use one ` +
        `of ${context.world.availabilityZones.join(', ')}.`,
    );
  }
  const az = resolveAvailabilityZone(context.world, flavor, requestedAz);
  const status = flavorStatusIn(flavor, az);
  if (status in NOT_FOR_SALE) {
    const elsewhere = context.world.availabilityZones.filter((other) => onSale(flavor, other));
    throw badRequest(
      NOT_FOR_SALE[status],
      `Flavor ${flavor.id} is ${status === 'sellout' ? 'sold out' : 'withdrawn'} in ${az}.` +
        (elsewhere.length > 0 ? ` It is on sale in ${elsewhere.join(', ')}.` : ''),
    );
  }
  const billing = billingOf(input);
  if (!flavor.billing[billing.mode]) {
    throw badRequest(
      'Ecs.0008',
      `Flavor ${flavor.id} cannot be bought ${billing.mode === 'prePaid' ? 'yearly/monthly' : 'pay-per-use'}; ` +
        `change the billing mode or the flavor.`,
    );
  }
  checkCpuOptions(server, flavor);
};

/** R36: one thread per core needs a dedicated-CPU flavor with two threads per core. */
function checkCpuOptions(server: Record<string, unknown>, flavor: WorldFlavor): void {
  const threads = objectField(server, 'cpu_options')?.['hw:cpu_threads'];
  if (threads === 1 && !(flavor.cpuPolicy === 'dedicated' && flavor.cpuThreads === 2)) {
    throw invalidParameter(
      `cpu_options["hw:cpu_threads"] 1 (hyper-threading off) needs a flavor with dedicated vCPUs and two threads per ` +
        `core (extra specs hw:cpu_policy=dedicated, hw:cpu_threads=2); flavor ${flavor.id} is not one. ` +
        'Remove cpu_options or choose such a flavor.',
    );
  }
  if (typeof threads === 'number' && flavor.cpuThreads !== undefined && threads > flavor.cpuThreads) {
    throw invalidParameter(
      `cpu_options["hw:cpu_threads"] is ${threads}; flavor ${flavor.id} has ${flavor.cpuThreads} thread(s) per core.`,
    );
  }
}
