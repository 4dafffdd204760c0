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
  // Servers the account has outside this emulator count too (a world may start near its limits).
  const usage: Usage = { ...context.world.preexistingUsage };
  for (const server of context.store.servers.values()) {
    if (!holdsResources(server, context.store.jobs.get(server.jobId), now)) continue;
    const flavor = findFlavor(context.world, server.flavorId);
    usage.instances += 1;
    usage.cores += flavor?.vcpus ?? 0;
    usage.ramMb += flavor?.ramMb ?? 0;
  }
  return usage;
}

/** Private IPs taken in a subnet: the gateway, the world's ports, and servers that hold resources. */
export function usedAddresses(context: EmulatorContext, subnetId: string): Set<string> {
  const now = context.now().getTime();
  const used = new Set<string>();
  const subnet = findSubnet(context.world, subnetId);
  if (subnet) used.add(subnet.gatewayIp);
  for (const port of context.world.ports) if (port.subnetId === subnetId) used.add(port.ipAddress);
  for (const server of context.store.servers.values()) {
    if (!holdsResources(server, context.store.jobs.get(server.jobId), now)) continue;
    for (const nic of server.nics) if (nic.subnetId === subnetId) used.add(nic.ipAddress);
  }
  return used;
}

/** Ports (nics[].port_id) attached to servers that hold resources. */
export function attachedPorts(context: EmulatorContext): Set<string> {
  const now = context.now().getTime();
  const attached = new Set<string>();
  for (const server of context.store.servers.values()) {
    if (!holdsResources(server, context.store.jobs.get(server.jobId), now)) continue;
    for (const nic of server.nics) if (nic.portId) attached.add(nic.portId);
  }
  return attached;
}
