/** Rules on how many servers one request creates (R02, R03, R04). */
import { getProperty } from '../../../request/parser/nodes';
import { MAX_SERVERS_PER_REQUEST } from '../../../request/requestFacts';
import type { ObjectNode } from '../types';
import {
  arrayAt,
  defineRule,
  flagValue,
  objectAt,
  propertyOfType,
  removableFinding,
  replaceValue,
  serverBilling,
  serverCount,
  stringValue,
} from './ruleHelpers';

const PREPAID_COUNT_LIMIT = 100;
const POSTPAID_COUNT_LIMIT = MAX_SERVERS_PER_REQUEST;
const PREPAID_ORDER_RESOURCE_LIMIT = 400;

export const autoRenameNeedsBatch = defineRule({
  id: 'R02',
  defaultSeverity: 'warning',
  title: 'isAutoRename only matters when count is greater than 1',
  fields: ['isAutoRename', 'count'],
  check({ server }) {
    const property = getProperty(server, 'isAutoRename');
    const count = serverCount(server);
    if (!property || flagValue(server, 'isAutoRename') === undefined || count === undefined || count > 1) return [];
    return [
      removableFinding(
        property,
        `isAutoRename has no effect because only ${count === 1 ? 'one server is' : `${count} servers are`} ` +
          `created (count must be greater than 1). Remove it, or raise count.`,
      ),
    ];
  },
});

export const countLimit = defineRule({
  id: 'R03',
  defaultSeverity: 'error',
  title: 'count: at most 100 servers for yearly/monthly billing, 500 for pay-per-use',
  fields: ['count', 'extendparam.chargingMode'],
  apiErrors: ['Ecs.0913'],
  check({ server }) {
    const count = propertyOfType(server, 'count', 'number');
    if (!count) return [];
    const prePaid = serverBilling(server).mode === 'prePaid';
    const limit = prePaid ? PREPAID_COUNT_LIMIT : POSTPAID_COUNT_LIMIT;
    if (count.value.value <= limit) return [];
    const billing = prePaid ? 'yearly/monthly (prePaid)' : 'pay-per-use';
    return [
      {
        node: count.value,
        message:
          `count is ${count.value.value}, but one request can create at most ${limit} ${billing} servers. Lower ` +
          `count to ${limit} or less (your quota may allow fewer).`,
        fixes: [replaceValue(count.value, [limit])],
      },
    ];
  },
});

/** Resources one yearly/monthly server adds to the order: server, system disk, data disks, EIP, bandwidth. */
function resourcesPerServer(server: ObjectNode): number {
  const dataDiskCount = arrayAt(server, 'data_volumes')?.items.length ?? 0;
  const eip = objectAt(objectAt(server, 'publicip'), 'eip');
  // A shared (WHOLE) bandwidth already exists, so only a dedicated one is bought with the EIP.
  const buysBandwidth = eip !== undefined && stringValue(objectAt(eip, 'bandwidth'), 'sharetype') !== 'WHOLE';
  return 2 + dataDiskCount + (eip ? 1 : 0) + (buysBandwidth ? 1 : 0);
}

export const prePaidOrderSize = defineRule({
  id: 'R04',
  defaultSeverity: 'error',
  title: 'A yearly/monthly order may hold at most 400 resources (servers, disks, EIPs, bandwidths)',
  fields: ['count', 'extendparam.chargingMode', 'data_volumes', 'publicip.eip', 'publicip.eip.bandwidth.sharetype'],
  check({ server }) {
    const count = propertyOfType(server, 'count', 'number');
    if (!server || !count || serverBilling(server).mode !== 'prePaid') return [];
    const perServer = resourcesPerServer(server);
    const total = count.value.value * perServer;
    if (total <= PREPAID_ORDER_RESOURCE_LIMIT) return [];
    const maxCount = Math.floor(PREPAID_ORDER_RESOURCE_LIMIT / perServer);
    return [
      {
        node: count.value,
        message:
          `This yearly/monthly order would hold ${total} resources (${count.value.value} servers × ${perServer}: ` +
          'server, system disk, data disks, EIP and bandwidth), ' +
          `more than the ${PREPAID_ORDER_RESOURCE_LIMIT} allowed in one order. ` +
          `Lower count to ${maxCount} or split the request.`,
        fixes: [replaceValue(count.value, [maxCount])],
      },
    ];
  },
});
