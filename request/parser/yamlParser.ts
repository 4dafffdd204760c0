/**
 * YAML → the shared AST of ast.ts, with the `yaml` package (YAML 1.2, core schema, so
 * `true`, `1` and `~` are typed as YAML types them). We keep exact ranges, scalar styles and
 * raw text, collect comments from the CST, resolve aliases with cycle and size guards, and
 * report what YAML itself tolerates but a request file must not have (second document, tabs
 * in indentation, duplicate keys).
 */
import {
  Composer,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type CST,
  type Document,
  type Node as YamlNode,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type {
  ArrayNode,
  CommentRange,
  ObjectNode,
  PropertyNode,
  ScalarStyle,
  StringNode,
  SyntaxProblem,
  ValueNode,
} from './ast';
import {
  MAX_NESTING_DEPTH,
  MAX_YAML_ENTRIES,
  duplicateKeyProblem,
  tooDeepProblem,
  tooManyYamlEntries,
  type FormatParseResult,
} from './problems';

export const YAML_SYNTAX_CODE = 'yaml-syntax';

/** Nodes an alias may expand to in all, so a "billion laughs" file cannot exhaust memory. */
const MAX_ALIAS_EXPANSION = 10_000;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const COMPOSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false, // reported by us, with the same code and wording as JSON
  prettyErrors: false,
  strict: true,
} as const;

/** Plain-words versions of the yaml package's messages for the mistakes people make most. */
const FRIENDLY_MESSAGES: Record<string, string> = {
  BAD_INDENT: 'Wrong indentation: keys of the same mapping must start in the same column.',
  TAB_AS_INDENT: 'Tabs cannot be used for indentation in YAML; indent with spaces.',
  MULTILINE_IMPLICIT_KEY:
    'A key must fit on one line; check for a missing colon or wrong indentation on the line before.',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key; check the indentation.',
  MULTIPLE_DOCS: 'A request file holds a single YAML document.',
};

/** The yaml package's messages can quote the source; a quote this long is cut short. */
const MAX_QUOTED_MESSAGE = 200;

/** Where yaml appends the position, which the diagnostic's range already shows. */
const POSITION_SUFFIX = /\sat line \d+, column \d+/;

/**
 * A yaml message as a sentence, without its position suffix. Linear: a `\s+` before the suffix
 * in one regex was retried from every blank of a long run (160 KB of NBSP took 20 s).
 */
export function sentence(text: string): string {
  let trimmed = text.trim();
  const suffix = POSITION_SUFFIX.exec(trimmed);
  if (suffix) trimmed = trimmed.slice(0, suffix.index).trimEnd();
  if (trimmed.length > MAX_QUOTED_MESSAGE)
    trimmed = `${trimmed
      .slice(0, MAX_QUOTED_MESSAGE)
      .replace(/[\uD800-\uDBFF]$/, '')
      .trimEnd()}…`;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * yaml often points at a single blank or at an empty span; widen such a range to the
 * text that follows on the same line, so the squiggle sits under something visible.
 */
function visibleRange(text: string, start: number, end: number): { offset: number; length: number } {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  if (text.slice(start, end).trim() !== '') return { offset: start, length: end - start };
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const rest = text.slice(start, lineEnd).replace(/\r$/, '');
  const trimmedEnd = start + rest.trimEnd().length;
  return trimmedEnd > start ? { offset: start, length: trimmedEnd - start } : { offset: start, length: end - start };
}

function scalarStyle(type: Scalar['type']): ScalarStyle {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'QUOTE_SINGLE':
      return 'single';
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return 'block';
    default:
      return 'plain';
  }
}

/** Every CST comment, walked without recursion (CST depth follows the user's nesting). */
function collectComments(tokens: unknown[]): CommentRange[] {
  const comments: CommentRange[] = [];
  const pending: unknown[] = [...tokens];
  while (pending.length > 0) {
    const item = pending.pop();
    if (!item || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (const entry of item) pending.push(entry);
      continue;
    }
    const token = item as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ offset: token.offset, length: token.source.length });
      continue;
    }
    for (const value of Object.values(item)) if (value && typeof value === 'object') pending.push(value);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}

