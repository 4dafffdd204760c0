/**
 * VPC, NICs and security groups: subnets exist and belong to `vpcid` (primary NIC: Ecs.0064),
 * fixed IPs lie inside the subnet and are free, the NIC count fits the flavor.
 */
import { badRequest, invalidParameter } from '../errors';
import { usedAddresses } from '../state/usage';
import { findSubnet, findVpc } from '../world';
import { requireFlavor } from './flavor';
import { cidrContains, isReservedInCidr, parseIpv4 } from './ipv4';
import { objectItems, serverCount, stringField, type CreateCheck } from './input';

export const checkNetwork: CreateCheck = (input) => {
  const { server, context } = input;
  const vpcId = stringField(server, 'vpcid') ?? '';
  if (!findVpc(context.world, vpcId)) throw badRequest('Ecs.0014', `VPC ${vpcId} (vpcid) does not exist; pick one from GET /v1/{project_id}/vpcs.`);

  const nics = objectItems(server, 'nics');
  const flavor = requireFlavor(input);
  if (nics.length > flavor.maxNics) {
    throw badRequest('Ecs.0050', `${nics.length} NICs were requested; flavor ${flavor.id} supports at most ${flavor.maxNics}.`);
  }
  const seenIps = new Set<string>();
  nics.forEach((nic, index) => {
    const subnetId = stringField(nic, 'subnet_id') ?? '';
    const subnet = findSubnet(context.world, subnetId);
    if (!subnet) throw badRequest('Ecs.0038', `nics[${index}].subnet_id ${subnetId} does not exist; pick one from GET /v1/{project_id}/subnets?vpc_id=${vpcId}.`);
    if (subnet.vpcId !== vpcId) {
      const code = index === 0 ? 'Ecs.0064' : 'Ecs.0014';
      throw badRequest(code, `nics[${index}].subnet_id ${subnetId} belongs to VPC ${subnet.vpcId}, not to vpcid ${vpcId}; all NICs must use subnets of vpcid.`);
    }
    const ip = stringField(nic, 'ip_address');
    if (ip === undefined || ip === '') return;
    if (parseIpv4(ip) === undefined) throw invalidParameter(`nics[${index}].ip_address "${ip}" is not an IPv4 address.`);
    if (!cidrContains(subnet.cidr, ip) || isReservedInCidr(subnet.cidr, ip)) {
      const message = `nics[${index}].ip_address ${ip} is not a usable address of subnet ${subnetId} (${subnet.cidr}).`;
      throw invalidParameter('Invalid NIC parameters; see details.', [{ code: 'Ecs.0039', message }]);
    }
    if (serverCount(server) > 1) throw invalidParameter(`nics[${index}].ip_address can only be set when count is 1 (each server needs its own address).`);
    if (usedAddresses(context, subnetId).has(ip) || seenIps.has(ip)) {
      throw badRequest('Ecs.0010', `nics[${index}].ip_address ${ip} is already in use in subnet ${subnetId}; choose another address or leave it empty.`);
    }
    seenIps.add(ip);
  });

  for (const [index, group] of objectItems(server, 'security_groups').entries()) {
    const id = stringField(group, 'id');
    if (id !== undefined && !context.world.securityGroups.some((g) => g.id === id)) {
      throw badRequest('Ecs.0014', `security_groups[${index}].id ${id} does not exist; pick one from GET /v3/{project_id}/vpc/security-groups.`);
    }
  }
};
