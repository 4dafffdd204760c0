/**
 * Types shared by the language-service modules. LSP data types come from
 * vscode-languageserver-types (plain data, no editor dependency), as in vscode-json-languageservice.
 */
import type { AstNode, ObjectNode, ParsedDocument, ValueNode } from '../../request/parser/ast';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = RuleSeverity | 'off';

/** Settings the service understands; the LSP adapter fills them from the `ecs.` settings section. */
export interface ServiceSettings {
  /** Per-rule override, keyed by rule id ('R14') or diagnostic code ('ECS-R14'). */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Warn about a literal adminPass in the file (default true). */
  readonly warnOnLiteralPassword: boolean;
  /** Whether `//` and `/* *\/` comments are allowed in .ecs.json files (default true; see README). */
  readonly allowJsonComments: boolean;
  /** Give up validating documents larger than this many characters (syntax only). */
  readonly maxDocumentSize: number;
  /** Show the account resource's name after each ID (`ecs.inlayHints.resourceNames`, default true). */
  readonly inlayHintResourceNames: boolean;
}

export const defaultSettings: ServiceSettings = {
  rules: {},
  warnOnLiteralPassword: true,
  allowJsonComments: true,
  maxDocumentSize: 2_000_000,
  inlayHintResourceNames: true,
};

/**
 * What a quick fix needs, carried in `Diagnostic.data` (the yaml-language-server way), so
 * code actions never have to re-run validation.
 * Paths are JSON-pointer-like arrays of keys and indices from the document root.
 */
export type FixData =
  | {
      readonly kind: 'addProperties';
      readonly path: (string | number)[];
      readonly properties: string[];
      /** The value to write for a property when the rule knows it; others get the schema's skeleton. */
      readonly values?: Record<string, unknown>;
    }
  | { readonly kind: 'replaceValue'; readonly path: (string | number)[]; readonly candidates: unknown[] }
  | { readonly kind: 'quoteScalar'; readonly path: (string | number)[] }
  | { readonly kind: 'renameProperty'; readonly path: (string | number)[]; readonly newName: string }
  | { readonly kind: 'removeProperty'; readonly path: (string | number)[] }
  | { readonly kind: 'base64Encode'; readonly path: (string | number)[] }
  | { readonly kind: 'removeLineBreaks'; readonly path: (string | number)[] }
  /** Runs the client's Store a Secret command for `name` (no text edit). */
  | { readonly kind: 'storeSecret'; readonly name: string };

export interface DiagnosticData {
  readonly fixes: FixData[];
}

/** What a cross-field rule reports: where, what, and how to fix it (if it can be fixed). */
export interface RuleFinding {
  /** The node the diagnostic goes on (its range is the diagnostic range). */
  readonly node: AstNode;
  readonly message: string;
  /** Override the rule's default severity for this finding (rules marked "E / W" in the facts). */
  readonly severity?: RuleSeverity;
  readonly fixes?: FixData[];
}

export interface RuleContext {
  readonly document: ParsedDocument;
  /** The root object of the request body. */
  readonly root: ObjectNode;
  /** The `server` object, when present and an object. */
  readonly server?: ObjectNode;
  /** "Now" for time-based rules (auto_terminate_time); injectable for tests. */
  readonly now: Date;
}

export interface CrossFieldRule {
  /** 'R01' … 'R48': the number in cross-field-rules.md; the diagnostic code is `ECS-${id}`. */
  readonly id: string;
  readonly defaultSeverity: RuleSeverity;
  /** One line, our own words; shown in the README rule table and hovers. */
  readonly title: string;
  /**
   * Dotted field paths under `server` this rule reads (e.g. 'data_volumes[].volumetype'); hover lists the rules per
   * field.
   */
  readonly fields: readonly string[];
  /** Errors from the API this rule anticipates (e.g. 'Ecs.0914'), for hover and docs. */
  readonly apiErrors?: readonly string[];
  check(context: RuleContext): RuleFinding[];
}

export type { AstNode, ObjectNode, ValueNode, ParsedDocument };