/** Where an alias is written: an expanded alias's top node takes this range and raw text. */
interface AliasSite {
  readonly offset: number;
  readonly length: number;
  readonly raw: string;
}

class YamlAstBuilder {
  readonly problems: SyntaxProblem[] = [];
  /** Ranges of quoted and block scalars: tabs there are content, not indentation. */
  readonly multilineScalars: { start: number; end: number }[] = [];
  private aliasBudget = MAX_ALIAS_EXPANSION;
  /** Collections being built right now: an alias to one of them would never end. */
  private readonly ancestors = new Set<YamlNode>();
  private aliasDepth = 0;
  /** An alias met after the budget was spent: the expansion around it is cut short. */
  private aliasOverflow = false;
  private reportedTooDeep = false;

  constructor(
    private readonly text: string,
    private readonly doc: Document,
  ) {}

  /** While expanding an alias, nodes carry the anchor's offsets: report nothing twice. */
  private get inAlias(): boolean {
    return this.aliasDepth > 0;
  }

  /** `node` null/undefined or an empty plain scalar (`key:` with nothing after) gives undefined. */
  build(node: unknown, depth: number, at?: AliasSite): ValueNode | undefined {
    if (depth > MAX_NESTING_DEPTH) {
      if (!this.reportedTooDeep && isNodeWithRange(node)) this.problems.push(tooDeepProblem(node.range[0]));
      this.reportedTooDeep = true;
      return undefined;
    }
    // Every node met inside an expansion spends the budget, aliases included: an anchor full of
    // aliases that resolve to nothing would otherwise be copied without limit (fuzz seed 4242, doc 31251).
    if (this.inAlias && --this.aliasBudget < 0) return undefined;
    if (isAlias(node)) return this.buildAlias(node, depth);
    if (isScalar(node)) return this.buildScalar(node, at);
    if (!isMap(node) && !isSeq(node)) return undefined;
    this.ancestors.add(node);
    try {
      return isMap(node) ? this.buildMap(node, depth, at) : this.buildSeq(node as YAMLSeq, depth, at);
    } finally {
      this.ancestors.delete(node);
    }
  }

  private span(node: YamlNode): { offset: number; length: number } {
    const range = node.range ?? [0, 0, 0];
    return { offset: range[0], length: Math.max(0, range[1] - range[0]) };
  }

  private buildScalar(node: Scalar, at?: AliasSite): ValueNode | undefined {
    const { offset, length } = at ?? this.span(node);
    const raw = at ? at.raw : this.text.slice(offset, offset + length);
    const style = at ? 'plain' : scalarStyle(node.type);
    if (!at && length === 0 && node.type === 'PLAIN' && node.value === null) return undefined;
    if (!this.inAlias && style !== 'plain') this.multilineScalars.push({ start: offset, end: offset + length });
    const value: unknown = node.value;
    if (typeof value === 'number') {
      return {
        type: 'number',
        offset,
        length,
        raw,
        style,
        value,
        isInteger: Number.isInteger(value) && /^[-+]?(0x[0-9a-fA-F]+|0o[0-7]+|\d+)$/.test(raw.trim()),
      };
    }
    if (typeof value === 'boolean') return { type: 'boolean', offset, length, raw, style, value };
    if (value === null || value === undefined) return { type: 'null', offset, length, raw, style, value: null };
    // Strings, and anything an explicit tag produced (e.g. !!binary), as text.
    return { type: 'string', offset, length, raw, style, value: typeof value === 'string' ? value : raw };
  }

  private buildMap(node: YAMLMap, depth: number, at?: AliasSite): ObjectNode {
    const { offset, length } = at ?? this.span(node);
    const object: Mutable<ObjectNode> = { type: 'object', offset, length, properties: [] };
    const seen = new Set<string>();
    for (const pair of node.items) {
      const property = this.buildProperty(pair as Pair, object, depth);
      if (!property) continue;
      object.properties.push(property);
      if (!this.inAlias) {
        if (seen.has(property.key)) this.problems.push(duplicateKeyProblem(property.keyNode));
        seen.add(property.key);
      }
    }
    this.coverChildren(object, object.properties);
    return object;
  }

