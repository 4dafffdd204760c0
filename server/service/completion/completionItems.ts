/** Turns a completion context plus the schema into LSP completion items. */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../../request/parser/ast';
import { rangeOf } from '../../../request/parser/positions';
import type { JsonSchema } from '../schema/jsonSchema';
import { schemaExamples } from '../schema/examplesFromNow';
import type { PropertyInfo, SchemaNavigator } from '../schema/schemaNavigator';
import { buildSkeleton, renderProperty, renderValue, yamlKey, yamlScalar } from '../schema/skeleton';
import { describeType } from '../schema/schemaText';
import type { PropertyContext, ValueContext } from './completionContext';
import { detectIndentUnit } from './documentText';

/** The indentation step of a document (a scan of its text; completion memoises it per service instance). */
export type IndentUnitOf = (doc: ParsedDocument) => string;

export const indentUnitOf: IndentUnitOf = (doc) => detectIndentUnit(doc.text, doc.format === 'json' ? '    ' : '  ');

export function propertyItems(
  doc: ParsedDocument,
  context: PropertyContext,
  navigator: SchemaNavigator,
  indentUnit: IndentUnitOf = indentUnitOf,
): CompletionItem[] {
  const objectSchema = navigator.subschemaAt(context.objectPath);
  const range = rangeOf(doc, context.replaceStart, context.replaceEnd - context.replaceStart);
  const commaBefore = commaBeforeEdit(doc, context.commaBeforeAt);
  // Editors filter by the text in the range, opening quote included.
  const quote =
    doc.text[context.replaceStart] === '"' || doc.text[context.replaceStart] === "'"
      ? doc.text[context.replaceStart]
      : '';
  return navigator
    .propertiesOf(objectSchema)
    .filter((property) => !context.existingKeys.has(property.name))
    .map((property) => {
      const keyText = doc.format === 'json' ? JSON.stringify(property.name) : yamlKey(property.name);
      const newText = context.keyOnly
        ? escapeSnippet(keyText)
        : renderProperty(property.name, buildSkeleton(navigator, property.schema), {
            format: doc.format,
            indentUnit: indentUnit(doc),
            baseIndent: context.indent,
            snippet: true,
          }) + (context.commaAfter ? ',' : '');
      const item: CompletionItem = {
        label: property.name,
        kind: CompletionItemKind.Property,
        detail: propertyDetail(navigator, property),
        documentation: markdown(propertyDocumentation(navigator, property)),
        sortText: `${property.deprecated ? 2 : property.required ? 0 : 1}_${property.name}`,
        filterText: quote ? `${quote}${property.name}${quote}` : property.name,
        textEdit: { range, newText },
        insertTextFormat: InsertTextFormat.Snippet,
        // The snippet already carries the document's indentation; the editor must not add more.
        insertTextMode: InsertTextMode.asIs,
      };
      if (property.deprecated) item.tags = [CompletionItemTag.Deprecated];
      if (commaBefore) item.additionalTextEdits = [commaBefore];
      return item;
    });
}

interface ValueCandidate {
  readonly value: unknown;
  readonly description?: string;
  readonly kind: CompletionItemKind;
}

export function valueItems(
  doc: ParsedDocument,
  context: ValueContext,
  navigator: SchemaNavigator,
  indentUnit: IndentUnitOf = indentUnitOf,
): CompletionItem[] {
  const schema = navigator.subschemaAt(context.valuePath);
  if (!schema) return [];
  const range = rangeOf(doc, context.replaceStart, context.replaceEnd - context.replaceStart);
  const commaBefore = commaBeforeEdit(doc, context.commaBeforeAt);
  const quoted = doc.format === 'json' && doc.text[context.replaceStart] === '"';
  const items: CompletionItem[] = valueCandidates(navigator, schema).map((candidate, index) => {
    const text = doc.format === 'json' ? JSON.stringify(candidate.value) : yamlScalar(candidate.value);
    const label = typeof candidate.value === 'string' ? candidate.value : JSON.stringify(candidate.value);
    const item: CompletionItem = {
      label,
      kind: candidate.kind,
      sortText: String(index).padStart(3, '0'),
      filterText: quoted ? JSON.stringify(label) : label,
      textEdit: { range, newText: (context.needsLeadingSpace ? ' ' : '') + text + (context.commaAfter ? ',' : '') },
      insertTextFormat: InsertTextFormat.PlainText,
    };
    if (candidate.description) item.documentation = markdown(candidate.description);
    if (commaBefore) item.additionalTextEdits = [commaBefore];
    return item;
  });
  const skeletonItem = blockSkeletonItem(doc, context, navigator, schema, commaBefore, indentUnit);
  if (skeletonItem) items.push(skeletonItem);
  return items;
}

