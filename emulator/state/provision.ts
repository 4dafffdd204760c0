/**
 * Commits an accepted create request: one job with a sub-job per server, the server records
 * (with private IPs allocated), and for yearly/monthly billing an order. Only non-secret fields
 * are kept; adminPass and user_data are never stored.
 */
import { badRequest } from '../errors';
import { hex32, orderId as newOrderId, uuid } from '../ids';
import { billingOf, requireFlavor, resolveAvailabilityZone, type CreateCheckInput } from '../checks';
import { nextFreeAddress } from '../checks/ipv4';
import { objectField, objectItems, serverCount, stringField } from '../checks/input';
import { nicPortId } from '../checks/network';
import { findPort, findSubnet } from '../world';
import { subJobDurations } from './jobLifecycle';
import type { JobRecord, ServerNic, ServerRecord } from './records';
import { usedAddresses } from './usage';

export interface ProvisionResult {
  jobId: string;
  orderId?: string;
  serverIds: string[];
}

/** `web` ×3 → web-0001…web-0003; a name already ending in `-NNNN` continues from that number. */
export function batchNames(name: string, count: number, keepSameName: boolean): string[] {
  if (count === 1 || keepSameName) return Array.from({ length: count }, () => name);
  const m = /^(.*)-(\d{4})$/.exec(name);
  const base = m ? m[1] : name;
  const first = m ? Number(m[2]) : 1;
  return Array.from({ length: count }, (_, i) => `${base}-${String(first + i).padStart(4, '0')}`);
}

function allocateNics(input: CreateCheckInput, taken: Map<string, Set<string>>): ServerNic[] {
  return objectItems(input.server, 'nics').map((nic) => {
    const port = findPort(input.context.world, nicPortId(nic) ?? '');
    if (port) return { subnetId: port.subnetId, ipAddress: port.ipAddress, portId: port.id };
    const subnetId = stringField(nic, 'subnet_id') ?? '';
    if (!taken.has(subnetId)) taken.set(subnetId, usedAddresses(input.context, subnetId));
    const used = taken.get(subnetId) as Set<string>;
    const fixed = stringField(nic, 'ip_address');
    const subnet = findSubnet(input.context.world, subnetId);
    const address = fixed || (subnet ? nextFreeAddress(subnet.cidr, used) : undefined);
    if (!address) throw badRequest('Ecs.0012', `Subnet ${subnetId} has no free IP addresses left.`);
    used.add(address);
    return { subnetId, ipAddress: address };
  });
}

export function provisionServers(input: CreateCheckInput): ProvisionResult {
  const { server, context } = input;
  const now = context.now().getTime();
  const flavor = requireFlavor(input);
  const billing = billingOf(input);
  const count = serverCount(server);
  const names = batchNames(stringField(server, 'name') ?? '', count, server.isAutoRename === true);
  const az = resolveAvailabilityZone(context.world, flavor, stringField(server, 'availability_zone'));
  const securityGroupIds = objectItems(server, 'security_groups')
    .map((g) => stringField(g, 'id'))
    .filter((id): id is string => !!id);
  const defaultGroup = context.world.securityGroups.find((g) => g.name === 'default');

  const jobId = hex32();
  const taken = new Map<string, Set<string>>();
  const servers: ServerRecord[] = names.map((name) => ({
    id: uuid(),
    name,
    jobId,
    projectId: context.world.project.id,
    flavorId: flavor.id,
    imageId: stringField(server, 'imageRef') ?? '',
    availabilityZone: az,
    vpcId: stringField(server, 'vpcid') ?? '',
    nics: allocateNics(input, taken),
    securityGroupIds: securityGroupIds.length > 0 ? securityGroupIds : defaultGroup ? [defaultGroup.id] : [],
    keyName: stringField(server, 'key_name') || undefined,
    serverGroupId: stringField(objectField(server, 'os:scheduler_hints') ?? {}, 'group') || undefined,
    description: stringField(server, 'description') ?? '',
    tags: objectItems(server, 'server_tags').map((t) => `${String(t.key)}=${String(t.value ?? '')}`),
    chargingMode: billing.spot ? 'spot' : billing.mode,
    createdAt: now,
  }));

  const failure = context.faults.take('jobFailure', ['create']);
  const paidUpFront = billing.mode === 'postPaid' || billing.autoPay;
  const job: JobRecord = {
    jobId,
    jobType: 'createServer',
    projectId: context.world.project.id,
    createdAt: now,
    startAt: paidUpFront ? now : null,
    subJobs: servers.map((s, index) => ({
      jobId: hex32(),
      serverId: s.id,
      ...subJobDurations(index, context.jobSpeed),
    })),
  };
  if (failure) {
    job.failure = {
      code: failure.code ?? 'Ecs.0319',
      reason:
        failure.reason ?? `Insufficient capacity for flavor ${flavor.id} in ${az}; try another AZ or flavor later.`,
    };
  }

  let orderId: string | undefined;
  if (billing.mode === 'prePaid') {
    orderId = newOrderId(context.now());
    job.orderId = orderId;
    context.store.orders.set(orderId, {
      orderId,
      jobId,
      status: billing.autoPay ? 'paid' : 'pending',
      createdAt: now,
      paidAt: billing.autoPay ? now : undefined,
    });
  }
  context.store.jobs.set(jobId, job);
  for (const record of servers) context.store.servers.set(record.id, record);
  context.log.info(
    `create: job ${jobId} for ${count} server(s) of ${flavor.id} in ${az}` +
      (orderId ? `, order ${orderId} ${billing.autoPay ? 'paid automatically' : 'awaiting payment'}` : '') +
      (failure ? ` (fault: job will fail with ${job.failure?.code})` : ''),
  );
  return { jobId, orderId, serverIds: servers.map((s) => s.id) };
}