  private buildProperty(pair: Pair, object: ObjectNode, depth: number): PropertyNode | undefined {
    const keyNode = this.buildKey(pair);
    if (!keyNode) return undefined;
    const property: Mutable<PropertyNode> = {
      type: 'property',
      offset: keyNode.offset,
      length: keyNode.length,
      key: keyNode.value,
      keyNode,
      parent: object,
    };
    keyNode.parent = property;
    const colon = this.findColon(keyNode.offset + keyNode.length);
    if (colon !== undefined) {
      property.colonOffset = colon;
      property.length = colon + 1 - property.offset;
    }
    const value = this.build(pair.value, depth + 1);
    if (value) {
      value.parent = property;
      property.valueNode = value;
      // An alias-expanded value keeps the anchor's offsets; never stretch the property over them.
      const end = value.offset + value.length;
      if (end > property.offset + property.length) property.length = end - property.offset;
    }
    return property;
  }

  private buildKey(pair: Pair): Mutable<StringNode> | undefined {
    const key = pair.key as unknown;
    if (isScalar(key)) {
      const { offset, length } = this.span(key);
      const raw = this.text.slice(offset, offset + length);
      const value = key.value === null || key.value === undefined ? '' : String(key.value);
      return { type: 'string', offset, length, raw, style: scalarStyle(key.type), value };
    }
    if (isNodeWithRange(key)) {
      const [start, end] = key.range;
      if (!this.inAlias) {
        this.problems.push({
          code: YAML_SYNTAX_CODE,
          message: 'Keys must be plain text; a list, mapping or alias cannot be used as a key.',
          offset: start,
          length: Math.max(1, end - start),
          severity: 'error',
        });
      }
      const raw = this.text.slice(start, end);
      return { type: 'string', offset: start, length: end - start, raw, style: 'plain', value: raw };
    }
    // `: value` without a key.
    const valueStart = isNodeWithRange(pair.value) ? pair.value.range[0] : undefined;
    if (valueStart === undefined) return undefined;
    return { type: 'string', offset: valueStart, length: 0, raw: '', style: 'plain', value: '' };
  }

  /** The `:` after an implicit key on the same line (blanks only in between). */
  private findColon(from: number): number | undefined {
    for (let i = from; i < this.text.length; i++) {
      const ch = this.text[i];
      if (ch === ':') return i;
      if (ch !== ' ' && ch !== '\t') return undefined;
    }
    return undefined;
  }

  private buildSeq(node: YAMLSeq, depth: number, at?: AliasSite): ArrayNode {
    const { offset, length } = at ?? this.span(node);
    const array: Mutable<ArrayNode> = { type: 'array', offset, length, items: [] };
    for (const item of node.items) {
      let value: ValueNode | undefined;
      if (isPair(item)) {
        // `[key: value]` in a flow sequence: a one-entry mapping.
        const start = isNodeWithRange(item.key) ? item.key.range[0] : array.offset;
        const end = isNodeWithRange(item.value) ? item.value.range[1] : start;
        const object: Mutable<ObjectNode> = { type: 'object', offset: start, length: end - start, properties: [] };
        const property = this.buildProperty(item, object, depth + 1);
        if (property) object.properties.push(property);
        value = object;
      } else {
        value = this.build(item, depth + 1);
        if (!value && isNodeWithRange(item)) {
          // `- ` with nothing after is a null item in YAML.
          const offset = item.range[0];
          value = { type: 'null', offset, length: 0, raw: '', style: 'plain', value: null };
        }
      }
      if (value) {
        value.parent = array;
        array.items.push(value);
      }
    }
    this.coverChildren(array, array.items);
    return array;
  }

