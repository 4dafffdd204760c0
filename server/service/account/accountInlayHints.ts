/**
 * Inlay hints: the resource's name after each ID the account knows ("2 vCPU, 4 GiB" after a
 * flavor, the image's name, a subnet's name and CIDR …), so that a file of UUIDs reads like the
 * console. Only for IDs found in the account data (a missing one has its diagnostic instead), only
 * inside the range the editor shows, and at most MAX_INLAY_HINTS per request.
 */
import type { InlayHint } from 'vscode-languageserver-types';
import type { ObjectNode, ParsedDocument, StringNode } from '../../../request/parser/ast';
import { asObject, getValue } from '../../../request/parser/nodes';
import { positionAt } from '../../../request/parser/positions';
import { arrayAt, literalString, objectAt } from '../rules/ruleHelpers';
import type { AccountData, AccountPart } from './accountData';
import { flavorSize } from './accountAssist';

/** A request has a few dozen IDs at most; a cap keeps an odd file from flooding the editor. */
export const MAX_INLAY_HINTS = 200;
/** Names can be long (up to 1,024 characters in the data): a hint shows the start. */
const MAX_LABEL_LENGTH = 60;

/** An ID value of the request and the label its resource gets, or undefined when the account lacks it. */
interface IdValue {
  readonly node: StringNode;
  readonly label: () => string | undefined;
}

function named<T>(part: AccountPart<T>, id: string, label: (item: T) => string | undefined): string | undefined {
  const item = part.known ? part.byId.get(id) : undefined;
  return item === undefined ? undefined : label(item);
}

/** Every ID value of the request that gets a name, in document order of its fields. */
function idValues(server: ObjectNode, data: AccountData): IdValue[] {
  const values: IdValue[] = [];
  const add = (object: ObjectNode | undefined, key: string, label: (id: string) => string | undefined) => {
    const found = literalString(object, key);
    if (found) values.push({ node: found.value, label: () => label(found.value.value) });
  };
  add(server, 'flavorRef', (id) => named(data.flavors, id, flavorSize));
  add(server, 'imageRef', (id) => named(data.images, id, (image) => (image.name !== id ? image.name : undefined)));
  add(server, 'vpcid', (id) => named(data.vpcs, id, (vpc) => vpc.name || undefined));
  for (const nic of arrayAt(server, 'nics')?.items ?? []) {
    if (nic.type !== 'object') continue;
    add(nic, 'subnet_id', (id) => named(data.subnets, id, (subnet) => `${subnet.name || 'subnet'} ${subnet.cidr}`));
  }
  for (const group of arrayAt(server, 'security_groups')?.items ?? []) {
    if (group.type === 'object') add(group, 'id', (id) => named(data.securityGroups, id, (sg) => sg.name || undefined));
  }
  add(objectAt(server, 'os:scheduler_hints'), 'group', (id) =>
    named(data.serverGroups, id, (group) =>
      [group.name, group.policies.length > 0 ? `(${group.policies.join(', ')})` : ''].filter(Boolean).join(' '),
    ),
  );
  const publicip = objectAt(server, 'publicip');
  add(publicip, 'id', (id) => named(data.eips, id, (eip) => eip.address));
  const bandwidthName = (id: string) =>
    named(data.bandwidths, id, (bandwidth) =>
      [bandwidth.name, bandwidth.size === undefined ? '' : `${bandwidth.size} Mbit/s`].filter(Boolean).join(' '),
    );
  add(objectAt(objectAt(publicip, 'eip'), 'bandwidth'), 'id', bandwidthName);
  add(objectAt(server, 'ipv6_bandwidth'), 'id', bandwidthName);
  add(objectAt(server, 'extendparam'), 'enterprise_project_id', (id) =>
    named(data.enterpriseProjects, id, (project) => project.name || undefined),
  );
  return values;
}

/** Hints for the IDs whose value starts inside [startOffset, endOffset]. */
export function accountInlayHints(
  parsed: ParsedDocument,
  startOffset: number,
  endOffset: number,
  data: AccountData,
): InlayHint[] {
  const server = asObject(getValue(asObject(parsed.root), 'server'));
  if (!server) return [];
  const hints: InlayHint[] = [];
  for (const { node, label } of idValues(server, data)) {
    if (node.offset < startOffset || node.offset > endOffset) continue;
    const text = label();
    if (!text) continue;
    hints.push({
      position: positionAt(parsed, node.offset + node.length),
      label: text.length > MAX_LABEL_LENGTH ? `${text.slice(0, MAX_LABEL_LENGTH - 1)}…` : text,
      paddingLeft: true,
    });
    if (hints.length >= MAX_INLAY_HINTS) break;
  }
  return hints;
}
