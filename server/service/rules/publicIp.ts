/** Rules on the EIP bound to the server (R23, R25 file part, R26, R27, R28, R29). */
import { getProperty } from '../../../request/parser/nodes';
import type { FixData, ObjectNode, RuleFinding } from '../types';
import { rankCandidates } from '../validation/suggestions';
import type { BillingMode } from './ruleHelpers';
import {
  addProperties,
  defineRule,
  flagValue,
  hasNonEmptyString,
  literalString,
  objectAt,
  presentProperty,
  removableFinding,
  removeProperty,
  replaceValue,
  serverBilling,
  stringValue,
} from './ruleHelpers';

/** The parts of `publicip` the rules look at, read once. */
interface PublicIpParts {
  readonly publicip?: ObjectNode;
  readonly eip?: ObjectNode;
  readonly eipExtendparam?: ObjectNode;
  readonly bandwidth?: ObjectNode;
  /** `WHOLE` with an `id`: an existing shared bandwidth, which fixes the EIP to pay-per-use. */
  readonly usesSharedBandwidth: boolean;
}

function publicIpParts(server: ObjectNode | undefined): PublicIpParts {
  const publicip = objectAt(server, 'publicip');
  const eip = objectAt(publicip, 'eip');
  const bandwidth = objectAt(eip, 'bandwidth');
  return {
    publicip,
    eip,
    eipExtendparam: objectAt(eip, 'extendparam'),
    bandwidth,
    usesSharedBandwidth: stringValue(bandwidth, 'sharetype') === 'WHOLE' && hasNonEmptyString(bandwidth, 'id'),
  };
}

/** How a new EIP will be billed: its own chargingMode, else the server's. Unknown for an existing EIP. */
function eipBilling(server: ObjectNode | undefined, parts: PublicIpParts): BillingMode {
  if (!parts.eip) return 'unknown';
  if (parts.usesSharedBandwidth) return 'postPaid';
  const own = getProperty(parts.eipExtendparam, 'chargingMode');
  if (!own) return serverBilling(server).mode;
  const mode = stringValue(parts.eipExtendparam, 'chargingMode');
  return mode === 'prePaid' || mode === 'postPaid' ? mode : 'unknown';
}

export const eipDeleteOnTermination = defineRule({
  id: 'R23',
  defaultSeverity: 'warning',
  title: 'publicip.delete_on_termination only applies to pay-per-use EIPs',
  fields: ['publicip.delete_on_termination', 'publicip.eip.extendparam.chargingMode', 'extendparam.chargingMode'],
  check({ server }) {
    const parts = publicIpParts(server);
    const property = getProperty(parts.publicip, 'delete_on_termination');
    if (!property || flagValue(parts.publicip, 'delete_on_termination') === undefined) return [];
    if (eipBilling(server, parts) !== 'prePaid') return [];
    return [
      removableFinding(
        property,
        'publicip.delete_on_termination only applies to pay-per-use EIPs, and this EIP is billed yearly/monthly. ' +
          'Remove it, or set publicip.eip.extendparam.chargingMode to postPaid.',
      ),
    ];
  },
});

export const eipIdOrNew = defineRule({
  id: 'R25',
  defaultSeverity: 'error',
  title: 'publicip.id (existing EIP) and publicip.eip (new EIP) exclude each other (the EIP state needs the account)',
  fields: ['publicip.id', 'publicip.eip'],
  check({ server }) {
    const publicip = objectAt(server, 'publicip');
    const id = presentProperty(publicip, 'id');
    const eip = presentProperty(publicip, 'eip');
    if (!id || !eip) return [];
    return [
      {
        node: id.keyNode,
        message:
          'publicip.id binds an existing EIP and publicip.eip creates a new one: use only one of them. Remove ' +
          'id or eip.',
        fixes: [removeProperty(id), removeProperty(eip)],
      },
    ];
  },
});

export const bandwidthShareType = defineRule({
  id: 'R26',
  defaultSeverity: 'error',
  title:
    'Bandwidth PER needs size; WHOLE needs the id of the shared bandwidth, and then size and chargemode are ignored',
  fields: [
    'publicip.eip.bandwidth.sharetype',
    'publicip.eip.bandwidth.size',
    'publicip.eip.bandwidth.id',
    'publicip.eip.bandwidth.chargemode',
  ],
  check({ server }) {
    const { bandwidth, usesSharedBandwidth } = publicIpParts(server);
    const shareType = literalString(bandwidth, 'sharetype');
    if (!bandwidth || !shareType) return [];
    const prefix = 'publicip.eip.bandwidth';
    if (shareType.value.value === 'PER' && !getProperty(bandwidth, 'size')) {
      return [
        {
          node: shareType.value,
          message: `A dedicated bandwidth (sharetype PER) needs ${prefix}.size in Mbit/s. Add size.`,
          fixes: [addProperties(bandwidth, ['size'])],
        },
      ];
    }
    if (shareType.value.value !== 'WHOLE') return [];
    if (!usesSharedBandwidth) {
      return [
        {
          node: shareType.value,
          message:
            `A shared bandwidth (sharetype WHOLE) needs ${prefix}.id with the ID of an existing shared ` +
            `bandwidth. Add id.`,
          fixes: getProperty(bandwidth, 'id') ? undefined : [addProperties(bandwidth, ['id'])],
        },
      ];
    }
    const findings: RuleFinding[] = [];
    for (const key of ['size', 'chargemode']) {
      const property = presentProperty(bandwidth, key);
      if (!property) continue;
      findings.push(
        removableFinding(
          property,
          `${prefix}.${key} is ignored with a shared bandwidth (sharetype WHOLE and an id): the shared ` +
            `bandwidth's own settings apply. Remove it.`,
          'warning',
        ),
      );
    }
    return findings;
  },
});

