/**
 * The fast path of the JSON parser: a single-pass recursive reader for documents that are valid
 * JSON (the usual state of a request file between keystrokes). It builds exactly the tree that
 * jsonParser.ts builds through jsonc-parser's visitor (same nodes, same offsets, same duplicate
 * key problems), but jumps over string contents with a sticky regex instead of a character loop
 * and makes no token objects, so a large request parses several times faster and with less
 * garbage. At the first thing it does not handle (any syntax error, a comment, a trailing comma,
 * unusual whitespace, nesting past the limit, an empty document) it gives up and returns
 * undefined: the recovering parser then reads the document and reports what is wrong.
 */
import type { ArrayNode, ObjectNode, StringNode, SyntaxProblem, ValueNode } from './ast';
import { isIntegerLiteral, newProperty } from './jsonNodes';
import { MAX_NESTING_DEPTH, duplicateKeyProblem, type FormatParseResult } from './problems';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Characters that may stand in a string as they are (no quote, backslash or control character). */
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y;
/** A JSON number, exactly as jsonc-parser's scanner accepts it. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Objects with this many keys check a new key against a set instead of scanning the earlier keys. */
const DUPLICATE_SCAN_LIMIT = 16;

/** The keys of one object, once it has DUPLICATE_SCAN_LIMIT of them. */
interface KeySet {
  set: Set<string> | undefined;
}

/** Thrown (and caught in parseValidJson) when the document needs the recovering parser. */
const GIVE_UP = Symbol('give up');

