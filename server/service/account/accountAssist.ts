/**
 * Completion and hover of account IDs: each ID field offers the account's resources, labelled
 * for a person and inserting the ID; hovering an ID says what it is, or that it was not found.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import { dataAge } from '../../../request/accountSnapshot';
import { flavorStatusWhere } from '../../../request/accountQueries';
import type { ObjectNode, ParsedDocument } from '../../../request/parser/ast';
import { asObject, findNodeAtOffset, getValue, pathOf, type NodePath } from '../../../request/parser/nodes';
import { rangeOf } from '../../../request/parser/positions';
import { stringValue } from '../rules/ruleHelpers';
import { yamlScalar } from '../schema/skeleton';
import type { ValueContext } from '../completion/completionContext';
import { dataSource, MAX_ITEMS_PER_KIND, type AccountData, type AccountFlavor, type AccountPart } from './accountData';
import { isOnSale } from './accountChecks';

export type IdField =
  'flavorRef' | 'imageRef' | 'availability_zone' | 'vpcid' | 'subnet_id' | 'security_group' | 'key_name';

/**
 * The ID field a value path is, or undefined: server.flavorRef, server.nics[n].subnet_id,
 * server.security_groups[n].id …
 */
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

/** "2 vCPU, 4 GiB" (and the architecture when it is not x86): a flavor's size for people. */
export function flavorSize(flavor: AccountFlavor): string {
  const architecture = flavor.architecture === 'x86' ? '' : `, ${flavor.architecture}`;
  return `${flavor.vcpus} vCPU, ${gib(flavor.ramMib)}${architecture}`;
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
        const status = flavorStatusWhere(flavor, zone);
        const onSale = isOnSale(status);
        // The label names a non-x86 architecture already: a detail only where there is more to say.
        return {
          id: flavor.id,
          label: `${flavor.id} — ${flavorSize(flavor)}`,
          detail: onSale ? undefined : `${flavor.architecture}, not on sale${zone ? ` in ${zone}` : ''} (${status})`,
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
          // A public image is the usual case: the detail says only what stands out.
          detail:
            image.osType === 'Windows'
              ? 'Windows: not accepted by this API'
              : image.visibility === 'public'
                ? undefined
                : image.visibility,
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
        label:
          `${subnet.name || subnet.id} ${subnet.cidr}` +
          (subnet.freeIps === undefined ? '' : `, ${subnet.freeIps} free IPs`),
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

/** A choice ready to be offered: what filtering compares, computed once per snapshot. */
interface PreparedChoice extends Choice {
  /** `id label`, lower case: what the typed text is looked for in. */
  readonly key: string;
  readonly idLower: string;
  readonly labelLower: string;
  /** The ID as JSON writes it. */
  readonly json: string;
  /**
   * What the editor filters on (it filters on the label unless told otherwise, and the ID must match
   * too): in a quoted JSON value, with the opening quote; elsewhere undefined when the label starts with the ID.
   */
  readonly filterQuoted: string;
  readonly filterPlain: string | undefined;
}

/** A handful of zone/VPC combinations is all a person types in one session; past that, start again. */
const MAX_MEMO_ENTRIES = 64;
/**
 * At most this many account items per answer. Past it the list is marked incomplete, so the editor
 * asks again as the person types, and each answer stays small (2,000 images would take milliseconds
 * to build, send and read, on every keystroke).
 */
export const MAX_ACCOUNT_COMPLETION_ITEMS = 50;
/**
 * At most this many while nothing is typed yet: what VS Code's list shows at once (12 rows). That first
 * answer of each value is the largest; once the person types, the list is asked for again (incomplete)
 * and filtered here with the larger cap. The answer for 2,000 images stays close in size and time to an
 * answer without account data (issue 14: at most 1.5 times it; 20 items measured 1.6 times).
 */
export const MAX_ACCOUNT_ITEMS_BEFORE_TYPING = 12;
/** `!000`, `!001`, …: the sort texts of the account items, made once. */
const SORT_TEXTS = Array.from({ length: MAX_ACCOUNT_COMPLETION_ITEMS }, (_, i) => `!${String(i).padStart(3, '0')}`);

/**
 * The completion side of one snapshot: choices ordered and prepared per field and file context,
 * and IDs as YAML writes them. One per service instance and snapshot (languageService.ts), so that
 * nothing outlives the snapshot it was made from.
 */
export class AccountCompletionIndex {
  private readonly ordered = new Map<string, PreparedChoice[]>();
  private readonly yamlText = new Map<string, string>();

  constructor(readonly data: AccountData) {}

  choices(field: IdField, server: ObjectNode | undefined): PreparedChoice[] {
    // Only flavors depend on the zone and subnets on the VPC; the others on nothing in the file.
    const key =
      field === 'flavorRef'
        ? `${field}\0${stringValue(server, 'availability_zone') ?? ''}`
        : field === 'subnet_id'
          ? `${field}\0${stringValue(server, 'vpcid') ?? ''}`
          : field;
    let choices = this.ordered.get(key);
    if (!choices) {
      choices = choicesFor(field, this.data, server)
        .map((choice, index) => ({ choice, index }))
        .sort((a, b) => a.choice.rank - b.choice.rank || a.index - b.index)
        .map(({ choice }) => {
          const idLower = choice.id.toLowerCase();
          const labelLower = choice.label.toLowerCase();
          // Made once per snapshot, not per answer: each answer then allocates only its items.
          const filterPlain = choice.label.startsWith(choice.id) ? undefined : `${choice.id} ${choice.label}`;
          return {
            ...choice,
            idLower,
            labelLower,
            key: `${idLower} ${labelLower}`,
            json: JSON.stringify(choice.id),
            filterQuoted: `"${filterPlain ?? choice.label}`,
            filterPlain,
          };
        });
      if (this.ordered.size >= MAX_MEMO_ENTRIES) this.ordered.clear();
      this.ordered.set(key, choices);
    }
    return choices;
  }

  yaml(id: string): string {
    let written = this.yamlText.get(id);
    if (written === undefined) {
      if (this.yamlText.size >= MAX_ITEMS_PER_KIND) this.yamlText.clear();
      this.yamlText.set(id, (written = yamlScalar(id)));
    }
    return written;
  }
}

/** Whether the characters of `typed` appear in `key` in order (what an editor's fuzzy filter needs at least). */
function isSubsequence(typed: string, key: string): boolean {
  let at = 0;
  for (let i = 0; i < key.length && at < typed.length; i++) if (key[i] === typed[at]) at++;
  return at === typed.length;
}

/**
 * The choices the typed text can still match, best first and at most `max`: those whose ID or label
 * starts with it, then those containing it, then those holding its characters in order (the editor
 * filters fuzzily, so a narrower filter here would hide items it would show). The order of the
 * choices (on sale in the zone first) is kept within each group. Linear in the choices.
 */
export function filterChoices<T extends Pick<PreparedChoice, 'idLower' | 'labelLower' | 'key'>>(
  choices: readonly T[],
  typed: string,
  max: number,
): { chosen: T[]; incomplete: boolean } {
  if (typed === '') return { chosen: choices.slice(0, max), incomplete: choices.length > max };
  const prefix: T[] = [];
  const contains: T[] = [];
  const fuzzy: T[] = [];
  let matched = 0;
  for (const choice of choices) {
    if (choice.idLower.startsWith(typed) || choice.labelLower.startsWith(typed)) prefix.push(choice);
    else if (choice.key.includes(typed)) contains.push(choice);
    else if (isSubsequence(typed, choice.key)) fuzzy.push(choice);
    else continue;
    matched++;
  }
  return { chosen: [...prefix, ...contains, ...fuzzy].slice(0, max), incomplete: matched > max };
}

/** The text typed so far in the value being completed, lower case, without an opening quote. */
function typedText(parsed: ParsedDocument, context: ValueContext, offset: number): string {
  const end = Math.max(context.replaceStart, Math.min(offset, context.replaceEnd));
  let typed = parsed.text.slice(context.replaceStart, end);
  if (typed.startsWith('"') || typed.startsWith("'")) typed = typed.slice(1);
  return typed.toLowerCase();
}

/**
 * Completion items for an ID value, before the schema's own; [] when the field is no ID or its list
 * is unknown. `incomplete`: more choices match than were sent (the editor asks again as the person types).
 */
export function accountCompletionItems(
  parsed: ParsedDocument,
  context: ValueContext,
  offset: number,
  index: AccountCompletionIndex,
): { items: CompletionItem[]; incomplete: boolean } {
  const field = idFieldAt(context.valuePath);
  if (!field) return { items: [], incomplete: false };
  const typed = typedText(parsed, context, offset);
  const { chosen, incomplete } = filterChoices(
    index.choices(field, serverOf(parsed)),
    typed,
    typed === '' ? MAX_ACCOUNT_ITEMS_BEFORE_TYPING : MAX_ACCOUNT_COMPLETION_ITEMS,
  );
  const range = rangeOf(parsed, context.replaceStart, context.replaceEnd - context.replaceStart);
  const quoted = parsed.format === 'json' && parsed.text[context.replaceStart] === '"';
  const before = context.needsLeadingSpace ? ' ' : '';
  const after = context.commaAfter ? ',' : '';
  const items = chosen.map((choice, position) => {
    const written = parsed.format === 'json' ? choice.json : index.yaml(choice.id);
    // Small items: every byte is sent and read on each keystroke (plain text is the default format).
    const item: CompletionItem = {
      label: choice.label,
      kind: CompletionItemKind.Reference,
      // '!' sorts before the digits of the schema's own items; at most MAX_ACCOUNT_COMPLETION_ITEMS of them.
      sortText: SORT_TEXTS[position] ?? `!${position}`,
      textEdit: { range, newText: before === '' && after === '' ? written : before + written + after },
    };
    const filterText = quoted ? choice.filterQuoted : choice.filterPlain;
    if (filterText !== undefined) item.filterText = filterText;
    if (choice.detail) item.detail = choice.detail;
    return item;
  });
  return { items, incomplete };
}

/** ID fields hover explains but completion does not offer. */
type HoverOnlyField = 'server_group' | 'volumetype' | 'eip' | 'bandwidth' | 'enterprise_project';

/** The hover-only ID field a value path is: os:scheduler_hints.group, a disk's volumetype, publicip.id … */
function hoverOnlyFieldAt(path: NodePath): HoverOnlyField | undefined {
  if (path[0] !== 'server') return undefined;
  const [, first, second, third, fourth] = path;
  if (path.length === 3) {
    if (first === 'os:scheduler_hints' && second === 'group') return 'server_group';
    if (first === 'root_volume' && second === 'volumetype') return 'volumetype';
    if (first === 'publicip' && second === 'id') return 'eip';
    if (first === 'ipv6_bandwidth' && second === 'id') return 'bandwidth';
    if (first === 'extendparam' && second === 'enterprise_project_id') return 'enterprise_project';
  }
  if (path.length === 4 && first === 'data_volumes' && typeof second === 'number' && third === 'volumetype') {
    return 'volumetype';
  }
  if (path.length === 5 && first === 'publicip' && second === 'eip' && third === 'bandwidth' && fourth === 'id') {
    return 'bandwidth';
  }
  return undefined;
}

/** What an ID under the cursor is in the account, or that it was not found; undefined elsewhere. */
export function accountHover(parsed: ParsedDocument, offset: number, data: AccountData, now: Date): Hover | undefined {
  const node = findNodeAtOffset(parsed.root, offset);
  if (!node || node.type !== 'string') return undefined;
  const path = pathOf(node);
  const field = idFieldAt(path) ?? hoverOnlyFieldAt(path);
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
function describe(field: IdField | HoverOnlyField, id: string, data: AccountData): string | null | undefined {
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
        (flavor.maxNics === undefined ? '' : `, up to ${flavor.maxNics} NICs`) +
        (zones ? `\n\nSale status: ${zones}` : '')
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
    case 'server_group': {
      const group = find(data.serverGroups);
      if (!group) return group;
      const policy = group.policies.length > 0 ? `policy ${group.policies.join(', ')}` : 'policy not stated';
      const members = group.memberCount === undefined ? '' : `, ${group.memberCount} members`;
      return `**Server group ${group.name || group.id}** — ${policy}${members}`;
    }
    case 'volumetype': {
      const type = find(data.diskTypes);
      if (!type) return type;
      const zones = type.zones === undefined ? 'zones not stated' : `offered in ${type.zones.join(', ') || 'no zone'}`;
      const soldOut = type.soldOutZones?.length ? `; sold out in ${type.soldOutZones.join(', ')}` : '';
      return `**Disk type ${type.name}** — ${zones}${soldOut}`;
    }
    case 'eip': {
      const eip = find(data.eips);
      if (!eip) return eip;
      const state = eip.status === 'DOWN' ? 'free' : eip.status === 'ACTIVE' ? 'bound' : eip.status;
      return `**EIP ${eip.address ?? eip.id}** — ${state} (${eip.status})${eip.type ? `, ${eip.type}` : ''}`;
    }
    case 'bandwidth': {
      const bandwidth = find(data.bandwidths);
      if (!bandwidth) return bandwidth;
      const details = [
        bandwidth.shareType === 'WHOLE' ? 'shared' : bandwidth.shareType,
        bandwidth.size === undefined ? undefined : `${bandwidth.size} Mbit/s`,
        bandwidth.eipCount === undefined ? undefined : `${bandwidth.eipCount} EIPs`,
      ].filter(Boolean);
      return `**Bandwidth ${bandwidth.name || bandwidth.id}**${details.length > 0 ? ` — ${details.join(', ')}` : ''}`;
    }
    case 'enterprise_project': {
      const project = find(data.enterpriseProjects);
      if (project) return `**Enterprise project ${project.name || project.id}** — ${project.status}`;
      // "0" is the default project, which a list need not contain.
      return id === '0' ? '**Enterprise project 0** — the default project' : project;
    }
  }
}
