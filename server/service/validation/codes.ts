/**
 * Stable diagnostic codes for everything that is not a cross-field rule (rules use `ECS-R<nn>`).
 * Settings (`ecs.rules`), quick fixes and docs refer to these strings, so never rename one.
 */
import { JSON_SYNTAX_CODE } from '../../../request/parser/jsonParser';
import { DUPLICATE_KEY_CODE, NESTING_TOO_DEEP_CODE } from '../../../request/parser/problems';
import { YAML_SYNTAX_CODE } from '../../../request/parser/yamlParser';
import { SECRET_NOT_STORED_CODE } from '../storedSecrets';

export const DiagnosticCodes = {
  /** JSON that does not parse (missing comma, unclosed string, trailing comma, disallowed comment, ...). */
  jsonSyntax: JSON_SYNTAX_CODE,
  /** YAML that does not parse, or YAML features a request file cannot have (second document, tabs, bad alias). */
  yamlSyntax: YAML_SYNTAX_CODE,
  /** Nesting deeper than any request body could be; the rest of the file is not read. */
  nestingTooDeep: NESTING_TOO_DEEP_CODE,
  /** The same key twice in one object (the second one is marked). */
  duplicateKey: DUPLICATE_KEY_CODE,
  /** The value breaks the request schema: missing/unknown property, wrong type, not allowed value, out of range. */
  schema: 'schema',
  /** YAML typed a plain scalar (true, 1, null) where the API wants a string: quote it. */
  yamlType: 'yaml-type',
  /** A property the API still accepts but replaced by another one. */
  deprecated: 'deprecated',
  /** A literal password in the file, where a ${secret:NAME} or ${env:NAME} placeholder belongs. */
  secretLiteral: 'ECS-SECRET-LITERAL',
  /** A `${secret:NAME}` with no value stored in the client (only once the client sent the stored names). */
  secretNotStored: SECRET_NOT_STORED_CODE,
  /**
   * The file is larger than `ecs.maxDocumentSize` (only its syntax was checked), or a YAML file has more
   * lines and marks than MAX_YAML_ENTRIES (it was not read at all).
   */
  documentTooLarge: 'document-too-large',
  /** More problems than a list can usefully show: the first ones are listed, this one says so. */
  tooManyProblems: 'too-many-problems',
} as const;

export type DiagnosticCode = (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes];

/** The code of a cross-field rule's diagnostics. */
export function ruleCode(ruleId: string): string {
  return `ECS-${ruleId}`;
}

/** Codes whose diagnostics cannot be switched off or re-graded through `ecs.rules`. */
export const SYNTAX_CODES: ReadonlySet<string> = new Set([
  DiagnosticCodes.jsonSyntax,
  DiagnosticCodes.yamlSyntax,
  DiagnosticCodes.nestingTooDeep,
]);
