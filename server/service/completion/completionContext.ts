/** Where the cursor is, in terms completion understands: a new key in an object, or a value. */
import type { NodePath } from '../../../request/parser/nodes';

interface ContextBase {
  /** Offsets of the text the chosen item replaces: the typed prefix (with its quotes in JSON). */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  /** Indentation of the line the new text starts on; later lines of a skeleton build on it. */
  readonly indent: string;
  /** JSON: a `,` must follow the inserted text because another entry comes next. */
  readonly commaAfter: boolean;
  /** JSON: offset after the previous entry where a missing `,` must be inserted. */
  readonly commaBeforeAt?: number;
}

export interface PropertyContext extends ContextBase {
  readonly kind: 'property';
  /** Path of the object that receives the new key. */
  readonly objectPath: NodePath;
  readonly existingKeys: ReadonlySet<string>;
  /** The key already has its `:` (the cursor is inside an existing key): insert the name only. */
  readonly keyOnly: boolean;
  /** YAML: the key starts a new array item (`- na|`); the "object" may really be a scalar item. */
  readonly startsItem: boolean;
}

export interface ValueContext extends ContextBase {
  readonly kind: 'value';
  readonly valuePath: NodePath;
  /** YAML: the cursor sits right after the `:`, so a value needs a space first. */
  readonly needsLeadingSpace: boolean;
  /** YAML: where a block value (object or array skeleton) starts replacing: right after the `:`. */
  readonly blockStart?: number;
}

export type CompletionContext = PropertyContext | ValueContext;

/** Characters a key or bare value may be made of while being typed. */
export const WORD_CHAR = /[A-Za-z0-9_:.\-$]/;
