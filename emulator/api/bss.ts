/**
 * Billing (BSS): pay, show and cancel yearly/monthly orders. The request/response schemas of
 * these APIs were not collected (responses-and-jobs.md §6); the emulator accepts `order_id`
 * (pay: also `order_ids`) and answers minimal bodies, with BSS-style `{"error_code","error_msg"}`
 * errors.
 */
import { EcsApiError, GatewayError } from '../errors';
import type { RouteDefinition } from '../http/router';
import { jsonBody, ok } from '../http/exchange';
import { cancelOrder, orderStatusCode, payOrder } from '../state/orders';
import { isoSeconds } from './common';
import type { OrderRecord } from '../state/records';

/** BSS errors share the gateway's flat shape, so GatewayError renders them. */
function bssError(status: number, message: string): GatewayError {
  return new GatewayError(status, 'CBC.0100', message);
}

function orderIdsOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  if (typeof record.order_id === 'string') return [record.order_id];
  if (Array.isArray(record.order_ids)) return record.order_ids.filter((id): id is string => typeof id === 'string');
  return [];
}

function orderJson(order: OrderRecord): unknown {
  return {
    order_info: {
      order_id: order.orderId,
      status: orderStatusCode(order),
      order_type: 1,
      service_type_code: 'hws.service.type.ec2',
      create_time: isoSeconds(order.createdAt),
      payment_time: order.paidAt === undefined ? null : isoSeconds(order.paidAt),
    },
    order_line_items: [],
  };
}

export const bssRoutes: RouteDefinition[] = [
  {
    method: 'POST',
    pattern: '/v3/orders/customer-orders/pay',
    handler: (request, context) => {
      let body: unknown;
      try {
        body = jsonBody(request);
      } catch (error) {
        if (error instanceof EcsApiError) throw bssError(400, 'The request body must be JSON with "order_id".');
        throw error;
      }
      const ids = orderIdsOf(body);
      if (ids.length === 0) throw bssError(400, 'Give the order to pay in "order_id".');
      for (const id of ids) {
        const outcome = payOrder(context, id);
        if (outcome === 'unknown') throw bssError(404, `Order ${id} does not exist.`);
        if (outcome === 'cancelled') throw bssError(400, `Order ${id} was cancelled and can no longer be paid.`);
      }
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/v2/orders/customer-orders/details/{order_id}',
    handler: (request, context) => {
      const order = context.store.orders.get(request.params.order_id);
      if (!order) throw bssError(404, `Order ${request.params.order_id} does not exist.`);
      return ok(orderJson(order));
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/orders/customer-orders/cancel',
    handler: (request, context) => {
      const [id] = orderIdsOf(jsonBody(request));
      if (!id) throw bssError(400, 'Give the order to cancel in "order_id".');
      if (!cancelOrder(context, id)) throw bssError(400, `Order ${id} does not exist or is not awaiting payment.`);
      return ok({ order_id: id });
    },
  },
];
