/**
 * VPC, NICs and security groups.
 * Format (dry run too): a fixed IP is IPv4 and only with count 1, allowed address pairs are not
 * `0.0.0.0/0` (R08). Blank `ip_address` values mean "assign one automatically".
 * Account (creation only): subnets and ports exist and belong to `vpcid` (primary NIC: Ecs.0064),
 * a port is free (Ecs.0919), fixed IPs lie inside the subnet and are unused, the NIC count fits
 * the flavor, security groups exist.
 */
import type { EmulatorContext } from '../context';
import { badRequest, invalidParameter } from '../errors';
import { attachedPorts, usedAddresses } from '../state/usage';
import { findPort, findSubnet, findVpc, type WorldSubnet } from '../world';
import { requireFlavor } from './flavor';
import { cidrContains, isReservedInCidr, parseIpv4 } from './ipv4';
import { objectItems, serverCount, stringField, type CreateCheck } from './input';

/**
 * A NIC attaches an existing port when `port_id` is non-empty; subnet_id, ip_address and the
 * security groups are then ignored (R43).
 */
export function nicPortId(nic: Record<string, unknown>): string | undefined {
  return stringField(nic, 'port_id') || undefined;
}

export const checkNicFormat: CreateCheck = ({ server }) => {
  objectItems(server, 'nics').forEach((nic, index) => {
    if (nicPortId(nic)) return;
    const ip = stringField(nic, 'ip_address');
    if (!ip) return;
    if (parseIpv4(ip) === undefined) {
      throw invalidParameter(`nics[${index}].ip_address "${ip}" is not an IPv4 address.`);
    }
    if (serverCount(server) > 1) {
      throw invalidParameter(
        `nics[${index}].ip_address can only be set when count is 1 (each server needs its own address).`,
      );
    }
  });
  objectItems(server, 'nics').forEach((nic, index) => {
    objectItems(nic, 'allowed_address_pairs').forEach((pair, pairIndex) => {
      if (stringField(pair, 'ip_address') === '0.0.0.0/0') {
        throw invalidParameter(
          `nics[${index}].allowed_address_pairs[${pairIndex}].ip_address must not be 0.0.0.0/0; ` +
            'use 1.1.1.1/0 to turn off the source/destination check.',
        );
      }
    });
  });
};

function checkPortNic(context: EmulatorContext, index: number, portId: string, vpcId: string, count: number): void {
  const port = findPort(context.world, portId);
  if (!port) {
    throw badRequest(
      'Ecs.0014',
      `nics[${index}].port_id ${portId} does not exist; use a NIC (port) of VPC ${vpcId} or give a subnet_id.`,
    );
  }
  const subnet = findSubnet(context.world, port.subnetId) as WorldSubnet;
  if (subnet.vpcId !== vpcId) {
    throw badRequest(
      index === 0 ? 'Ecs.0064' : 'Ecs.0014',
      `nics[${index}].port_id ${portId} belongs to VPC ${subnet.vpcId}, not to vpcid ${vpcId}; ` +
        'all NICs must be in vpcid.',
    );
  }
  if (port.status !== 'DOWN' || attachedPorts(context).has(portId)) {
    throw badRequest(
      'Ecs.0919',
      `nics[${index}].port_id ${portId} is already attached to a server; use a free (DOWN) port.`,
    );
  }
  if (count > 1) {
    throw badRequest(
      'Ecs.0919',
      `nics[${index}].port_id can only be used when count is 1: one port attaches to one server.`,
    );
  }
}

export const checkNetwork: CreateCheck = (input) => {
  const { server, context } = input;
  const vpcId = stringField(server, 'vpcid') ?? '';
  if (!findVpc(context.world, vpcId)) {
    throw badRequest('Ecs.0014', `VPC ${vpcId} (vpcid) does not exist; pick one from GET /v1/{project_id}/vpcs.`);
  }

  const nics = objectItems(server, 'nics');
  const flavor = requireFlavor(input);
  if (nics.length > flavor.maxNics) {
    throw badRequest(
      'Ecs.0050',
      `${nics.length} NICs were requested; flavor ${flavor.id} supports at most ${flavor.maxNics}.`,
    );
  }
  const seenIps = new Set<string>();
  const seenPorts = new Set<string>();
  nics.forEach((nic, index) => {
    const portId = nicPortId(nic);
    if (portId) {
      if (seenPorts.has(portId)) {
        throw badRequest('Ecs.0919', `nics[${index}].port_id ${portId} is used by two NICs of the request.`);
      }
      seenPorts.add(portId);
      checkPortNic(context, index, portId, vpcId, serverCount(server));
      return;
    }
    const subnetId = stringField(nic, 'subnet_id') ?? '';
    const subnet = findSubnet(context.world, subnetId);
    if (!subnet) {
      throw badRequest(
        'Ecs.0038',
        `nics[${index}].subnet_id ${subnetId} does not exist; ` +
          `pick one from GET /v1/{project_id}/subnets?vpc_id=${vpcId}.`,
      );
    }
    if (subnet.vpcId !== vpcId) {
      const code = index === 0 ? 'Ecs.0064' : 'Ecs.0014';
      throw badRequest(
        code,
        `nics[${index}].subnet_id ${subnetId} belongs to VPC ${subnet.vpcId}, not to vpcid ${vpcId}; ` +
          'all NICs must use subnets of vpcid.',
      );
    }
    const ip = stringField(nic, 'ip_address');
    if (!ip) return;
    if (!cidrContains(subnet.cidr, ip) || isReservedInCidr(subnet.cidr, ip)) {
      const message = `nics[${index}].ip_address ${ip} is not a usable address of subnet ${subnetId} (${subnet.cidr}).`;
      throw invalidParameter('Invalid NIC parameters; see details.', [{ code: 'Ecs.0039', message }]);
    }
    if (usedAddresses(context, subnetId).has(ip) || seenIps.has(ip)) {
      throw badRequest(
        'Ecs.0010',
        `nics[${index}].ip_address ${ip} is already in use in subnet ${subnetId}; ` +
          'choose another address or leave it empty.',
      );
    }
    seenIps.add(ip);
  });

  for (const [index, group] of objectItems(server, 'security_groups').entries()) {
    const id = stringField(group, 'id');
    if (id && !context.world.securityGroups.some((g) => g.id === id)) {
      throw badRequest(
        'Ecs.0014',
        `security_groups[${index}].id ${id} does not exist; pick one from GET /v3/{project_id}/vpc/security-groups.`,
      );
    }
  }
};
