/**
 * Completion and hover of account IDs: each ID field offers the account's resources, labelled
 * for a person and inserting the ID; hovering an ID says what it is, or that it was not found.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Hover,
} from 'vscode-languageserver-types';
import { flavorStatusInZone } from '../../../request/accountSnapshot';
import type { ObjectNode, ParsedDocument } from '../../../request/parser/ast';
import { asObject, findNodeAtOffset, getValue, pathOf, type NodePath } from '../../../request/parser/nodes';
import { rangeOf } from '../../../request/parser/positions';
import { stringValue } from '../rules/ruleHelpers';
import { yamlScalar } from '../schema/skeleton';
import type { ValueContext } from '../completion/completionContext';
import { dataAge, dataSource, type AccountData, type AccountPart } from './accountData';
import { isOnSale } from './accountChecks';

export type IdField =
  'flavorRef' | 'imageRef' | 'availability_zone' | 'vpcid' | 'subnet_id' | 'security_group' | 'key_name';

/** The ID field a value path is, or undefined: server.flavorRef, server.nics[n].subnet_id, server.security_groups[n].id … */
export function idFieldAt(path: NodePath): IdField | undefined {
  if (path[0] !== 'server') return undefined;
  if (path.length === 2) {
    const key = path[1];
    return key === 'flavorRef' ||
      key === 'imageRef' ||
      key === 'availability_zone' ||
      key === 'vpcid' ||
      key === 'key_name'
      ? key
      : undefined;
  }
  if (path.length === 4 && typeof path[2] === 'number') {
    if (path[1] === 'nics' && path[3] === 'subnet_id') return 'subnet_id';
    if (path[1] === 'security_groups' && path[3] === 'id') return 'security_group';
  }
  return undefined;
}

interface Choice {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
  /** Lower first. */
  readonly rank: number;
}