/**
 * traffic bills by data sent; bandwidth (or "" or leaving it out) bills by bandwidth size. Our facts
 * say any other word fails, but Huawei's Terraform provider sends "bandwidth" for yearly/monthly EIPs
 * on this call and tests it against the cloud, so "bandwidth" is accepted.
 */
const ALLOWED_CHARGEMODES = ['', 'traffic', 'bandwidth'];

export const bandwidthChargeMode = defineRule({
  id: 'R27',
  defaultSeverity: 'error',
  title:
    'Bandwidth chargemode must be left out, empty, "bandwidth" (billed by size) or "traffic" ' +
    '(billed by data sent)',
  fields: ['publicip.eip.bandwidth.chargemode'],
  check({ server }) {
    const { bandwidth, usesSharedBandwidth } = publicIpParts(server);
    const chargeMode = literalString(bandwidth, 'chargemode');
    // With a shared bandwidth the value is ignored; R26 already says so.
    if (!chargeMode || usesSharedBandwidth || ALLOWED_CHARGEMODES.includes(chargeMode.value.value)) return [];
    return [
      {
        node: chargeMode.value,
        message:
          'publicip.eip.bandwidth.chargemode must be "traffic" (billed by the data sent) or "bandwidth" ' +
          '(billed by bandwidth size, the same as leaving it out or empty). Any other value makes the creation fail.',
        fixes: [
          removeProperty(chargeMode.property),
          replaceValue(chargeMode.value, rankCandidates(chargeMode.value.value, ['traffic', 'bandwidth'])),
        ],
      },
    ];
  },
});

export const prePaidServerEipBilling = defineRule({
  id: 'R28',
  defaultSeverity: 'error',
  title:
    'With a yearly/monthly server the new EIP is yearly/monthly too, unless ' +
    'publicip.eip.extendparam.chargingMode is postPaid',
  fields: ['publicip.eip.extendparam.chargingMode', 'publicip.eip.bandwidth.chargemode', 'extendparam.chargingMode'],
  check({ server }) {
    const parts = publicIpParts(server);
    const { eip, eipExtendparam, bandwidth } = parts;
    if (!eip || parts.usesSharedBandwidth || serverBilling(server).mode !== 'prePaid') return [];
    const eipMode = getProperty(eipExtendparam, 'chargingMode');
    const eipModeText = stringValue(eipExtendparam, 'chargingMode');
    const chargeMode = literalString(bandwidth, 'chargemode');
    // Without traffic billing, an EIP that follows the server's yearly/monthly billing is the
    // documented default and works as written: nothing to say then.
    if (chargeMode?.value.value !== 'traffic' || (eipMode && eipModeText !== 'prePaid')) return [];
    const fixes: FixData[] = [];
    if (eipMode?.valueNode) fixes.push(replaceValue(eipMode.valueNode, ['postPaid']));
    else if (eipExtendparam) fixes.push(addProperties(eipExtendparam, ['chargingMode'], { chargingMode: 'postPaid' }));
    return [
      {
        node: chargeMode.value,
        message:
          'Billing by traffic is pay-per-use, but this EIP would be billed yearly/monthly like the server. ' +
          'Set publicip.eip.extendparam.chargingMode to postPaid, or leave chargemode out to bill by bandwidth size.',
        fixes: fixes.length > 0 ? fixes : undefined,
      },
    ];
  },
});

export const sharedBandwidthEipIsPayPerUse = defineRule({
  id: 'R29',
  defaultSeverity: 'warning',
  title: 'An EIP on a shared bandwidth (WHOLE with id) is always pay-per-use: chargingMode prePaid has no effect',
  fields: ['publicip.eip.extendparam.chargingMode', 'publicip.eip.bandwidth.sharetype', 'publicip.eip.bandwidth.id'],
  check({ server }) {
    const { eipExtendparam, usesSharedBandwidth } = publicIpParts(server);
    const mode = literalString(eipExtendparam, 'chargingMode');
    if (!usesSharedBandwidth || mode?.value.value !== 'prePaid') return [];
    return [
      removableFinding(
        mode.property,
        'publicip.eip.extendparam.chargingMode prePaid has no effect: an EIP on a shared bandwidth (sharetype ' +
          'WHOLE with an id) is always pay-per-use. Remove it.',
      ),
    ];
  },
});
