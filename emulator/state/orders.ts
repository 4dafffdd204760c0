/** Paying and cancelling yearly/monthly orders (shared by the BSS API and the control endpoint). */
import type { EmulatorContext } from '../context';
import type { OrderRecord } from './records';

export type PayOutcome = 'paid' | 'already-paid' | 'cancelled' | 'unknown';

/** Pays an order; its job leaves PENDING_PAYMENT and starts from now. */
export function payOrder(context: EmulatorContext, orderId: string): PayOutcome {
  const order = context.store.orders.get(orderId);
  if (!order) return 'unknown';
  if (order.status === 'paid') return 'already-paid';
  if (order.status === 'cancelled') return 'cancelled';
  const now = context.now().getTime();
  order.status = 'paid';
  order.paidAt = now;
  const job = context.store.jobs.get(order.jobId);
  if (job && job.startAt === null) job.startAt = now;
  context.store.save();
  context.log.info(`orders: order ${orderId} paid; job ${order.jobId} starts`);
  return 'paid';
}

/** Cancels an unpaid order. As documented, its job is not updated (it stays PENDING_PAYMENT). */
export function cancelOrder(context: EmulatorContext, orderId: string): OrderRecord | undefined {
  const order = context.store.orders.get(orderId);
  if (!order || order.status !== 'pending') return undefined;
  order.status = 'cancelled';
  context.store.save();
  context.log.info(`orders: order ${orderId} cancelled`);
  return order;
}

/** BSS order status codes as the Terraform provider reads them (6 pending payment, 5 completed). */
export function orderStatusCode(order: OrderRecord): number {
  switch (order.status) {
    case 'pending':
      return 6;
    case 'paid':
      return 5;
    case 'cancelled':
      return 4;
  }
}
