/**
 * Control endpoints of the emulator itself (no signature needed; the emulator only listens on
 * loopback by default):
 *   GET    /_emulator/health                 → {"ok":true,"region","projectId"}
 *   GET    /_emulator/state                  → counts and IDs of jobs, servers, orders
 *   POST   /_emulator/faults                 → inject one fault or an array (see faults.ts)
 *   GET    /_emulator/faults                 → active faults with remaining counts
 *   DELETE /_emulator/faults                 → clear all faults
 *   POST   /_emulator/orders/{order_id}/pay  → pay a yearly/monthly order
 *   PUT    /_emulator/quotas                 → {"instances"?, "cores"?, "ramGb"?}
 *   PUT    /_emulator/permissions            → {"deny": ["vpc:publicips:list", …]} (lists that answer 403)
 */
import type { EmulatorContext } from '../context';
import { GatewayError } from '../errors';
import { describeInvalidFault, type FaultSpec } from '../faults';
import type { RouteDefinition } from '../http/router';
import { isBlankBody, ok, type EmulatorRequest } from '../http/exchange';
import { readJson } from '../http/json';
import { payOrder } from '../state/orders';

function controlError(status: number, message: string): GatewayError {
  return new GatewayError(status, 'EMULATOR.0400', message);
}

/** The body as JSON ('' → null); bad encoding, nesting or syntax → 400 naming which. */
function controlJson(request: EmulatorRequest): unknown {
  if (isBlankBody(request.rawBody)) return null;
  const reading = readJson(request.rawBody);
  if (!reading.ok) throw controlError(400, reading.message.replace('The request body', 'The control request body'));
  return reading.value;
}

export function stateSummary(context: EmulatorContext): unknown {
  return {
    jobs: [...context.store.jobs.keys()],
    servers: [...context.store.servers.values()].map((s) => ({ id: s.id, name: s.name, job_id: s.jobId })),
    orders: [...context.store.orders.values()].map((o) => ({ order_id: o.orderId, status: o.status, job_id: o.jobId })),
    idempotency_records: context.store.idempotency.size,
  };
}

export const controlRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/_emulator/health',
    control: true,
    handler: (_request, context) => ok({ ok: true, region: context.world.region, projectId: context.world.project.id }),
  },
  {
    method: 'GET',
    pattern: '/_emulator/state',
    control: true,
    handler: (_request, context) => ok(stateSummary(context)),
  },
  {
    method: 'POST',
    pattern: '/_emulator/faults',
    control: true,
    handler: (request, context) => {
      const body = controlJson(request);
      const specs: unknown[] = Array.isArray(body) ? body : [body];
      for (const [index, spec] of specs.entries()) {
        const problem = describeInvalidFault(spec);
        if (problem) {
          throw controlError(400, specs.length > 1 ? `Fault ${index + 1} of ${specs.length}: ${problem}` : problem);
        }
      }
      // All or nothing: a refused batch injects none of its faults.
      const noRoom = context.faults.describeNoRoom(specs.length);
      if (noRoom) throw controlError(400, noRoom);
      for (const spec of specs) context.faults.inject(spec as FaultSpec);
      context.log.info(`faults: injected ${specs.map((s) => (s as FaultSpec).kind).join(', ')}`);
      return ok({ faults: context.faults.list() });
    },
  },
  {
    method: 'GET',
    pattern: '/_emulator/faults',
    control: true,
    handler: (_request, context) => ok({ faults: context.faults.list() }),
  },
  {
    method: 'DELETE',
    pattern: '/_emulator/faults',
    control: true,
    handler: (_request, context) => {
      context.faults.clear();
      return ok({ faults: [] });
    },
  },
  {
    method: 'POST',
    pattern: '/_emulator/orders/{order_id}/pay',
    control: true,
    handler: (request, context) => {
      const outcome = payOrder(context, request.params.order_id);
      if (outcome === 'unknown') throw controlError(404, `Order ${request.params.order_id} does not exist.`);
      if (outcome === 'cancelled') throw controlError(400, `Order ${request.params.order_id} was cancelled.`);
      return ok({ order_id: request.params.order_id, status: 'paid' });
    },
  },
  {
    method: 'PUT',
    pattern: '/_emulator/quotas',
    control: true,
    handler: (request, context) => {
      const body = controlJson(request);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw controlError(400, 'Send the quotas as a JSON object, e.g. {"instances": 2}.');
      }
      const quotas = body as Record<string, unknown>;
      const known = ['instances', 'cores', 'ramGb'] as const;
      const unknown = Object.keys(quotas).find((key) => !(known as readonly string[]).includes(key));
      if (unknown !== undefined) {
        throw controlError(400, `Quota "${unknown.slice(0, 40)}" is not known; use ${known.join(', ')}.`);
      }
      for (const key of known) {
        const value = quotas[key];
        if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0)) {
          const got = JSON.stringify(value)?.slice(0, 40);
          throw controlError(400, `Quota "${key}" must be a whole number of 0 or more; got ${got}.`);
        }
      }
      // Checked first, applied after: a refused body changes nothing.
      for (const key of known) if (quotas[key] !== undefined) context.world.quotas[key] = quotas[key] as number;
      return ok({ quotas: context.world.quotas });
    },
  },
  {
    method: 'PUT',
    pattern: '/_emulator/permissions',
    control: true,
    handler: (request, context) => {
      const body = controlJson(request) as Record<string, unknown> | null;
      const deny = body?.deny;
      if (
        !Array.isArray(deny) ||
        !deny.every((name) => typeof name === 'string' && name.length > 0 && name.length <= 100)
      ) {
        throw controlError(
          400,
          'Send {"deny": [list names]}, e.g. {"deny": ["vpc:publicips:list"]}; [] allows every list again.',
        );
      }
      context.world.deniedLists = [...(deny as string[])];
      return ok({ deny: context.world.deniedLists });
    },
  },
];
