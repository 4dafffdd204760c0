/** Rules on where the servers are placed (R30, R31 file part). */
import { getProperty } from '../../../request/parser/nodes';
import {
  defineRule,
  flagValue,
  hasNonEmptyString,
  holdsStringOrPlaceholder,
  objectAt,
  removableFinding,
  setValueFix,
} from './ruleHelpers';

export const multiAzNeedsNoZone = defineRule({
  id: 'R30',
  defaultSeverity: 'warning',
  title: 'batch_create_in_multi_az is only honoured when availability_zone is empty',
  fields: ['batch_create_in_multi_az', 'availability_zone'],
  check({ server }) {
    const multiAz = getProperty(server, 'batch_create_in_multi_az');
    if (
      !multiAz ||
      flagValue(server, 'batch_create_in_multi_az') !== true ||
      !hasNonEmptyString(server, 'availability_zone')
    )
      return [];
    return [
      removableFinding(
        multiAz,
        'batch_create_in_multi_az is ignored because availability_zone is set: all servers go to that zone. ' +
          'Remove availability_zone to spread the servers, or remove batch_create_in_multi_az.',
      ),
    ];
  },
});

const HINTS = 'os:scheduler_hints';

export const dedicatedHostNeedsTenancy = defineRule({
  id: 'R31',
  defaultSeverity: 'warning',
  title: 'dedicated_host_id only takes effect with tenancy "dedicated" (the host\'s zone needs the account)',
  fields: [`${HINTS}.dedicated_host_id`, `${HINTS}.tenancy`, 'availability_zone'],
  check({ server }) {
    const hints = objectAt(server, HINTS);
    const hostId = getProperty(hints, 'dedicated_host_id');
    if (!hints || !hostId || !hasNonEmptyString(hints, 'dedicated_host_id')) return [];
    if (holdsStringOrPlaceholder(hints, 'tenancy', 'dedicated')) return [];
    return [
      {
        node: hostId.keyNode,
        message:
          `${HINTS}.dedicated_host_id is ignored unless ${HINTS}.tenancy is "dedicated". Set tenancy to ` +
          `dedicated.`,
        fixes: [setValueFix(hints, 'tenancy', 'dedicated')],
      },
    ];
  },
});
