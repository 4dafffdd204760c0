/**
 * The one document model every part of the language service reads: JSON and YAML request
 * files both parse into these nodes, with offsets into the original text, so validation,
 * rules, completion, hover and quick fixes never care which format the user wrote.
 */

export type ValueNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode;
export type AstNode = ValueNode | PropertyNode;

interface NodeBase {
  /** Offset of the first character of the node in the document text. */
  readonly offset: number;
  /** Length in characters; `offset + length` is the end (exclusive). */
  readonly length: number;
  /** The containing object, array or property; undefined for the root value. */
  parent?: ObjectNode | ArrayNode | PropertyNode;
}

export interface ObjectNode extends NodeBase {
  readonly type: 'object';
  readonly properties: PropertyNode[];
}

export interface PropertyNode extends NodeBase {
  readonly type: 'property';
  /** Unquoted key text. */
  readonly key: string;
  readonly keyNode: StringNode;
  /** Undefined while the user is still typing (`"name":` or `name:` with nothing after). */
  readonly valueNode?: ValueNode;
  /** Offset of the `:` after the key, when there is one. */
  readonly colonOffset?: number;
}

export interface ArrayNode extends NodeBase {
  readonly type: 'array';
  readonly items: ValueNode[];
}

/** How a scalar was written in YAML; JSON strings are always 'double'. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

interface ScalarBase extends NodeBase {
  /** The exact source text of the scalar (quotes included), for fixes that must keep it. */
  readonly raw: string;
  readonly style: ScalarStyle;
}

export interface StringNode extends ScalarBase {
  readonly type: 'string';
  readonly value: string;
}

export interface NumberNode extends ScalarBase {
  readonly type: 'number';
  readonly value: number;
  readonly isInteger: boolean;
}

export interface BooleanNode extends ScalarBase {
  readonly type: 'boolean';
  readonly value: boolean;
}

export interface NullNode extends ScalarBase {
  readonly type: 'null';
  readonly value: null;
}

export type DocumentFormat = 'json' | 'yaml';

/** A syntax-level problem found while parsing (bad token, duplicate key, second YAML document, ...). */
export interface SyntaxProblem {
  readonly code: string;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly severity: 'error' | 'warning';
}

/** A comment in the source; kept so that fixes and formatting do not lose it. */
export interface CommentRange {
  readonly offset: number;
  readonly length: number;
}

export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  readonly format: DocumentFormat;
  readonly text: string;
  /** Undefined for an empty (or whitespace/comment only) document. */
  readonly root?: ValueNode;
  readonly syntaxProblems: readonly SyntaxProblem[];
  readonly comments: readonly CommentRange[];
  /** Offsets at which each line starts (line 0 starts at 0); see positions.ts. */
  readonly lineStarts: readonly number[];
  /** Set when the parser did not read the text at all (too large to be a request body): why. */
  readonly notReadBecause?: string;
}