  /**
   * After a syntax error yaml can give a collection a range shorter than its last entry;
   * stretch it so every child lies inside its parent (findNodeAtOffset relies on that).
   */
  private coverChildren(
    container: Mutable<ObjectNode> | Mutable<ArrayNode>,
    children: readonly (ValueNode | PropertyNode)[],
  ): void {
    if (this.inAlias) return; // expanded children keep the anchor's offsets, elsewhere in the text
    for (const child of children) {
      const end = child.offset + child.length;
      if (child.offset >= container.offset && end > container.offset + container.length)
        container.length = end - container.offset;
    }
  }

  /** Anchor in effect at each alias, found in one walk (see aliasTarget). */
  private aliasTargets: Map<Alias, YamlNode | undefined> | undefined;

  /**
   * The node an alias refers to: the last node before it with its anchor, as `Alias.resolve` finds
   * it. That walks the document up to the alias on every call, and an expanded alias is built once
   * per use: an alias bomb of 800 characters took 4 s. One walk in the same order answers all.
   */
  private aliasTarget(alias: Alias): YamlNode | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, YamlNode | undefined>();
      const anchors = new Map<string, YamlNode>();
      try {
        visit(this.doc, {
          Node: (_key, node) => {
            if (isAlias(node)) targets.set(node, anchors.get(node.source));
            else if (node.anchor) anchors.set(node.anchor, node);
          },
        });
      } catch {
        // A document yaml could not walk: its aliases resolve to nothing and are reported.
      }
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }

  private buildAlias(node: Alias, depth: number): ValueNode | undefined {
    const { offset, length } = this.span(node);
    const raw = this.text.slice(offset, offset + length);
    // Inside an expansion the same alias is met once per use of its anchor: it was reported where it
    // is written (the anchor's own node is built outside any expansion), so stay silent there. An
    // alias bomb of 800 characters otherwise piled up problems for seconds.
    const nullAt = (message: string): ValueNode => {
      if (!this.inAlias)
        this.problems.push({ code: YAML_SYNTAX_CODE, message, offset, length: Math.max(1, length), severity: 'error' });
      return { type: 'null', offset, length, raw, style: 'plain', value: null };
    };
    const target = this.aliasTarget(node);
    if (!target) return nullAt(`There is no anchor &${node.source} before this alias.`);
    if (this.ancestors.has(target))
      return nullAt(`The alias *${node.source} refers to a node that contains it, which would never end.`);
    const tooMuch = 'Aliases in this file expand to too much data; write the values out instead.';
    if (this.aliasBudget <= 0) {
      this.aliasOverflow = true;
      return nullAt(tooMuch);
    }
    this.aliasDepth++;
    let value: ValueNode | undefined;
    try {
      value = this.build(target, depth, { offset, length, raw });
    } finally {
      this.aliasDepth--;
    }
    // Report the overflow once, on the outermost alias, and drop the partial expansion.
    if ((this.aliasBudget < 0 || this.aliasOverflow) && !this.inAlias) return nullAt(tooMuch);
    return value;
  }
}

function isNodeWithRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return !!node && typeof node === 'object' && Array.isArray((node as { range?: unknown }).range);
}

/** Lines indented with a tab, outside quoted and block scalars (where a tab is just text). */
export function findTabIndentation(text: string, scalars: readonly { start: number; end: number }[]): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  // Tabs are found in text order, so one sweep over the scalars (in text order too, as the tree
  // builder meets them; sorted to be sure, which costs one pass when they are) replaces a search
  // of every scalar per tab.
  const inOrder = [...scalars].sort((a, b) => a.start - b.start);
  let next = 0;
  const pattern = /^[ ]*\t[ \t]*(?=\S)/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const tab = match.index + match[0].indexOf('\t');
    while (next < inOrder.length && inOrder[next].end <= tab) next++;
    if (next < inOrder.length && inOrder[next].start <= tab) continue;
    problems.push({
      code: YAML_SYNTAX_CODE,
      message: FRIENDLY_MESSAGES.TAB_AS_INDENT,
      offset: tab,
      length: 1,
      severity: 'error',
    });
  }
  return problems;
}

