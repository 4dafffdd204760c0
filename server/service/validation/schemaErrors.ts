/**
 * Turns ajv's errors into one diagnostic per problem, on the node the problem is about:
 * a missing property on the key of the object that lacks it, an unknown property on its
 * key, a bad value on the value. Messages name the field and say what is allowed.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument, PropertyNode, ValueNode } from '../../../request/parser/ast';
import { getProperty, isPlaceholder } from '../../../request/parser/nodes';
import type { FixData } from '../types';
import type { JsonSchema } from '../schema/jsonSchema';
import { DiagnosticCodes } from './codes';
import { MAX_DIAGNOSTICS } from './limits';
import { makeDiagnostic, type Span } from './diagnostics';
import { toValidationValue, validateAgainstSchema } from './schemaValidator';
import { closestName, rankCandidates } from './suggestions';
import { describeValue, quoteScalarMessage, typeNames, wantsString } from './typeMessages';

type Path = (string | number)[];

/** Where an instance path lands in the tree. */
interface Located {
  readonly path: Path;
  /** The value at the path (undefined for a YAML `key:` with nothing after it). */
  readonly node?: ValueNode;
  /** The property holding that value, when the last step is a key. */
  readonly property?: PropertyNode;
}

/** A diagnostic in the making; `kind` + span identify duplicates. */
interface Problem {
  readonly span: Span;
  readonly kind: string;
  readonly message: string;
  readonly code: string;
  readonly fixes?: FixData[];
  /** Problems about a value (not about keys or missing properties). */
  readonly onValue: boolean;
}

/** Keywords a `${env:..}` / `${secret:..}` placeholder satisfies: the real value comes later. */
const PLACEHOLDER_SATISFIES = new Set(['pattern', 'format', 'minLength', 'maxLength', 'enum', 'const']);

/** Keywords that are consequences of a wrong type on the same value; the type error says it all. */
const SUPERSEDED_BY_TYPE = new Set([
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
]);

const FORMAT_NAMES: Record<string, string> = {
  ipv4: 'an IPv4 address such as 192.168.0.10',
  ipv6: 'an IPv6 address',
  'date-time': 'a date and time such as 2026-01-31T08:00:00Z',
  date: 'a date such as 2026-01-31',
  uuid: 'a UUID',
  uri: 'a URI',
  email: 'an e-mail address',
  hostname: 'a host name',
};

const MAX_LISTED_VALUES = 15;

export function schemaDiagnostics(document: ParsedDocument, root: ValueNode): Diagnostic[] {
  // Describing an error costs far more than finding it (spelling suggestions): beyond what
  // validate.ts lists anyway, the rest are left undescribed.
  const errors = collapseAlternatives(validateAgainstSchema(toValidationValue(root, document.format))).slice(
    0,
    2 * MAX_DIAGNOSTICS,
  );
  const problems: Problem[] = [];
  const missingByObject = new Map<string, { located: Located; names: string[] }>();

  for (const error of errors) {
    const located = locate(root, error.instancePath);
    if (!located) continue;
    if (error.keyword === 'required') {
      const key = error.instancePath;
      const entry = missingByObject.get(key) ?? { located, names: [] };
      entry.names.push(String((error.params as { missingProperty?: unknown }).missingProperty));
      missingByObject.set(key, entry);
      continue;
    }
    const problem = describeError(document, error, located);
    if (problem) problems.push(problem);
  }
  for (const { located, names } of missingByObject.values()) {
    // A key typed without its value yet (`"flavorRef" "x"`) is a syntax error already; not "missing".
    const object = located.node?.type === 'object' ? located.node : undefined;
    const absent = names.filter((name) => !getProperty(object, name));
    if (absent.length > 0) problems.push(missingProblem(located, absent));
  }

  return dedupe(problems).map((problem) =>
    makeDiagnostic(document, problem.span, problem.message, 'error', problem.code, problem.fixes),
  );
}

/** Walks a JSON pointer (`/server/nics/0`) through the tree. */
function locate(root: ValueNode, pointer: string): Located | undefined {
  const segments =
    pointer === ''
      ? []
      : pointer
          .split('/')
          .slice(1)
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: Path = [];
  let node: ValueNode | undefined = root;
  let property: PropertyNode | undefined;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.type === 'array') {
      const index = Number(segment);
      node = node.items[index];
      property = undefined;
      path.push(index);
    } else if (node.type === 'object') {
      property = getProperty(node, segment);
      node = property?.valueNode;
      path.push(segment);
      if (!property) return undefined;
    } else {
      return undefined;
    }
  }
  return { path, node, property };
}