function gib(ramMib: number): string {
  const value = ramMib / 1024;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} GiB`;
}

function serverOf(parsed: ParsedDocument): ObjectNode | undefined {
  return asObject(getValue(asObject(parsed.root), 'server'));
}

function choicesFor(field: IdField, data: AccountData, server: ObjectNode | undefined): Choice[] {
  switch (field) {
    case 'flavorRef': {
      if (!data.flavors.known) return [];
      const zone = stringValue(server, 'availability_zone');
      return data.flavors.items.map((flavor) => {
        const status = zone === undefined ? flavor.regionStatus : flavorStatusInZone(flavor, zone);
        const onSale = isOnSale(status);
        return {
          id: flavor.id,
          label: `${flavor.id} — ${flavor.vcpus} vCPU, ${gib(flavor.ramMib)}`,
          detail: onSale
            ? flavor.architecture
            : `${flavor.architecture}, not on sale${zone ? ` in ${zone}` : ''} (${status})`,
          rank: onSale ? 0 : 1,
        };
      });
    }
    case 'imageRef':
      if (!data.images.known) return [];
      return data.images.items
        .filter((image) => image.status === 'active')
        .map((image) => ({
          id: image.id,
          label: `${image.name} — ${image.architecture}, min ${image.minDiskGb} GB`,
          detail: image.osType === 'Windows' ? 'Windows: not accepted by this API' : image.visibility,
          rank: image.osType === 'Windows' ? 1 : 0,
        }));
    case 'availability_zone':
      if (!data.zones.known) return [];
      return data.zones.items.map((zone) => ({
        id: zone.name,
        label: zone.name,
        detail: zone.available ? undefined : 'not available',
        rank: zone.available ? 0 : 1,
      }));
    case 'vpcid':
      if (!data.vpcs.known) return [];
      return data.vpcs.items.map((vpc) => ({
        id: vpc.id,
        label: [vpc.name || vpc.id, vpc.cidr].filter(Boolean).join(' '),
        rank: 0,
      }));
    case 'subnet_id': {
      if (!data.subnets.known) return [];
      const vpcid = stringValue(server, 'vpcid');
      const inVpc = data.subnets.items.filter((subnet) => subnet.vpcId === vpcid);
      // The subnets of the VPC in the file only; all of them while the file names no VPC we know.
      return (inVpc.length > 0 ? inVpc : data.subnets.items).map((subnet) => ({
        id: subnet.id,
        label: `${subnet.name || subnet.id} ${subnet.cidr}${subnet.freeIps === undefined ? '' : `, ${subnet.freeIps} free IPs`}`,
        detail: subnet.zone,
        rank: 0,
      }));
    }
    case 'security_group':
      if (!data.securityGroups.known) return [];
      return data.securityGroups.items.map((group) => ({
        id: group.id,
        label: group.name || group.id,
        detail: group.description,
        rank: 0,
      }));
    case 'key_name':
      if (!data.keyPairs.known) return [];
      return data.keyPairs.items.map((pair) => ({ id: pair.name, label: pair.name, detail: pair.type, rank: 0 }));
  }
}

/** Per snapshot: the ordered choices per field and file context, and IDs as YAML writes them (the costly part). */
interface ChoiceMemo {
  readonly ordered: Map<string, Choice[]>;
  readonly yamlText: Map<string, string>;
}
const memos = new WeakMap<AccountData, ChoiceMemo>();
/** A handful of zone/VPC combinations is all a person types in one session; past that, start again. */
const MAX_MEMO_ENTRIES = 64;

function orderedChoices(
  field: IdField,
  data: AccountData,
  server: ObjectNode | undefined,
): { choices: Choice[]; memo: ChoiceMemo } {
  let memo = memos.get(data);
  if (!memo) memos.set(data, (memo = { ordered: new Map(), yamlText: new Map() }));
  // Only flavors depend on the zone and subnets on the VPC; the others on nothing in the file.
  const key =
    field === 'flavorRef'
      ? `${field}\0${stringValue(server, 'availability_zone') ?? ''}`
      : field === 'subnet_id'
        ? `${field}\0${stringValue(server, 'vpcid') ?? ''}`
        : field;
  let choices = memo.ordered.get(key);
  if (!choices) {
    choices = choicesFor(field, data, server)
      .map((choice, index) => ({ choice, index }))
      .sort((a, b) => a.choice.rank - b.choice.rank || a.index - b.index)
      .map(({ choice }) => choice);
    if (memo.ordered.size >= MAX_MEMO_ENTRIES) memo.ordered.clear();
    memo.ordered.set(key, choices);
  }
  return { choices, memo };
}

function yamlText(memo: ChoiceMemo, id: string): string {
  let written = memo.yamlText.get(id);
  if (written === undefined) memo.yamlText.set(id, (written = yamlScalar(id)));
  return written;
}

/** Completion items for an ID value, before the schema's own; [] when the field is no ID or its list is unknown. */
export function accountCompletionItems(
  parsed: ParsedDocument,
  context: ValueContext,
  data: AccountData,
): CompletionItem[] {
  const field = idFieldAt(context.valuePath);
  if (!field) return [];
  const { choices, memo } = orderedChoices(field, data, serverOf(parsed));
  const range = rangeOf(parsed, context.replaceStart, context.replaceEnd - context.replaceStart);
  const quoted = parsed.format === 'json' && parsed.text[context.replaceStart] === '"';
  return choices.map((choice, position) => {
    const written = parsed.format === 'json' ? JSON.stringify(choice.id) : yamlText(memo, choice.id);
    const item: CompletionItem = {
      label: choice.label,
      kind: CompletionItemKind.Reference,
      // '!' sorts before the digits of the schema's own items.
      sortText: `!${String(position).padStart(6, '0')}`,
      filterText: `${quoted ? '"' : ''}${choice.id} ${choice.label}`,
      textEdit: { range, newText: (context.needsLeadingSpace ? ' ' : '') + written + (context.commaAfter ? ',' : '') },
      insertTextFormat: InsertTextFormat.PlainText,
    };
    if (choice.detail) item.detail = choice.detail;
    return item;
  });
}

/** What an ID under the cursor is in the account, or that it was not found; undefined elsewhere. */
export function accountHover(parsed: ParsedDocument, offset: number, data: AccountData, now: Date): Hover | undefined {
  const node = findNodeAtOffset(parsed.root, offset);
  if (!node || node.type !== 'string') return undefined;
  const field = idFieldAt(pathOf(node));
  if (!field) return undefined;
  const described = describe(field, node.value, data);
  if (described === undefined) return undefined;
  const value =
    described === null
      ? `**${node.value}**: not found in profile ${data.profile} / region ${data.region} ` +
        `(data from ${dataAge(data.fetchedAtMs, now)})`
      : `${described}\n\n_${dataSource(data, now)}_`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(parsed, node.offset, node.length) };
}

/** Markdown for a found ID, null when the (known) list lacks it, undefined when the list is unknown. */
function describe(field: IdField, id: string, data: AccountData): string | null | undefined {
  const find = <T>(part: AccountPart<T>): T | null | undefined =>
    part.known ? (part.byId.get(id) ?? null) : undefined;
  switch (field) {
    case 'flavorRef': {
      const flavor = find(data.flavors);
      if (!flavor) return flavor;
      const zones = Object.entries(flavor.zoneStatus)
        .map(([zone, status]) => `${zone}: ${status}`)
        .join(', ');
      return (
        `**Flavor ${flavor.id}** — ${flavor.vcpus} vCPU, ${gib(flavor.ramMib)}, ${flavor.architecture}` +
        `${flavor.maxNics === undefined ? '' : `, up to ${flavor.maxNics} NICs`}${zones ? `\n\nSale status: ${zones}` : ''}`
      );
    }
    case 'imageRef': {
      const image = find(data.images);
      if (!image) return image;
      return (
        `**Image ${image.name}** — ${image.status}, ${image.osType ?? 'OS not stated'}, ${image.architecture}, ` +
        `min ${image.minDiskGb} GB system disk`
      );
    }
    case 'availability_zone': {
      const zone = find(data.zones);
      return zone ? `**Availability zone ${zone.name}**${zone.available ? '' : ' — not available'}` : zone;
    }
    case 'vpcid': {
      const vpc = find(data.vpcs);
      return vpc ? `**VPC ${vpc.name || vpc.id}** ${vpc.cidr ?? ''}`.trim() : vpc;
    }
    case 'subnet_id': {
      const subnet = find(data.subnets);
      if (!subnet) return subnet;
      const vpc = data.vpcs.known ? data.vpcs.byId.get(subnet.vpcId) : undefined;
      return (
        `**Subnet ${subnet.name || subnet.id}** ${subnet.cidr}, in VPC ${vpc?.name || subnet.vpcId}` +
        `${subnet.freeIps === undefined ? '' : `, ${subnet.freeIps} free IPs`}`
      );
    }
    case 'security_group': {
      const group = find(data.securityGroups);
      return group
        ? `**Security group ${group.name || group.id}**${group.description ? ` — ${group.description}` : ''}`
        : group;
    }
    case 'key_name': {
      const pair = find(data.keyPairs);
      return pair ? `**Key pair ${pair.name}**${pair.type ? ` (${pair.type})` : ''}` : pair;
    }
  }
}
