/** What the account currently uses: counted from servers that exist or are being built. */
import type { EmulatorContext } from '../context';
import { findFlavor, findSubnet } from '../world';
import { holdsResources } from './jobLifecycle';

export interface Usage {
  instances: number;
  cores: number;
  ramMb: number;
}

export function currentUsage(context: EmulatorContext): Usage {
  const now = context.now().getTime();
  const usage: Usage = { instances: 0, cores: 0, ramMb: 0 };
  for (const server of context.store.servers.values()) {
    if (!holdsResources(server, context.store.jobs.get(server.jobId), now)) continue;
    const flavor = findFlavor(context.world, server.flavorId);
    usage.instances += 1;
    usage.cores += flavor?.vcpus ?? 0;
    usage.ramMb += flavor?.ramMb ?? 0;
  }
  return usage;
}

/** Private IPs taken in a subnet (by servers that hold resources). */
export function usedAddresses(context: EmulatorContext, subnetId: string): Set<string> {
  const now = context.now().getTime();
  const used = new Set<string>();
  const subnet = findSubnet(context.world, subnetId);
  if (subnet) used.add(subnet.gatewayIp);
  for (const server of context.store.servers.values()) {
    if (!holdsResources(server, context.store.jobs.get(server.jobId), now)) continue;
    for (const nic of server.nics) if (nic.subnetId === subnetId) used.add(nic.ipAddress);
  }
  return used;
}