/** One problem per spot and message (yaml and our own checks can both see a tab, say). */
function dedupe(problems: SyntaxProblem[]): SyntaxProblem[] {
  const seen = new Set<string>();
  return problems
    .sort((a, b) => a.offset - b.offset || b.length - a.length)
    .filter((problem) => {
      const key = `${problem.offset}:${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** What one linear pass over a YAML text finds before the yaml package may see it. */
export interface YamlTextScan {
  /** Offset at which the text nests deeper than MAX_NESTING_DEPTH, or -1. */
  readonly tooDeepAt: number;
  /** Lines plus structure marks (see countsAsEntry), counted up to MAX_YAML_ENTRIES + 1. */
  readonly entries: number;
}

/** Characters that start a token of their own when they appear outside quotes and comments. */
const FLOW_MARKS = new Set(['{', '}', '[', ']', ',']);
/** Characters that start a token when a blank (or a line start) is before them. */
const NODE_PROPERTY_MARKS = new Set(['&', '*', '!', '|', '>']);
/** Characters that are an indicator when a blank (or the line end) follows them. */
const SPACED_INDICATORS = new Set([':', '-', '?']);

/**
 * One pass over the text, which the yaml package would otherwise be the first to see:
 * - nesting (block indentation levels plus flow brackets) deeper than MAX_NESTING_DEPTH: the
 *   yaml package recurses per level and can exhaust memory on thousands of levels;
 * - the number of entries, an upper estimate of the tokens the yaml package would make: every
 *   line, and every flow bracket, comma, indicator and node property outside quotes, comments
 *   and block scalars. The yaml package spends several microseconds per token (and more per
 *   error), so a text with hundreds of thousands of them would take seconds; it stops counting
 *   past MAX_YAML_ENTRIES.
 * A line-based approximation: quoted strings, comments and block scalar contents are skipped.
 */
export function scanYamlText(text: string): YamlTextScan {
  const indents: number[] = [];
  let entries = 0;
  let flowDepth = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarParent = -1;
  let lineStart = 0;
  const tooDeep = (offset: number): YamlTextScan => ({ tooDeepAt: offset, entries });
  while (lineStart <= text.length) {
    if (++entries > MAX_YAML_ENTRIES) return { tooDeepAt: -1, entries };
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.length - line.replace(/^[ ]+/, '').length;
    const blank = line.trim() === '';
    if (blockScalarParent >= 0 && (blank || indent > blockScalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParent = -1;
    let i = indent;
    if (!quote && flowDepth === 0 && !blank && line[indent] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // Compact nesting on one line: `- - key:` opens a level per indicator.
      while ((line[i] === '-' || line[i] === '?') && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
        i += 2;
        while (line[i] === ' ') i++;
        indents.push(i);
      }
      if (indents.length > MAX_NESTING_DEPTH) return tooDeep(lineStart + i);
    }
    let previous = ' ';
    for (; i < line.length; i++) {
      const ch = line[i];
      if (quote === '"') {
        if (ch === '\\') i++;
        else if (ch === '"') quote = undefined;
      } else if (quote === "'") {
        if (ch === "'" && line[i + 1] === "'") i++;
        else if (ch === "'") quote = undefined;
      } else if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
        break;
      } else {
        if (countsAsEntry(ch, line[i - 1], line[i + 1]) && ++entries > MAX_YAML_ENTRIES)
          return { tooDeepAt: -1, entries };
        if ((ch === '"' || ch === "'") && /[\s[{,:?-]/.test(previous)) {
          quote = ch;
        } else if ((ch === '[' || ch === '{') && (flowDepth > 0 || /[\s:?-]/.test(previous))) {
          flowDepth++;
          if (indents.length + flowDepth > MAX_NESTING_DEPTH) return tooDeep(lineStart + i);
        } else if ((ch === ']' || ch === '}') && flowDepth > 0) {
          flowDepth--;
        }
      }
      if (ch !== ' ') previous = ch;
    }
    if (!quote && flowDepth === 0 && endsWithBlockScalarHeader(line)) blockScalarParent = indent;
    lineStart = lineEnd + 1;
  }
  return { tooDeepAt: -1, entries };
}

/** The characters `.` of a regular expression does not match: a comment ends at one of them. */
const LINE_TERMINATORS = ['\r', '\u2028', '\u2029'];

/**
 * Whether `line` (no \n in it) ends with a block scalar header: `|` or `>` at the start or after a
 * blank, `:`, `?` or `-`, then indentation and chomping indicators, blanks, and a comment or nothing
 * (`key: |`, `- >-`, `a: |2 # note`). A scan: the regex it replaces retried the comment from every
 * `|` of a line that ended in a carriage return, a quadratic time on ` |#` repeated.
 */
export function endsWithBlockScalarHeader(line: string): boolean {
  const lastTerminator = Math.max(...LINE_TERMINATORS.map((terminator) => line.lastIndexOf(terminator)));
  for (let at = 0; at < line.length; at++) {
    if ((line[at] !== '|' && line[at] !== '>') || (at > 0 && !/[\s:?-]/.test(line[at - 1]))) continue;
    let i = at + 1;
    while (i < line.length && /[0-9+-]/.test(line[i])) i++;
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i === line.length || (line[i] === '#' && i > lastTerminator)) return true;
    at = i - 1; // what lies between holds no `|` or `>`
  }
  return false;
}

/** Whether `ch` (between the characters `before` and `next`) likely starts a token of its own. */
function countsAsEntry(ch: string, before: string | undefined, next: string | undefined): boolean {
  if (FLOW_MARKS.has(ch)) return true;
  if (NODE_PROPERTY_MARKS.has(ch))
    return before === undefined || before === ' ' || before === '\t' || FLOW_MARKS.has(before);
  return SPACED_INDICATORS.has(ch) && (next === undefined || next === ' ' || next === '\t');
}

/**
 * Runs `read` with no stack traces captured: every yaml error is an Error object, and capturing its
 * stack was nine tenths of the time on a text of 20,000 errors (`]` repeated). Only their codes,
 * messages and ranges are read.
 */
function withoutStackTraces<T>(read: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return read();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The yaml package's tokens and documents of `text`, its errors without stack traces. */
export function composeYaml(text: string): { tokens: CST.Token[]; documents: Document.Parsed[] } {
  return withoutStackTraces(() => {
    const tokens = Array.from(new Parser().parse(text));
    return { tokens, documents: Array.from(new Composer(COMPOSE_OPTIONS).compose(tokens, true, text.length)) };
  });
}

export function parseYaml(text: string): FormatParseResult {
  const scan = scanYamlText(text);
  if (scan.entries > MAX_YAML_ENTRIES) return { problems: [], comments: [], notReadBecause: tooManyYamlEntries() };
  if (scan.tooDeepAt >= 0) return { problems: [tooDeepProblem(scan.tooDeepAt)], comments: [] };
  const { tokens, documents } = composeYaml(text);
  const comments = collectComments(tokens);
  const problems: SyntaxProblem[] = [];
  const first = documents[0];

  for (const [index, document] of documents.entries()) {
    for (const [list, severity] of [
      [document.errors, 'error'],
      [document.warnings, 'warning'],
    ] as const) {
      for (const error of list) {
        problems.push({
          code: YAML_SYNTAX_CODE,
          message: FRIENDLY_MESSAGES[error.code] ?? sentence(error.message),
          ...visibleRange(text, error.pos[0], error.pos[1]),
          severity,
        });
      }
    }
    if (index > 0 && document.contents !== null) {
      const [start, end] = document.range;
      problems.push({
        code: YAML_SYNTAX_CODE,
        message: 'A request file holds a single YAML document; move this second document (after ---) to its own file.',
        ...visibleRange(text, start, Math.min(end, text.indexOf('\n', start) < 0 ? end : text.indexOf('\n', start))),
        severity: 'error',
      });
    }
  }

  if (!first) return { problems: dedupe(problems), comments };
  const builder = new YamlAstBuilder(text, first);
  const root = builder.build(first.contents, 0);
  problems.push(...builder.problems, ...findTabIndentation(text, builder.multilineScalars));
  return { root, problems: dedupe(problems), comments };
}
