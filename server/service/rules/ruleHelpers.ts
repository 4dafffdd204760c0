/**
 * Small readers shared by the cross-field rules. Every reader returns `undefined` when a value
 * is absent OR has another type than expected: the schema validator reports wrong types, so a
 * rule simply does not judge them (no crash, no double report).
 */
import type { ArrayNode, ObjectNode, PropertyNode, StringNode, ValueNode } from '../../../request/parser/ast';
import { getProperty, isPlaceholder, pathOf, toPlainValue } from '../../../request/parser/nodes';
import { billingModeOf } from '../../../request/requestFacts';
import type { CrossFieldRule, FixData, RuleContext, RuleFinding } from '../types';

type NodeOfType<T extends ValueNode['type']> = Extract<ValueNode, { type: T }>;

/** A property together with its value, already narrowed to the expected node type. */
export interface TypedProperty<N extends ValueNode> {
  readonly property: PropertyNode;
  readonly value: N;
}

export function propertyOfType<T extends ValueNode['type']>(
  object: ObjectNode | undefined,
  key: string,
  type: T,
): TypedProperty<NodeOfType<T>> | undefined {
  const property = getProperty(object, key);
  const value = property?.valueNode;
  if (!property || !value || value.type !== type) return undefined;
  return { property, value: value as NodeOfType<T> };
}

/**
 * A property that is really there: written with a value other than null. Rules that ask for a
 * property to go use this, so that `key: null` (or `key:` still being typed) is left to the schema.
 */
export function presentProperty(object: ObjectNode | undefined, key: string): PropertyNode | undefined {
  const property = getProperty(object, key);
  return property?.valueNode && property.valueNode.type !== 'null' ? property : undefined;
}

export function objectAt(object: ObjectNode | undefined, key: string): ObjectNode | undefined {
  return propertyOfType(object, key, 'object')?.value;
}

export function arrayAt(object: ObjectNode | undefined, key: string): ArrayNode | undefined {
  return propertyOfType(object, key, 'array')?.value;
}

/** A string value, unless it is a `${env:…}`/`${secret:…}` placeholder (unknown until sent). */
export function literalString(object: ObjectNode | undefined, key: string): TypedProperty<StringNode> | undefined {
  const found = propertyOfType(object, key, 'string');
  return found && !isPlaceholder(found.value.value) ? found : undefined;
}

/** The string value of a property, or undefined (absent, other type, placeholder). */
export function stringValue(object: ObjectNode | undefined, key: string): string | undefined {
  return literalString(object, key)?.value.value;
}

/** True when the property holds a non-empty string (placeholders count: they will be filled in). */
export function hasNonEmptyString(object: ObjectNode | undefined, key: string): boolean {
  const found = propertyOfType(object, key, 'string');
  return found !== undefined && found.value.value.trim() !== '';
}

/**
 * A flag the API types as a boolean or as a "true"/"false" string: both spellings are read
 * quietly here, the schema validator reports the typing.
 */
