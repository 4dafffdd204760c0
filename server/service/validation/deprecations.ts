/**
 * Deprecated properties (`deprecated: true` in the schema, which ajv ignores): a warning on the
 * key with the schema's own deprecation message, and a rename fix when the schema names the
 * replacement (H4's code action also converts the value, e.g. tags → server_tags).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ObjectNode, ParsedDocument, PropertyNode, ValueNode } from '../../../request/parser/ast';
import { pathOf } from '../../../request/parser/nodes';
import { presentProperty } from '../rules/ruleHelpers';
import { getSchemaNavigator } from '../schema/ecsSchema';
import type { JsonSchema } from '../schema/jsonSchema';
import type { FixData } from '../types';
import { DiagnosticCodes } from './codes';
import { makeDiagnostic } from './diagnostics';

/** Replacements we know even if a message does not spell them out in backticks. */
const KNOWN_REPLACEMENTS: Readonly<Record<string, string>> = {
  shareable: 'multiattach',
};

/**
 * Deprecated properties that a cross-field rule compares with their replacement when both are
 * written (shareable/multiattach: R18). Then the rule's diagnostic is the only one.
 */
const COMPARED_BY_A_RULE: ReadonlySet<string> = new Set(['shareable']);

/** "use `multiattach` instead" → multiattach. */
function replacementOf(key: string, schema: JsonSchema): string | undefined {
  const named = /\buse `([A-Za-z0-9_:.-]+)`/i.exec(schema.deprecationMessage ?? '')?.[1];
  return named && named !== key ? named : KNOWN_REPLACEMENTS[key];
}

export function deprecationDiagnostics(document: ParsedDocument, root: ValueNode): Diagnostic[] {
  const schemas = getSchemaNavigator();
  const diagnostics: Diagnostic[] = [];
  // Walks the tree alongside the schema; parts the schema does not describe are skipped, and so
  // are scalars (only an object can hold a deprecated property). Depth is bounded by the parsers.
  const walk = (node: ValueNode, schema: JsonSchema): void => {
    if (node.type === 'array') {
      node.items.forEach((item, index) => {
        if (item.type !== 'object' && item.type !== 'array') return;
        const itemSchema = schemas.childSchema(schema, index);
        if (itemSchema) walk(item, itemSchema);
      });
      return;
    }
    if (node.type !== 'object') return;
    for (const property of node.properties) {
      const propertySchema = schemas.childSchema(schema, property.key);
      if (!propertySchema) continue;
      if (propertySchema.deprecated === true) reportDeprecated(node, property, propertySchema);
      const value = property.valueNode;
      if (value && (value.type === 'object' || value.type === 'array')) walk(value, propertySchema);
    }
  };
  const reportDeprecated = (object: ObjectNode, property: PropertyNode, propertySchema: JsonSchema): void => {
    const replacement = replacementOf(property.key, propertySchema);
    const leftToRule =
      COMPARED_BY_A_RULE.has(property.key) &&
      replacement !== undefined &&
      presentProperty(object, property.key) !== undefined &&
      presentProperty(object, replacement) !== undefined;
    if (leftToRule) return;
    const fixes: FixData[] = replacement
      ? [{ kind: 'renameProperty', path: pathOf(property), newName: replacement }]
      : [];
    const message = propertySchema.deprecationMessage
      ? propertySchema.deprecationMessage.replace(/`/g, '"')
      : `"${property.key}" is deprecated${replacement ? `; use "${replacement}" instead` : ''}.`;
    diagnostics.push(makeDiagnostic(document, property.keyNode, message, 'warning', DiagnosticCodes.deprecated, fixes));
  };
  walk(root, schemas.root);
  return diagnostics;
}