/** How a field is named in messages: its key, or `list[2]` for a list item. */
function fieldLabel(path: Path): string {
  let index = path.length - 1;
  let suffix = '';
  while (index >= 0 && typeof path[index] === 'number') {
    suffix = `[${path[index]}]${suffix}`;
    index--;
  }
  if (index < 0) return suffix ? `item ${suffix}` : 'the request body';
  return `"${path[index]}${suffix}"`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The span of a key, or the opening of an object that has no key (root, list item). */
function objectSpan(located: Located): Span {
  if (located.property) return located.property.keyNode;
  const node = located.node;
  if (!node) return { offset: 0, length: 0 };
  if (node.type === 'object') {
    // JSON: the `{`. YAML block mapping: its first key (a mapping has no opening character).
    const first = node.properties[0];
    if (node.length > 0 && !first) return { offset: node.offset, length: Math.min(node.length, 1) };
    return first && first.offset === node.offset ? first.keyNode : { offset: node.offset, length: 1 };
  }
  return node;
}

/** The span of a value, or of its key when it has no value (`name:` in YAML). */
function valueSpan(located: Located): Span {
  if (located.node) return located.node;
  if (located.property) return located.property.keyNode;
  return { offset: 0, length: 0 };
}

function missingProblem(located: Located, names: string[]): Problem {
  const quoted = names.map((name) => `"${name}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  const noun = names.length === 1 ? 'property' : 'properties';
  return {
    span: objectSpan(located),
    kind: 'required',
    message: `${capitalize(fieldLabel(located.path))} is missing the required ${noun} ${list}.`,
    code: DiagnosticCodes.schema,
    fixes: [{ kind: 'addProperties', path: located.path, properties: names }],
    onValue: false,
  };
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED_VALUES).map((value) => {
    // Quote only strings that would otherwise read as another type ("true", "1").
    if (typeof value === 'string' && value !== '' && !/^(true|false|null|-?\d+(\.\d+)?)$/.test(value)) return value;
    return JSON.stringify(value);
  });
  return values.length > MAX_LISTED_VALUES ? `${shown.join(', ')}, …` : shown.join(', ');
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function describeError(document: ParsedDocument, error: ErrorObject, located: Located): Problem | undefined {
  const params = error.params as Record<string, unknown>;
  const schema = (error.parentSchema ?? {}) as JsonSchema & { patternErrorMessage?: string; errorMessage?: unknown };
  const node = located.node;
  const label = fieldLabel(located.path);
  const value = (kind: string, message: string, fixes?: FixData[], code: string = DiagnosticCodes.schema): Problem => ({
    span: valueSpan(located),
    kind,
    message,
    code,
    fixes,
    onValue: true,
  });

  // Keys of an object checked with propertyNames: the error carries the offending key.
  if (error.keyword === 'propertyNames') return undefined;
  if (error.propertyName !== undefined) {
    const object = node?.type === 'object' ? node : undefined;
    const property = object && getProperty(object, error.propertyName);
    if (!property) return undefined;
    return {
      span: property.keyNode,
      kind: `propertyName:${error.propertyName}`,
      code: DiagnosticCodes.schema,
      onValue: false,
      message:
        `"${error.propertyName}" is not an allowed key ` +
        `in ${label}${schema.pattern ? ` (keys must match ${schema.pattern})` : ''}.`,
    };
  }

  if (node?.type === 'string' && isPlaceholder(node.value) && PLACEHOLDER_SATISFIES.has(error.keyword))
    return undefined;

  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const object = node?.type === 'object' ? node : undefined;
      const property = object && getProperty(object, name);
      if (!property) return undefined;
      const known = Object.keys(schema.properties ?? {});
      const suggestion = closestName(name, known);
      const path = [...located.path, name];
      const fixes: FixData[] = suggestion ? [{ kind: 'renameProperty', path, newName: suggestion }] : [];
      fixes.push({ kind: 'removeProperty', path });
      const where = located.path.length === 0 ? 'the request body' : label;
      return {
        span: property.keyNode,
        kind: 'additionalProperties',
        code: DiagnosticCodes.schema,
        fixes,
        onValue: false,
        message:
          `"${name}" is not a known property ` +
          `of ${where}.${suggestion ? ` Did you mean "${suggestion}"?` : ' Remove it or check its spelling.'}`,
      };
    }
    case 'type':
      return typeProblem(document, located, String(params.type).split(','));
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? schema.enum ?? [];
      const actual = node && 'value' in node ? node.value : undefined;
      const candidates = rankCandidates(actual, allowed);
      const suggestion =
        typeof actual === 'string'
          ? closestName(
              actual,
              allowed.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      return value(
        'enum',
        `${capitalize(label)} must be one ` +
          `of ${listValues(allowed)}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
        [{ kind: 'replaceValue', path: located.path, candidates }],
      );
    }
    case 'const':
      return value('const', `${capitalize(label)} must be ${listValues([params.allowedValue])}.`, [
        { kind: 'replaceValue', path: located.path, candidates: [params.allowedValue] },
      ]);
    case 'minimum':
      return value('range', `${capitalize(label)} must be at least ${params.limit}.`, [
        { kind: 'replaceValue', path: located.path, candidates: [params.limit] },
      ]);
    case 'maximum':
      return value('range', `${capitalize(label)} must be at most ${params.limit}.`, [
        { kind: 'replaceValue', path: located.path, candidates: [params.limit] },
      ]);
    case 'exclusiveMinimum':
      return value('range', `${capitalize(label)} must be greater than ${params.limit}.`);
    case 'exclusiveMaximum':
      return value('range', `${capitalize(label)} must be less than ${params.limit}.`);
    case 'multipleOf':
      return value('range', `${capitalize(label)} must be a multiple of ${params.multipleOf}.`);
    case 'minLength': {
      const limit = Number(params.limit);
      return value(
        'length',
        limit === 1
          ? `${capitalize(label)} must not be empty.`
          : `${capitalize(label)} must be at least ${plural(limit, 'character')} long.`,
      );
    }
    case 'maxLength': {
      const actual = node?.type === 'string' ? ` (it has ${[...node.value].length})` : '';
      return value(
        'length',
        `${capitalize(label)} must be at most ${plural(Number(params.limit), 'character')} long${actual}.`,
      );
    }
    case 'pattern': {
      const custom =
        schema.patternErrorMessage ?? (typeof schema.errorMessage === 'string' ? schema.errorMessage : undefined);
      const expected =
        custom ?? (schema.description ? `Expected: ${schema.description}` : `It must match ${params.pattern}.`);
      return value('pattern', `${capitalize(label)} does not have the allowed form. ${expected}`);
    }
    case 'format': {
      const format = String(params.format);
      return value('format', `${capitalize(label)} must be ${FORMAT_NAMES[format] ?? `in ${format} format`}.`);
    }
    case 'minItems':
      return {
        ...value('items', `${capitalize(label)} must have at least ${plural(Number(params.limit), 'item')}.`),
        span: objectSpan(located),
      };
    case 'maxItems': {
      const count = node?.type === 'array' ? ` (it has ${node.items.length})` : '';
      return {
        ...value('items', `${capitalize(label)} must have at most ${plural(Number(params.limit), 'item')}${count}.`),
        span: objectSpan(located),
      };
    }
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      const earlier = Math.min(Number(params.i), Number(params.j));
      const item = node?.type === 'array' ? node.items[later] : undefined;
      return {
        span: item ?? valueSpan(located),
        kind: 'uniqueItems',
        code: DiagnosticCodes.schema,
        onValue: false,
        message: `${capitalize(label)} lists the same item twice (items ${earlier + 1} and ${later + 1}); remove one.`,
        fixes: item ? [{ kind: 'removeProperty', path: [...located.path, later] }] : undefined,
      };
    }
    case 'minProperties':
      return {
        ...value(
          'properties',
          `${capitalize(label)} must have at least ${plural(Number(params.limit), 'entry', 'entries')}.`,
        ),
        span: objectSpan(located),
      };
    case 'maxProperties': {
      const count = node?.type === 'object' ? ` (it has ${node.properties.length})` : '';
      return {
        ...value(
          'properties',
          `${capitalize(label)} must have at most ${plural(Number(params.limit), 'entry', 'entries')}${count}.`,
        ),
        span: objectSpan(located),
      };
    }
    case 'dependencies':
    case 'dependentRequired': {
      const object = node?.type === 'object' ? node : undefined;
      const property = object && getProperty(object, String(params.property));
      return {
        span: property?.keyNode ?? objectSpan(located),
        kind: `dependency:${params.property}`,
        code: DiagnosticCodes.schema,
        onValue: false,
        message: `"${params.property}" also needs "${params.missingProperty}" in ${label}.`,
        fixes: [{ kind: 'addProperties', path: located.path, properties: [String(params.missingProperty)] }],
      };
    }
    case 'not':
      return value('not', `${capitalize(label)} has a value that is not allowed here.`);
    case 'oneOf':
      return value(
        'oneOf',
        `${capitalize(label)} fits more than one of the allowed forms; keep only the fields of one.`,
      );
    case 'anyOf':
      return value('anyOf', `${capitalize(label)} does not fit any of the allowed forms.`);
    case 'if':
      return undefined;
    default:
      return value(error.keyword, `${capitalize(label)} ${error.message ?? 'is not valid'}.`);
  }
}

