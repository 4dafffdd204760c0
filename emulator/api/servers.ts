/**
 * ECS create APIs (V1.1 all billing modes, V1 pay-per-use) and the server list.
 * Create: project → X-Client-Token → format checks → dry run (202, nothing created), or account checks
 * and commit (200).
 */
import type { EmulatorContext } from '../context';
import { requireServerObject, runAccountChecks, runFormatChecks, type CreateApi } from '../checks';
import type { Handler, RouteDefinition } from '../http/router';
import { intQuery, jsonBody, ok, type EmulatorAnswer } from '../http/exchange';
import { readClientToken, remember, replayFor, requestFingerprint } from '../idempotency';
import { serverStatus } from '../state/jobLifecycle';
import { provisionServers } from '../state/provision';
import type { ServerRecord } from '../state/records';
import { findFlavor, findSubnet } from '../world';
import { isoSeconds, requireProject } from './common';

function createHandler(api: CreateApi): Handler {
  return (request, context) => {
    requireProject(request, context);
    const token = readClientToken(request);
    const parsed = jsonBody(request);
    const fingerprint = requestFingerprint(api, parsed);
    if (token) {
      const replay = replayFor(context, token, fingerprint);
      if (replay) return replay;
    }
    const { body, server } = requireServerObject(parsed);
    const input = { api, body, server, context };
    runFormatChecks(input);
    if (body.dry_run === true) {
      // As documented, a dry run checks mandatory fields and format only; the account is not consulted.
      context.log.info('create: dry run passed; nothing was created');
      return { status: 202 };
    }
    runAccountChecks(input);
    const result = provisionServers(input);
    const responseBody: Record<string, unknown> = { job_id: result.jobId };
    if (api === 'v1.1' && result.orderId) responseBody.order_id = result.orderId;
    responseBody.serverIds = result.serverIds;
    const answer: EmulatorAnswer = { status: 200, body: responseBody, committed: true };
    if (token) remember(context, token, fingerprint, answer);
    context.store.save();
    return answer;
  };
}

function serverJson(context: EmulatorContext, server: ServerRecord, status: string): unknown {
  const flavor = findFlavor(context.world, server.flavorId);
  const addresses: Record<string, unknown[]> = {};
  server.nics.forEach((nic, index) => {
    const vpcId = findSubnet(context.world, nic.subnetId)?.vpcId ?? server.vpcId;
    (addresses[vpcId] ??= []).push({
      version: '4',
      addr: nic.ipAddress,
      'OS-EXT-IPS:type': 'fixed',
      'OS-EXT-IPS-MAC:mac_addr': `fa:16:3e:00:${String(index).padStart(2, '0')}:01`,
      primary: index === 0,
    });
  });
  const created = isoSeconds(server.createdAt);
  return {
    id: server.id,
    name: server.name,
    status,
    addresses,
    flavor: {
      id: server.flavorId,
      name: server.flavorId,
      vcpus: String(flavor?.vcpus ?? ''),
      ram: String(flavor?.ramMb ?? ''),
      disk: '0',
    },
    image: { id: server.imageId },
    key_name: server.keyName ?? '',
    'OS-EXT-AZ:availability_zone': server.availabilityZone,
    'OS-EXT-STS:vm_state': status === 'ACTIVE' ? 'active' : 'building',
    'OS-EXT-STS:power_state': status === 'ACTIVE' ? 1 : 0,
    security_groups: server.securityGroupIds.map((id) => ({
      id,
      name: context.world.securityGroups.find((g) => g.id === id)?.name ?? id,
    })),
    metadata: {
      vpc_id: server.vpcId,
      charging_mode: server.chargingMode === 'prePaid' ? '1' : server.chargingMode === 'spot' ? '2' : '0',
    },
    tags: server.tags,
    description: server.description,
    tenant_id: server.projectId,
    created,
    updated: created,
    locked: false,
    progress: status === 'ACTIVE' ? 100 : 0,
  };
}

export const serverRoutes: RouteDefinition[] = [
  { method: 'POST', pattern: '/v1.1/{project_id}/cloudservers', scope: 'create', handler: createHandler('v1.1') },
  { method: 'POST', pattern: '/v1/{project_id}/cloudservers', scope: 'create', handler: createHandler('v1') },
  {
    method: 'GET',
    pattern: '/v1/{project_id}/cloudservers/detail',
    handler: (request, context) => {
      requireProject(request, context);
      const now = context.now().getTime();
      const nameFilter = request.query.get('name');
      const statusFilter = request.query.get('status');
      const visible = [...context.store.servers.values()]
        .map((server) => ({ server, status: serverStatus(server, context.store.jobs.get(server.jobId), now) }))
        .filter((s): s is { server: ServerRecord; status: 'BUILD' | 'ACTIVE' } => s.status !== undefined)
        .filter((s) => !nameFilter || s.server.name.includes(nameFilter))
        .filter((s) => !statusFilter || s.status === statusFilter)
        .sort((a, b) => b.server.createdAt - a.server.createdAt || a.server.name.localeCompare(b.server.name));
      const offset = intQuery(request, 'offset', 1);
      const limit = intQuery(request, 'limit', 25) || 25;
      // offset is a page number starting at 1 on this API.
      const page = visible.slice((Math.max(offset, 1) - 1) * limit, Math.max(offset, 1) * limit);
      return ok({ count: visible.length, servers: page.map((s) => serverJson(context, s.server, s.status)) });
    },
  },
];