export function flagValue(object: ObjectNode | undefined, key: string): boolean | undefined {
  const value = getProperty(object, key)?.valueNode;
  if (value?.type === 'boolean') return value.value;
  if (value?.type === 'string') {
    const text = value.value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return undefined;
}

/**
 * A value written where the API wants a JSON boolean but reads anything else as a default
 * (hw:passthrough, support_auto_recovery): how to name it and the fix's candidates. Undefined for
 * booleans, absent or null values (null reads as "not given") and placeholders.
 */
export interface NonBooleanValue {
  readonly node: ValueNode;
  /** "the string \"true\"", "the number 1", ... */
  readonly described: string;
  /** The boolean a "true"/"false" string stands for, else both. */
  readonly candidates: boolean[];
}

export function nonBooleanValue(object: ObjectNode | undefined, key: string): NonBooleanValue | undefined {
  const node = getProperty(object, key)?.valueNode;
  if (!node || node.type === 'boolean' || node.type === 'null') return undefined;
  if (node.type === 'string' && isPlaceholder(node.value)) return undefined;
  const described =
    node.type === 'string'
      ? `the string ${JSON.stringify(node.value)}`
      : node.type === 'number'
        ? `the number ${node.raw}`
        : node.type === 'object'
          ? 'an object'
          : 'a list';
  const meant = flagValue(object, key);
  return { node, described, candidates: meant === undefined ? [false, true] : [meant] };
}

/** The object items of an array with their index (items of other types are the schema's business). */
export interface IndexedObject {
  readonly node: ObjectNode;
  readonly index: number;
}

export function objectItems(array: ArrayNode | undefined): IndexedObject[] {
  const result: IndexedObject[] = [];
  array?.items.forEach((item, index) => {
    if (item.type === 'object') result.push({ node: item, index });
  });
  return result;
}

// ---------------------------------------------------------------------------------------------
// Server-level facts several rules need

export type BillingMode = 'prePaid' | 'postPaid' | 'unknown';

export interface Billing {
  readonly mode: BillingMode;
  /** The `chargingMode` value node, when written in the file. */
  readonly node?: ValueNode;
}

/**
 * The server's billing mode: absent `extendparam`/`chargingMode` means pay-per-use.
 * A placeholder, a wrong type or an unknown word gives 'unknown', and rules stay silent then.
 */
export function serverBilling(server: ObjectNode | undefined): Billing {
  const property = getProperty(objectAt(server, 'extendparam'), 'chargingMode');
  if (!property) return { mode: 'postPaid' };
  const node = property.valueNode;
  // The request core's reading of chargingMode; a key with no value says nothing documented.
  const mode = node ? billingModeOf(toPlainValue(node)) : 'undocumented';
  return mode === 'undocumented' ? { mode: 'unknown', node } : { mode, node };
}

export function isPrePaid(context: RuleContext): boolean {
  return serverBilling(context.server).mode === 'prePaid';
}

/** `count` as a number (1 when absent); undefined when written with another type. */
export function serverCount(server: ObjectNode | undefined): number | undefined {
  const property = getProperty(server, 'count');
  if (!property) return 1;
  return property.valueNode?.type === 'number' ? property.valueNode.value : undefined;
}

/** A disk of the request: the system disk or one data disk. */
export interface Disk {
  readonly node: ObjectNode;
  /** How messages name it: 'root_volume' or 'data_volumes[2]'. */
  readonly label: string;
}

/** The data disks of `server` (a list of at most 60 small objects, built per call). */
export function dataDisks(server: ObjectNode | undefined): readonly Disk[] {
  if (!server) return [];
  return objectItems(arrayAt(server, 'data_volumes')).map(({ node: disk, index }) => ({
    node: disk,
    label: `data_volumes[${index}]`,
  }));
}

export function allDisks(server: ObjectNode | undefined): readonly Disk[] {
  if (!server) return [];
  const root = objectAt(server, 'root_volume');
  return root ? [{ node: root, label: 'root_volume' }, ...dataDisks(server)] : dataDisks(server);
}

/**
 * The check of a rule that judges each disk on its own (most disk rules): runs `check` on every
 * disk `disks` picks and collects the findings.
 */
export function checkEachDisk(
  disks: (server: ObjectNode | undefined) => readonly Disk[],
  check: (disk: Disk, context: RuleContext) => RuleFinding | RuleFinding[] | undefined,
): CrossFieldRule['check'] {
  return (context) => {
    // A plain loop: most disks have no finding, and flatMap would allocate an array for each.
    const findings: RuleFinding[] = [];
    for (const disk of disks(context.server)) {
      const found = check(disk, context);
      if (found === undefined) continue;
      if (Array.isArray(found)) findings.push(...found);
      else findings.push(found);
    }
    return findings;
  };
}

/** The disk fields a rule reads, as hover paths for both disk kinds. */
export function diskFields(...keys: string[]): string[] {
  return [...keys.map((key) => `root_volume.${key}`), ...keys.map((key) => `data_volumes[].${key}`)];
}

// ---------------------------------------------------------------------------------------------
// Fixes

export function removeProperty(property: PropertyNode): FixData {
  return { kind: 'removeProperty', path: pathOf(property) };
}

export function renameProperty(property: PropertyNode, newName: string): FixData {
  return { kind: 'renameProperty', path: pathOf(property), newName };
}

/** `values` holds the value to write for properties whose right value the rule knows. */
export function addProperties(object: ObjectNode, properties: string[], values?: Record<string, unknown>): FixData {
  return values
    ? { kind: 'addProperties', path: pathOf(object), properties, values }
    : { kind: 'addProperties', path: pathOf(object), properties };
}

export function replaceValue(node: ValueNode, candidates: unknown[]): FixData {
  return { kind: 'replaceValue', path: pathOf(node), candidates };
}

/** The fix that makes `object[key]` hold `value`: replace what is written, or add the property with it. */
export function setValueFix(object: ObjectNode, key: string, value: string): FixData {
  const written = getProperty(object, key)?.valueNode;
  return written ? replaceValue(written, [value]) : addProperties(object, [key], { [key]: value });
}

/** Whether a property holds the string `expected`, or a placeholder (unknown until sent, so not judged). */
export function holdsStringOrPlaceholder(object: ObjectNode | undefined, key: string, expected: string): boolean {
  const written = getProperty(object, key)?.valueNode;
  return written?.type === 'string' && (written.value === expected || isPlaceholder(written.value));
}

/** A finding on a property's key with the fix that removes the property. */
export function removableFinding(
  property: PropertyNode,
  message: string,
  severity?: RuleFinding['severity'],
): RuleFinding {
  return { node: property.keyNode, message, severity, fixes: [removeProperty(property)] };
}

/** Rules are declared as plain objects; this only fixes the type and keeps the lists immutable. */
export function defineRule(rule: CrossFieldRule): CrossFieldRule {
  return Object.freeze({ ...rule, fields: Object.freeze([...rule.fields]) });
}

/** Unicode-aware length (an emoji or a rare CJK character counts once, as users count). */
export function charCount(text: string): number {
  return [...text].length;
}
