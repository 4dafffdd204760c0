/** Instance, vCPU and RAM quotas, counting servers that exist or are being built. */
import { badRequest } from '../errors';
import { currentUsage } from '../state/usage';
import { requireFlavor } from './flavor';
import { serverCount, type CreateCheck } from './input';

export const checkQuota: CreateCheck = (input) => {
  const { server, context } = input;
  const flavor = requireFlavor(input);
  const count = serverCount(server);
  const usage = currentUsage(context);
  const quotas = context.world.quotas;
  const needs: Array<[string, number, number, string]> = [
    ['instances', usage.instances + count, quotas.instances, `${count} more server(s)`],
    ['vCPUs', usage.cores + count * flavor.vcpus, quotas.cores, `${count * flavor.vcpus} more vCPU(s)`],
    ['RAM (MiB)', usage.ramMb + count * flavor.ramMb, quotas.ramGb * 1024, `${count * flavor.ramMb} MiB more RAM`],
  ];
  for (const [what, wanted, limit, adding] of needs) {
    if (wanted > limit) {
      throw badRequest(
        'Ecs.0001',
        `Not enough ECS quota for ${what}: adding ${adding} would use ${wanted} of ${limit}. Lower count, ` +
          `pick a smaller flavor, or raise the quota.`,
      );
    }
  }
};