/** Enum values (with meanings), then booleans, then the default and examples not already listed. */
function valueCandidates(navigator: SchemaNavigator, schema: JsonSchema): ValueCandidate[] {
  const candidates: ValueCandidate[] = [];
  const seen = new Set<string>();
  const add = (value: unknown, kind: CompletionItemKind, description?: string) => {
    const key = JSON.stringify(value);
    if (value === undefined || (typeof value === 'object' && value !== null) || seen.has(key)) return;
    seen.add(key);
    candidates.push({ value, kind, description });
  };
  const resolved = navigator.resolve(schema);
  for (const entry of navigator.enumEntries(schema)) {
    const isDefault = resolved.default !== undefined && resolved.default === entry.value;
    add(
      entry.value,
      CompletionItemKind.EnumMember,
      [entry.description, isDefault ? '(default)' : undefined].filter(Boolean).join(' '),
    );
  }
  if (navigator.typesOf(schema).includes('boolean')) {
    for (const value of [true, false])
      add(value, CompletionItemKind.Value, resolved.default === value ? 'Default value.' : undefined);
  }
  if (resolved.default !== undefined) add(resolved.default, CompletionItemKind.Value, 'Default value.');
  for (const example of schemaExamples(resolved)) add(example, CompletionItemKind.Value, 'Example value.');
  return candidates;
}

/** For an object or array value: one item that writes out its skeleton. */
function blockSkeletonItem(
  doc: ParsedDocument,
  context: ValueContext,
  navigator: SchemaNavigator,
  schema: JsonSchema,
  commaBefore: TextEdit | undefined,
  indentUnit: IndentUnitOf,
): CompletionItem | undefined {
  const type = navigator.typesOf(schema)[0];
  if (type !== 'object' && type !== 'array') return undefined;
  const options = {
    format: doc.format,
    indentUnit: indentUnit(doc),
    baseIndent: context.indent,
    snippet: true,
  } as const;
  const skeleton = buildSkeleton(navigator, schema);
  let range: Range;
  let newText: string;
  if (doc.format === 'yaml' && context.blockStart !== undefined) {
    // A YAML block value starts on the next line, right after the `:`.
    range = rangeOf(doc, context.blockStart, context.replaceEnd - context.blockStart);
    newText = renderValue(skeleton, options);
  } else if (doc.format === 'yaml') {
    return undefined; // a scalar array item (`- |`) has no block form to offer
  } else {
    range = rangeOf(doc, context.replaceStart, context.replaceEnd - context.replaceStart);
    newText = renderValue(skeleton, options) + (context.commaAfter ? ',' : '');
  }
  const item: CompletionItem = {
    label: type === 'object' ? '{ }' : '[ ]',
    kind: type === 'object' ? CompletionItemKind.Module : CompletionItemKind.Value,
    detail: type === 'object' ? 'New object with its mandatory fields' : 'New list',
    sortText: '999',
    textEdit: { range, newText },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
  };
  if (commaBefore) item.additionalTextEdits = [commaBefore];
  return item;
}

function propertyDetail(navigator: SchemaNavigator, property: PropertyInfo): string {
  const status = property.deprecated ? 'deprecated' : property.required ? 'mandatory' : 'optional';
  return `${describeType(navigator, property.schema)} · ${status}`;
}

function propertyDocumentation(navigator: SchemaNavigator, property: PropertyInfo): string {
  const parts = [navigator.descriptionOf(property.schema) ?? ''];
  if (property.deprecated && property.schema.deprecationMessage)
    parts.push(`**Deprecated:** ${property.schema.deprecationMessage}`);
  return parts.filter(Boolean).join('\n\n');
}

function commaBeforeEdit(doc: ParsedDocument, offset: number | undefined): TextEdit | undefined {
  return offset === undefined ? undefined : { range: rangeOf(doc, offset, 0), newText: ',' };
}

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
