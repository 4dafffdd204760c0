/**
 * Completion context in JSON. jsonc-parser's `getLocation` scans the text itself and copes with
 * half-typed documents, which is exactly the state completion is asked in.
 */
import { createScanner, getLocation, parseTree, findNodeAtLocation, SyntaxKind } from 'jsonc-parser';
import type { ParsedDocument } from '../../../request/parser/ast';
import { asObject, nodeAtPath, type NodePath } from '../../../request/parser/nodes';
import type { CompletionContext } from './completionContext';
import { WORD_CHAR } from './completionContext';
import { indentationAt } from './documentText';

export function jsonCompletionContext(doc: ParsedDocument, offset: number): CompletionContext | undefined {
  const { text } = doc;
  const location = getLocation(text, offset);
  const previous = location.previousNode;
  const [wordStart, wordEnd] = wordAround(text, offset);
  const tokens = neighbourTokens(text, wordStart, wordEnd);
  if (tokens.insideComment) return undefined;
  const indent = indentationAt(doc, offset);

  let path = location.path as NodePath;
  let atKey = location.isAtPropertyKey;
  // After a complete value with no comma (`"a": 1 |`): a new key in the same object.
  if (
    !atKey &&
    previous &&
    previous.type !== 'property' &&
    offset > previous.offset + previous.length &&
    typeof path[path.length - 1] === 'string'
  ) {
    atKey = true;
    path = [...path.slice(0, -1), ''];
  }

  if (atKey) {
    const objectPath = path.slice(0, -1);
    // An unterminated key string runs on to the end of the line; then only the typed word counts.
    const keyIsClosed =
      previous?.type === 'property' && previous.length >= 2 && text[previous.offset + previous.length - 1] === '"';
    const [start, end] =
      previous && keyIsClosed ? [previous.offset, previous.offset + previous.length] : [wordStart, wordEnd];
    const after = tokenAfter(text, end);
    const before = lastTokenBefore(text, start);
    return {
      kind: 'property',
      objectPath,
      existingKeys: keysOf(doc, objectPath, start),
      replaceStart: start,
      replaceEnd: end,
      indent,
      keyOnly: after === SyntaxKind.ColonToken,
      startsItem: false,
      commaAfter: startsEntry(after),
      commaBeforeAt: endsValue(before.kind) ? before.end : undefined,
    };
  }

  // A value: replace the scalar under the cursor (a string with its quotes, or a bare word).
  const [start, end] =
    previous &&
    previous.type !== 'property' &&
    previous.type !== 'object' &&
    previous.type !== 'array' &&
    offset >= previous.offset &&
    offset <= previous.offset + previous.length
      ? [previous.offset, previous.offset + previous.length]
      : [wordStart, wordEnd];
  const after = tokenAfter(text, end);
  // Only a list item needs the token before it (a missing comma); spare the scan otherwise.
  const before = typeof path[path.length - 1] === 'number' ? lastTokenBefore(text, start) : undefined;
  return {
    kind: 'value',
    valuePath: path,
    replaceStart: start,
    replaceEnd: end,
    indent,
    commaAfter: startsEntry(after),
    commaBeforeAt: before && endsValue(before.kind) ? before.end : undefined,
    needsLeadingSpace: false,
  };
}

/** The typed word around the cursor, including an opening (and closing) quote. */
function wordAround(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  if (text[start - 1] === '"') {
    start--;
    if (text[end] === '"') end++;
  }
  return [start, end];
}

function keysOf(doc: ParsedDocument, objectPath: NodePath, skipOffset: number): Set<string> {
  const keys = new Set<string>();
  const fromAst = asObject(nodeAtPath(doc.root, objectPath));
  if (fromAst) {
    for (const property of fromAst.properties) if (property.keyNode.offset !== skipOffset) keys.add(property.key);
    return keys;
  }
  // The shared AST may have dropped a broken region; jsonc-parser's own tree is more forgiving.
  const node = findNodeAtLocation(parseTree(doc.text) ?? ({ type: 'null', offset: 0, length: 0 } as never), objectPath);
  for (const property of node?.type === 'object' ? (node.children ?? []) : []) {
    const key = property.children?.[0];
    if (key && key.offset !== skipOffset && typeof key.value === 'string') keys.add(key.value);
  }
  return keys;
}

interface Neighbours {
  readonly insideComment: boolean;
}

function neighbourTokens(text: string, start: number, end: number): Neighbours {
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const tokenStart = scanner.getTokenOffset();
    const tokenEnd = tokenStart + scanner.getTokenLength();
    if (tokenStart >= end) break;
    const isComment = kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia;
    if (isComment && tokenStart < start && tokenEnd > start) return { insideComment: true };
  }
  return { insideComment: false };
}

const TRIVIA = new Set([
  SyntaxKind.Trivia,
  SyntaxKind.LineBreakTrivia,
  SyntaxKind.LineCommentTrivia,
  SyntaxKind.BlockCommentTrivia,
]);

function tokenAfter(text: string, offset: number): SyntaxKind {
  // setPosition, not a slice: scanning starts at `offset` without copying the rest of the text.
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  let kind = scanner.scan();
  while (TRIVIA.has(kind)) kind = scanner.scan();
  return kind;
}

/** The last significant token ending at or before `offset`, with where it ends. */
function lastTokenBefore(text: string, offset: number): { kind: SyntaxKind; end: number } {
  const scanner = createScanner(text, false);
  let last = { kind: SyntaxKind.Unknown as SyntaxKind, end: 0 };
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const end = scanner.getTokenOffset() + scanner.getTokenLength();
    if (end > offset) break;
    if (!TRIVIA.has(kind)) last = { kind, end };
  }
  return last;
}

function startsEntry(kind: SyntaxKind): boolean {
  return (
    kind === SyntaxKind.StringLiteral ||
    kind === SyntaxKind.OpenBraceToken ||
    kind === SyntaxKind.OpenBracketToken ||
    kind === SyntaxKind.NumericLiteral ||
    kind === SyntaxKind.TrueKeyword ||
    kind === SyntaxKind.FalseKeyword ||
    kind === SyntaxKind.NullKeyword
  );
}

function endsValue(kind: SyntaxKind): boolean {
  return (
    kind === SyntaxKind.StringLiteral ||
    kind === SyntaxKind.CloseBraceToken ||
    kind === SyntaxKind.CloseBracketToken ||
    kind === SyntaxKind.NumericLiteral ||
    kind === SyntaxKind.TrueKeyword ||
    kind === SyntaxKind.FalseKeyword ||
    kind === SyntaxKind.NullKeyword
  );
}