function typeProblem(document: ParsedDocument, located: Located, expected: string[]): Problem {
  const { node, path } = located;
  const label = fieldLabel(path);
  const wanted = typeNames(expected);
  if (!node) {
    return {
      span: valueSpan(located),
      kind: 'type',
      code: DiagnosticCodes.schema,
      onValue: true,
      message: `${capitalize(label)} has no value; it must be ${wanted}.`,
    };
  }
  const scalar = node.type !== 'object' && node.type !== 'array' ? node : undefined;
  if (scalar && scalar.type !== 'string' && wantsString(expected)) {
    // YAML typed a plain scalar the API wants as text (`isAutoPay: true`), or JSON has a bare value.
    if (document.format === 'yaml' && scalar.style === 'plain') {
      return {
        span: node,
        kind: 'type',
        code: DiagnosticCodes.yamlType,
        onValue: true,
        message: quoteScalarMessage(scalar),
        fixes: [{ kind: 'quoteScalar', path }],
      };
    }
    return {
      span: node,
      kind: 'type',
      code: DiagnosticCodes.schema,
      onValue: true,
      message: `${capitalize(label)} must be a string: write "${scalar.raw}" in double quotes.`,
      fixes: [{ kind: 'quoteScalar', path }],
    };
  }
  const unquoted = node.type === 'string' ? unquotedValue(node.value, expected) : undefined;
  if (unquoted !== undefined) {
    // "true" / "100" in quotes where the API wants the boolean / number itself.
    return {
      span: node,
      kind: 'type',
      code: DiagnosticCodes.schema,
      onValue: true,
      message: `${capitalize(label)} must be ${wanted}, not a string: write ${String(unquoted)} without quotes.`,
      fixes: [{ kind: 'replaceValue', path, candidates: [unquoted] }],
    };
  }
  return {
    span: node,
    kind: 'type',
    code: DiagnosticCodes.schema,
    onValue: true,
    message: `${capitalize(label)} must be ${wanted}, not ${describeValue(node)}.`,
  };
}

