/** Rules on the NICs (R06 file part, R08, R43 file part). */
import type { ObjectNode, ValueNode } from '../../../request/parser/ast';
import { getProperty } from '../../../request/parser/nodes';
import type { RuleFinding } from '../types';
import {
  addProperties,
  arrayAt,
  defineRule,
  hasNonEmptyString,
  literalString,
  objectItems,
  presentProperty,
  propertyOfType,
  removableFinding,
  replaceValue,
} from './ruleHelpers';

const DEFAULT_MAX_NICS = 12;

export const nicCount = defineRule({
  id: 'R06',
  // Only a default: some flavors allow a different number, which this file cannot tell.
  defaultSeverity: 'warning',
  title: 'At most 12 NICs by default (the flavor limit and the VPC of the primary subnet need the account)',
  fields: ['nics', 'vpcid', 'nics[].subnet_id'],
  apiErrors: ['Ecs.0050'],
  check({ server }) {
    const nics = propertyOfType(server, 'nics', 'array');
    if (!nics || nics.value.items.length <= DEFAULT_MAX_NICS) return [];
    return [
      {
        node: nics.property.keyNode,
        message:
          `nics lists ${nics.value.items.length} NICs; a server takes at most ${DEFAULT_MAX_NICS} by default, ` +
          `and the flavor may allow fewer. Check the flavor's NIC limit or remove NICs.`,
      },
    ];
  },
});

const REJECTED_PAIR = '0.0.0.0/0';
const CHECK_OFF_PAIR = '1.1.1.1/0';
const IPV4_CIDR = /^(\d{1,3})(\.\d{1,3}){3}\/(\d{1,2})$/;
const WIDE_PREFIX_BELOW = 24;

export const allowedAddressPairs = defineRule({
  id: 'R08',
  defaultSeverity: 'error',
  title:
    'allowed_address_pairs: 0.0.0.0/0 is rejected; 1.1.1.1/0 turns off the source/destination check; wide ' +
    'blocks want their own security group',
  fields: ['nics[].allowed_address_pairs[].ip_address'],
  check({ server }) {
    const findings: RuleFinding[] = [];
    for (const nic of objectItems(arrayAt(server, 'nics'))) {
      for (const pair of objectItems(arrayAt(nic.node, 'allowed_address_pairs'))) {
        const address = literalString(pair.node, 'ip_address');
        if (!address) continue;
        // Built only for a finding: most pairs have none, and a large request has dozens.
        const label = () => `nics[${nic.index}].allowed_address_pairs[${pair.index}].ip_address`;
        const text = address.value.value.trim();
        if (text === REJECTED_PAIR) {
          findings.push({
            node: address.value,
            message:
              `${label()} cannot be ${REJECTED_PAIR}. To turn off the source/destination check of this NIC (for ` +
              `example for a virtual IP), use ${CHECK_OFF_PAIR}.`,
            fixes: [replaceValue(address.value, [CHECK_OFF_PAIR])],
          });
        } else if (text === CHECK_OFF_PAIR) {
          findings.push({
            node: address.value,
            severity: 'information',
            message: `${label()} ${CHECK_OFF_PAIR} turns off the source/destination check of this NIC.`,
          });
        } else {
          const prefix = IPV4_CIDR.exec(text)?.[3];
          if (prefix !== undefined && Number(prefix) < WIDE_PREFIX_BELOW) {
            findings.push({
              node: address.value,
              severity: 'information',
              message:
                `${label()} is a wide block (/${prefix}, shorter than /${WIDE_PREFIX_BELOW}); give this NIC its ` +
                `own security group.`,
            });
          }
        }
      }
    }
    return findings;
  },
});

/** Whether a NIC property is written at all (a null or another wrong type is the schema's finding). */
function written(nic: ObjectNode, key: string): boolean {
  return getProperty(nic, key) !== undefined;
}

export const portIdNics = defineRule({
  id: 'R43',
  defaultSeverity: 'error',
  title:
    'A NIC needs subnet_id or port_id; with port_id, ip_address and security_groups are ignored (port state ' +
    'needs the account)',
  fields: ['nics[].port_id', 'nics[].subnet_id', 'nics[].ip_address', 'security_groups'],
  check({ server }) {
    const findings: RuleFinding[] = [];
    const nics = objectItems(arrayAt(server, 'nics')).map(({ node, index }) => ({ nic: node, index }));
    for (const { nic, index } of nics) {
      const usesPort = hasNonEmptyString(nic, 'port_id');
      // This rule is the one home of "subnet_id or port_id": the schema requires neither, because
      // it cannot say "one of the two" in words a user understands.
      if (!written(nic, 'subnet_id') && !written(nic, 'port_id')) {
        findings.push({
          node: nic,
          message:
            `nics[${index}] has neither subnet_id nor port_id. Give subnet_id (a subnet in the server's VPC) ` +
            'to create a new NIC, or port_id to attach an existing port.',
          fixes: [addProperties(nic, ['subnet_id'])],
        });
      }
      for (const [key, other] of [
        ['subnet_id', 'port_id'],
        ['port_id', 'subnet_id'],
      ]) {
        const empty = literalString(nic, key);
        if (!empty || !isEmptyString(empty.value) || hasNonEmptyString(nic, other)) continue;
        findings.push({
          node: empty.value,
          message:
            `nics[${index}].${key} is empty. Give the ID of a subnet in the server's VPC in subnet_id, ` +
            'or the ID of an existing port in port_id.',
        });
      }
      // An empty ip_address means "assign one": nothing is lost next to a port.
      const address = presentProperty(nic, 'ip_address');
      if (usesPort && address && !isEmptyString(address.valueNode)) {
        findings.push(
          removableFinding(
            address,
            `nics[${index}].ip_address is ignored because the NIC uses an existing port (port_id), which ` +
              `keeps its own address. Remove ip_address.`,
            'warning',
          ),
        );
      }
    }
    const securityGroups = presentProperty(server, 'security_groups');
    if (securityGroups && nics.length > 0 && nics.every(({ nic }) => hasNonEmptyString(nic, 'port_id'))) {
      findings.push(
        removableFinding(
          securityGroups,
          'security_groups is ignored because every NIC uses an existing port (port_id); the ports keep their ' +
            'own security groups. Remove security_groups.',
          'warning',
        ),
      );
    }
    return findings;
  },
});

function isEmptyString(node: ValueNode | undefined): boolean {
  return node?.type === 'string' && node.value.trim() === '';
}
