/**
 * Adds missing properties in the file's style, each with the value the diagnostic named (when
 * the rule knows the right one) or else a skeleton value built from the schema.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ObjectNode, PropertyNode } from '../../../request/parser/ast';
import type { NodePath } from '../../../request/parser/nodes';
import { buildSkeleton, renderProperty, type RenderOptions, type Skeleton } from '../schema/skeleton';
import { lineBreakOf } from '../completion/documentText';
import {
  columnOf,
  contentEnd,
  insertEdit,
  isFlowCollection,
  lineIndentOf,
  nextLineStart,
  objectAtPath,
  propertyAtPath,
  replaceEdit,
  startsLine,
  type FixContext,
} from './fixContext';

/** What to add: the property names in order, and the known value of some of them. */
export interface NewProperties {
  readonly names: readonly string[];
  readonly values?: Readonly<Record<string, unknown>>;
}

export function addPropertiesEdits(context: FixContext, path: NodePath, additions: NewProperties): TextEdit[] {
  const { doc } = context;
  const object = objectAtPath(doc, path);
  if (object && doc.format === 'yaml' && object.properties.length === 0 && object.parent?.type === 'property') {
    // `key: {}` in YAML: write the properties as the key's block instead.
    return addUnderKey(context, path, object.parent, additions, object);
  }
  if (object)
    return isFlowCollection(doc, object)
      ? addToFlow(context, path, object, additions)
      : addToBlock(context, path, object, additions);
  // `key:` with nothing after it yet (YAML): the new properties become its block value.
  const owner = path.length > 0 ? propertyAtPath(doc, path) : undefined;
  if (owner && !owner.valueNode && doc.format === 'yaml') return addUnderKey(context, path, owner, additions);
  return [];
}

/** A value the rule named for `name`, as a skeleton (scalars only: rules name no objects). */
function knownScalar(values: NewProperties['values'], name: string): Skeleton | undefined {
  if (!values || !Object.prototype.hasOwnProperty.call(values, name)) return undefined;
  const value = values[name];
  if (value !== null && typeof value === 'object') return undefined;
  return { kind: 'scalar', type: 'unknown', choices: [], preset: value };
}

function renderEntries(
  context: FixContext,
  path: NodePath,
  { names, values }: NewProperties,
  baseIndent: string,
): string[] {
  const objectSchema = context.navigator.subschemaAt(path);
  const options: RenderOptions = {
    format: context.doc.format,
    indentUnit: context.indentUnit,
    baseIndent,
    snippet: false,
  };
  return names.map((name) => {
    const known = knownScalar(values, name);
    if (known) return renderProperty(name, known, options);
    const schema = objectSchema ? context.navigator.childSchema(objectSchema, name) : undefined;
    return renderProperty(name, buildSkeleton(context.navigator, schema), options);
  });
}

function addToFlow(context: FixContext, path: NodePath, object: ObjectNode, additions: NewProperties): TextEdit[] {
  const { doc } = context;
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    // `{}` → a multi-line object in the indentation of the line it is on.
    const indent = lineIndentOf(doc, object.offset);
    const entries = renderEntries(context, path, additions, indent + context.indentUnit);
    const body = entries.map((entry) => `${indent}${context.indentUnit}${entry}`).join(`,\n`);
    return [
      replaceEdit(
        doc,
        object.offset,
        contentEnd(doc, object),
        `{\n${body}\n${indent}}`.replace(/\n/g, lineBreakOf(doc.text)),
      ),
    ];
  }
  if (startsLine(doc, last.offset)) {
    const indent = lineIndentOf(doc, last.offset);
    const entries = renderEntries(context, path, additions, indent);
    const text = entries.map((entry) => `,\n${indent}${entry}`).join('');
    return [insertEdit(doc, contentEnd(doc, last), text.replace(/\n/g, lineBreakOf(doc.text)))];
  }
  const entries = renderEntries(context, path, additions, lineIndentOf(doc, last.offset));
  return [insertEdit(doc, contentEnd(doc, last), entries.map((entry) => `, ${entry}`).join(''))];
}

function addToBlock(context: FixContext, path: NodePath, object: ObjectNode, additions: NewProperties): TextEdit[] {
  const { doc } = context;
  const first = object.properties[0];
  const last = object.properties[object.properties.length - 1];
  if (!first || !last) return [];
  const indent = ' '.repeat(columnOf(doc, first.keyNode.offset));
  const entries = renderEntries(context, path, additions, indent);
  return [
    insertLines(
      context,
      contentEnd(doc, last),
      entries.map((entry) => `${indent}${entry}`),
    ),
  ];
}

function addUnderKey(
  context: FixContext,
  path: NodePath,
  owner: PropertyNode,
  additions: NewProperties,
  emptyFlow?: ObjectNode,
): TextEdit[] {
  const { doc } = context;
  const indent = ' '.repeat(columnOf(doc, owner.keyNode.offset)) + context.indentUnit;
  const lines = renderEntries(context, path, additions, indent).map((entry) => `${indent}${entry}`);
  if (emptyFlow && owner.colonOffset !== undefined) {
    const text = `\n${lines.join('\n')}`.replace(/\n/g, lineBreakOf(doc.text));
    return [replaceEdit(doc, owner.colonOffset + 1, contentEnd(doc, emptyFlow), text)];
  }
  return [insertLines(context, contentEnd(doc, owner), lines)];
}

/** Inserts whole lines after the line that holds `afterOffset`. */
function insertLines(context: FixContext, afterOffset: number, lines: string[]): TextEdit {
  const { doc } = context;
  const lineBreak = lineBreakOf(doc.text);
  const at = nextLineStart(doc, afterOffset);
  const needsBreakFirst = at === doc.text.length && !/[\r\n]$/.test(doc.text);
  const text = lines.join('\n').replace(/\n/g, lineBreak);
  return insertEdit(doc, at, needsBreakFirst ? `${lineBreak}${text}` : `${text}${lineBreak}`);
}
