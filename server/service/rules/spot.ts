/** Rules on spot and spot-block servers (R33, R34, R35 file part). */
import { getProperty } from '../../../request/parser/nodes';
import type { RuleFinding } from '../types';
import {
  defineRule,
  holdsStringOrPlaceholder,
  literalString,
  nonBooleanValue,
  objectAt,
  presentProperty,
  propertyOfType,
  removableFinding,
  replaceValue,
  serverBilling,
  setValueFix,
  stringValue,
} from './ruleHelpers';

export const spotNeedsPayPerUse = defineRule({
  id: 'R33',
  defaultSeverity: 'error',
  title: 'Spot servers (marketType spot, spotPrice) must be billed pay-per-use (the bid price needs the market)',
  fields: ['extendparam.marketType', 'extendparam.spotPrice', 'extendparam.chargingMode'],
  check({ server }) {
    const extendparam = objectAt(server, 'extendparam');
    const marketType = literalString(extendparam, 'marketType');
    const spotPrice = presentProperty(extendparam, 'spotPrice');
    const isSpot = marketType?.value.value === 'spot';
    const mode = serverBilling(server).mode;
    if (mode === 'prePaid') {
      if (marketType && isSpot) {
        return [
          {
            node: marketType.value,
            message:
              'A spot server (marketType spot) must be billed pay-per-use, but chargingMode is prePaid. Set ' +
              'chargingMode to postPaid, or remove marketType.',
          },
        ];
      }
      return spotPrice
        ? [
            removableFinding(
              spotPrice,
              'extendparam.spotPrice only applies to pay-per-use spot servers; this server is billed ' +
                'yearly/monthly. Remove it.',
            ),
          ]
        : [];
    }
    // A spotPrice without a spot market type is simply ignored.
    const marketTypeKnown = !getProperty(extendparam, 'marketType') || marketType !== undefined;
    if (mode === 'postPaid' && spotPrice && !isSpot && marketTypeKnown) {
      return [
        removableFinding(
          spotPrice,
          'extendparam.spotPrice only applies to spot servers (extendparam.marketType spot). Remove it, or ' +
            'set marketType to spot.',
          'warning',
        ),
      ];
    }
    return [];
  },
});

export const spotWithoutAutoRecovery = defineRule({
  id: 'R34',
  defaultSeverity: 'error',
  title:
    'Spot servers cannot enable support_auto_recovery; a value that is not a boolean means false (a warning) ' +
    '(Marketplace images are checked with the account)',
  fields: ['extendparam.support_auto_recovery', 'extendparam.marketType'],
  apiErrors: ['Ecs.0705', 'Ecs.0903'],
  check({ server }) {
    const extendparam = objectAt(server, 'extendparam');
    // The API reads a non-boolean as false: accepted, but probably not what was meant.
    const notBoolean = nonBooleanValue(extendparam, 'support_auto_recovery');
    if (notBoolean) {
      return [
        {
          node: notBoolean.node,
          severity: 'warning',
          message:
            `extendparam.support_auto_recovery is ${notBoolean.described}, not the boolean true or false. ` +
            'The service treats any other value as false (no automatic recovery). Write true or false without quotes.',
          fixes: [replaceValue(notBoolean.node, notBoolean.candidates)],
        },
      ];
    }
    const recovery = propertyOfType(extendparam, 'support_auto_recovery', 'boolean');
    if (stringValue(extendparam, 'marketType') !== 'spot' || recovery?.value.value !== true) return [];
    return [
      removableFinding(
        recovery.property,
        'A spot server (marketType spot) cannot use automatic recovery. Remove ' +
          'extendparam.support_auto_recovery or set it to false.',
      ),
    ];
  },
});

const SHORT_BLOCK_HOURS = 6;

export const spotBlockDuration = defineRule({
  id: 'R35',
  defaultSeverity: 'error',
  title:
    'Spot-block duration: count only with hours > 0, count 1 below 6 hours, hours only with ' +
    'interruption_policy immediate (flavor maxima need the account)',
  fields: ['extendparam.spot_duration_hours', 'extendparam.spot_duration_count', 'extendparam.interruption_policy'],
  apiErrors: ['Ecs.0077'],
  check({ server }) {
    const extendparam = objectAt(server, 'extendparam');
    if (!extendparam) return [];
    const findings: RuleFinding[] = [];
    const hoursProperty = getProperty(extendparam, 'spot_duration_hours');
    const hours = propertyOfType(extendparam, 'spot_duration_hours', 'number')?.value.value;
    const countProperty = presentProperty(extendparam, 'spot_duration_count');
    const count = propertyOfType(extendparam, 'spot_duration_count', 'number');

    if (countProperty && (!hoursProperty || (hours !== undefined && hours <= 0))) {
      findings.push(
        removableFinding(
          countProperty,
          'extendparam.spot_duration_count only applies when extendparam.spot_duration_hours is greater than ' +
            '0. Remove it, or set spot_duration_hours.',
        ),
      );
    } else if (hours !== undefined && hours > 0 && count) {
      if (hours < SHORT_BLOCK_HOURS && count.value.value !== 1) {
        findings.push({
          node: count.value,
          message:
            `extendparam.spot_duration_count must be 1 when spot_duration_hours is below ${SHORT_BLOCK_HOURS} ` +
            `(it is ${hours}).`,
          fixes: [replaceValue(count.value, [1])],
        });
      } else if (count.value.value < 1) {
        findings.push({
          node: count.value,
          message: 'extendparam.spot_duration_count must be at least 1.',
          fixes: [replaceValue(count.value, [1])],
        });
      }
    }

    if (hoursProperty && hours !== undefined && hours > 0) {
      if (holdsStringOrPlaceholder(extendparam, 'interruption_policy', 'immediate')) return findings;
      findings.push({
        node: hoursProperty.keyNode,
        message:
          'extendparam.spot_duration_hours only works with extendparam.interruption_policy set to ' +
          '"immediate". Set interruption_policy to immediate.',
        fixes: [setValueFix(extendparam, 'interruption_policy', 'immediate')],
      });
    }
    return findings;
  },
});