/** The boolean or number a quoted string stands for, when the schema wants that type. */
function unquotedValue(text: string, expected: string[]): boolean | number | undefined {
  const trimmed = text.trim();
  if (expected.includes('boolean') && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  if (/^-?\d+$/.test(trimmed) && (expected.includes('integer') || expected.includes('number'))) return Number(trimmed);
  if (/^-?\d+\.\d+$/.test(trimmed) && expected.includes('number')) return Number(trimmed);
  return undefined;
}

/**
 * anyOf/oneOf report every branch's failures; keep only the branch that came closest (fewest
 * errors, and not failing on the value's type), so the user sees one coherent explanation.
 */
export function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  let result = errors.filter((error) => error.keyword !== 'if');
  const wrappers = result.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf');
  for (const wrapper of wrappers) {
    const prefix = `${wrapper.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of result) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const passing = (wrapper.params as { passingSchemas?: unknown }).passingSchemas;
    if (branches.size === 0 || passing) continue; // oneOf matched twice: only the wrapper explains it
    const score = (list: ErrorObject[]) =>
      list.length + (list.some((e) => e.keyword === 'type' && e.instancePath === wrapper.instancePath) ? 1000 : 0);
    const best = [...branches.values()].sort((a, b) => score(a) - score(b))[0];
    const dropped = new Set<ErrorObject>([wrapper]);
    for (const list of branches.values()) if (list !== best) for (const error of list) dropped.add(error);
    result = result.filter((error) => !dropped.has(error));
  }
  return result;
}

function dedupe(problems: Problem[]): Problem[] {
  const spanKey = (span: Span) => `${span.offset}:${span.length}`;
  const typed = new Set(problems.filter((p) => p.kind === 'type').map((p) => spanKey(p.span)));
  const seen = new Set<string>();
  const result: Problem[] = [];
  for (const problem of problems) {
    const key = `${spanKey(problem.span)}:${problem.kind}`;
    if (seen.has(key)) continue;
    if (
      problem.onValue &&
      problem.kind !== 'type' &&
      typed.has(spanKey(problem.span)) &&
      SUPERSEDED_BY_TYPE.has(kindKeyword(problem.kind))
    )
      continue;
    seen.add(key);
    result.push(problem);
  }
  return result;
}

/** Our problem kinds group several keywords; map back to one the supersede table knows. */
function kindKeyword(kind: string): string {
  switch (kind) {
    case 'range':
      return 'minimum';
    case 'length':
      return 'minLength';
    default:
      return kind;
  }
}
