/**
 * Billing mode: pay-per-use, spot or yearly/monthly, the period fields, the count limits per
 * mode, and options that only exist for one mode. V1 (pay-per-use API) takes an integer
 * `chargingMode` 0; V1.1 takes the strings `postPaid` / `prePaid`.
 */
import { badRequest, invalidParameter } from '../errors';
import { objectField, serverCount, stringField, type CreateCheck, type CreateCheckInput } from './input';

export interface Billing {
  mode: 'postPaid' | 'prePaid';
  spot: boolean;
  /** prePaid only: pay the order automatically (isAutoPay "true"). */
  autoPay: boolean;
}

export function billingOf({ api, server }: Pick<CreateCheckInput, 'api' | 'server'>): Billing {
  const extend = objectField(server, 'extendparam') ?? {};
  const charging = extend.chargingMode;
  const mode = api === 'v1.1' && charging === 'prePaid' ? 'prePaid' : 'postPaid';
  return { mode, spot: extend.marketType === 'spot', autoPay: stringField(extend, 'isAutoPay') === 'true' };
}

const MAX_COUNT = { postPaid: 500, prePaid: 100 } as const;
const MAX_PERIOD = { month: 9, year: 3 } as const;

function checkChargingModeValue({ api, server }: CreateCheckInput): void {
  const charging = objectField(server, 'extendparam')?.chargingMode;
  if (charging === undefined) return;
  if (api === 'v1' && charging !== 0) {
    throw invalidParameter(
      'extendparam.chargingMode must be the number 0 (pay-per-use) on POST /v1/{project_id}/cloudservers; use ' +
        '/v1.1 for yearly/monthly.',
    );
  }
  if (api === 'v1.1' && charging !== 'postPaid' && charging !== 'prePaid') {
    throw invalidParameter('extendparam.chargingMode must be "postPaid" (pay-per-use) or "prePaid" (yearly/monthly).');
  }
}

function checkPeriod(extend: Record<string, unknown>): void {
  const periodType = extend.periodType;
  if (periodType !== 'month' && periodType !== 'year') {
    throw invalidParameter('extendparam.periodType is required for yearly/monthly servers: "month" or "year".');
  }
  const periodNum = extend.periodNum;
  const max = MAX_PERIOD[periodType];
  if (!Number.isInteger(periodNum) || (periodNum as number) < 1 || (periodNum as number) > max) {
    throw invalidParameter(
      `extendparam.periodNum is required for yearly/monthly servers: a whole number from 1 to ${max} for ` +
        `"${periodType}".`,
    );
  }
}

export const checkBilling: CreateCheck = (input) => {
  checkChargingModeValue(input);
  const { server } = input;
  const extend = objectField(server, 'extendparam') ?? {};
  const billing = billingOf(input);
  if (billing.spot && billing.mode === 'prePaid') {
    throw invalidParameter(
      'Spot instances (marketType "spot") can only be pay-per-use; remove marketType or use chargingMode "postPaid".',
    );
  }
  if (billing.mode === 'prePaid') {
    checkPeriod(extend);
    if (server.auto_terminate_time !== undefined) {
      throw badRequest(
        'Ecs.0084',
        'auto_terminate_time is only for pay-per-use servers; remove it for yearly/monthly billing.',
      );
    }
  }
  const count = serverCount(server);
  if (count < 1) throw invalidParameter('server.count must be at least 1.');
  const max = MAX_COUNT[billing.mode];
  if (count > max) {
    throw badRequest(
      'Ecs.0913',
      `server.count is ${count}; at most ${max} servers can be created at once ` +
        `with ${billing.mode === 'prePaid' ? 'yearly/monthly' : 'pay-per-use'} billing.`,
    );
  }
};