const enum Char {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Comma = 0x2c,
  Minus = 0x2d,
  Zero = 0x30,
  Nine = 0x39,
  Colon = 0x3a,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  LowerF = 0x66,
  LowerN = 0x6e,
  LowerT = 0x74,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** The tree of a valid JSON document, or undefined when the recovering parser must read it. */
export function parseValidJson(text: string): FormatParseResult | undefined {
  try {
    return new ValidJsonReader(text).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class ValidJsonReader {
  private pos = 0;
  private depth = 0;
  private readonly problems: SyntaxProblem[] = [];

  constructor(private readonly text: string) {}

  read(): FormatParseResult {
    this.skipWhitespace();
    if (this.pos >= this.text.length) throw GIVE_UP; // empty content: the recovering parser decides
    const root = this.value();
    this.skipWhitespace();
    if (this.pos < this.text.length) throw GIVE_UP;
    return { root, problems: this.problems, comments: [] };
  }

  /** Only the whitespace jsonc-parser skips; anything else (a comment, a form feed) gives up later. */
  private skipWhitespace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch !== Char.Space && ch !== Char.LineFeed && ch !== Char.CarriageReturn && ch !== Char.Tab) break;
      pos++;
    }
    this.pos = pos;
  }

  private value(): ValueNode {
    const ch = this.text.charCodeAt(this.pos);
    switch (ch) {
      case Char.OpenBrace:
        return this.object();
      case Char.OpenBracket:
        return this.array();
      case Char.Quote:
        return this.stringValue();
      case Char.LowerT:
        return this.keyword('true', 'boolean', true);
      case Char.LowerF:
        return this.keyword('false', 'boolean', false);
      case Char.LowerN:
        return this.keyword('null', 'null', null);
      default:
        if (ch === Char.Minus || (ch >= Char.Zero && ch <= Char.Nine)) return this.number();
        throw GIVE_UP;
    }
  }

  /**
   * The members of an object or list, from its opening character to its closing `close`:
   * `readMember` reads one member, and between members there must be exactly one comma.
   */
  private members(close: Char, readMember: () => void): void {
    if (++this.depth > MAX_NESTING_DEPTH) throw GIVE_UP;
    const text = this.text;
    this.pos++;
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) !== close) {
      for (;;) {
        readMember();
        this.skipWhitespace();
        const next = text.charCodeAt(this.pos);
        if (next === close) break;
        if (next !== Char.Comma) throw GIVE_UP;
        this.pos++;
        this.skipWhitespace();
      }
    }
    this.pos++;
    this.depth--;
  }

  private object(): ObjectNode {
    const node: Mutable<ObjectNode> = {
      type: 'object',
      offset: this.pos,
      length: 1,
      properties: [],
      parent: undefined,
    };
    const keys: KeySet = { set: undefined };
    this.members(Char.CloseBrace, () => {
      if (this.text.charCodeAt(this.pos) !== Char.Quote) throw GIVE_UP;
      this.property(node, keys);
    });
    node.length = this.pos - node.offset;
    return node;
  }

  /** One `"key": value` of `object`, attached in the order and shape jsonParser.ts uses. */
  private property(object: Mutable<ObjectNode>, keys: KeySet): void {
    const offset = this.pos;
    const key = this.stringContent();
    const property = newProperty(this.text, object, key, offset, this.pos - offset);
    const keyNode = property.keyNode;
    // Same check as the recovering parser: every earlier property of this object. A scan while the
    // object is small (no set to allocate for the usual request), a set once it grows.
    const earlier = object.properties;
    if (earlier.length < DUPLICATE_SCAN_LIMIT) {
      for (let index = 0; index < earlier.length; index++) {
        if (earlier[index].key === key) {
          this.problems.push(duplicateKeyProblem(keyNode));
          break;
        }
      }
    } else {
      keys.set ??= new Set(earlier.map((entry) => entry.key));
      if (keys.set.has(key)) this.problems.push(duplicateKeyProblem(keyNode));
      keys.set.add(key);
    }
    object.properties.push(property);
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== Char.Colon) throw GIVE_UP;
    property.colonOffset = this.pos;
    property.length = this.pos + 1 - offset;
    this.pos++;
    this.skipWhitespace();
    const value = this.value() as Mutable<ValueNode>;
    property.valueNode = value;
    value.parent = property;
    property.length = value.offset + value.length - offset;
  }

  private array(): ArrayNode {
    const node: Mutable<ArrayNode> = { type: 'array', offset: this.pos, length: 1, items: [], parent: undefined };
    this.members(Char.CloseBracket, () => {
      const item = this.value() as Mutable<ValueNode>;
      item.parent = node;
      node.items.push(item);
    });
    node.length = this.pos - node.offset;
    return node;
  }

  private stringValue(): StringNode {
    const offset = this.pos;
    const value = this.stringContent();
    const length = this.pos - offset;
    return {
      type: 'string',
      offset,
      length,
      raw: this.text.slice(offset, this.pos),
      style: 'double',
      value,
      parent: undefined,
    };
  }

  /** Reads a string token starting at its opening quote; returns its value, leaves pos after it. */
  private stringContent(): string {
    const text = this.text;
    let start = this.pos + 1;
    let value = '';
    for (;;) {
      PLAIN_STRING_RUN.lastIndex = start;
      PLAIN_STRING_RUN.test(text);
      const end = PLAIN_STRING_RUN.lastIndex;
      const ch = text.charCodeAt(end);
      if (ch === Char.Quote) {
        this.pos = end + 1;
        return value === '' ? text.slice(start, end) : value + text.slice(start, end);
      }
      if (ch !== Char.Backslash) throw GIVE_UP; // a control character or the end of the text
      value += text.slice(start, end);
      const escape = text.charAt(end + 1);
      if (escape === 'u') {
        const hex = text.slice(end + 2, end + 6);
        if (!HEX4.test(hex)) throw GIVE_UP;
        value += String.fromCharCode(parseInt(hex, 16));
        start = end + 6;
      } else {
        const decoded = ESCAPES[escape];
        if (decoded === undefined) throw GIVE_UP;
        value += decoded;
        start = end + 2;
      }
    }
  }

  private number(): ValueNode {
    const offset = this.pos;
    NUMBER.lastIndex = offset;
    if (!NUMBER.test(this.text)) throw GIVE_UP;
    this.pos = NUMBER.lastIndex;
    const raw = this.text.slice(offset, this.pos);
    const value = Number(raw);
    const isInteger = isIntegerLiteral(value, raw);
    return { type: 'number', offset, length: raw.length, raw, style: 'plain', value, isInteger, parent: undefined };
  }

  private keyword<T extends 'boolean' | 'null'>(word: string, type: T, value: boolean | null): ValueNode {
    const offset = this.pos;
    if (!this.text.startsWith(word, offset)) throw GIVE_UP;
    this.pos += word.length;
    return { type, offset, length: word.length, raw: word, style: 'plain', value, parent: undefined } as ValueNode;
  }
}
