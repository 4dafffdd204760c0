/**
 * JSON (with comments) → the shared AST of ast.ts, on top of jsonc-parser's event visitor.
 * We build the tree ourselves (rather than using `parseTree`) to keep comments, separators,
 * the colon offset and half-typed properties, which completion and quick fixes need.
 */
import { visit, ParseErrorCode } from 'jsonc-parser';
import type { ArrayNode, CommentRange, ObjectNode, PropertyNode, SyntaxProblem, ValueNode } from './ast';
import { parseValidJson } from './jsonFastPath';
import { isIntegerLiteral, newProperty } from './jsonNodes';
import { MAX_NESTING_DEPTH, duplicateKeyProblem, tooDeepProblem, type FormatParseResult } from './problems';

export const JSON_SYNTAX_CODE = 'json-syntax';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Container = Mutable<ObjectNode> | Mutable<ArrayNode>;

/** A run of string characters up to a quote, a backslash or a line break (linear, never backtracks). */
const STRING_RUN = /[^"\\\n]*/y;

/**
 * Offset at which brackets first nest deeper than MAX_NESTING_DEPTH, skipping strings and
 * comments; -1 when the document is shallow enough.
 */
function findExcessiveNesting(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      // Jump to the closing quote (or the line end, for an unclosed string) run by run, not char by
      // char: a 44K-character user_data is most of a large request.
      let j = i + 1;
      while (j < text.length) {
        STRING_RUN.lastIndex = j;
        STRING_RUN.test(text);
        j = STRING_RUN.lastIndex;
        if (text.charCodeAt(j) !== 0x5c /* \ */) break;
        j += 2; // the escaped character, whatever it is
      }
      i = j;
    } else if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (++depth > MAX_NESTING_DEPTH) return i;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

function describeError(code: ParseErrorCode, inObject: boolean): string {
  switch (code) {
    case ParseErrorCode.InvalidSymbol:
      return 'Unexpected character; expected a property name, a value or punctuation here.';
    case ParseErrorCode.InvalidNumberFormat:
      return 'This is not a valid JSON number.';
    case ParseErrorCode.PropertyNameExpected:
      return 'Expected a property name in double quotes.';
    case ParseErrorCode.ValueExpected:
      return 'Expected a value: a string, number, true, false, null, an object or a list.';
    case ParseErrorCode.ColonExpected:
      return 'Expected a colon (:) after the property name.';
    case ParseErrorCode.CommaExpected:
      return inObject ? 'Expected a comma between properties.' : 'Expected a comma between list items.';
    case ParseErrorCode.CloseBraceExpected:
      return 'Expected a closing brace (}) to end the object.';
    case ParseErrorCode.CloseBracketExpected:
      return 'Expected a closing bracket (]) to end the list.';
    case ParseErrorCode.EndOfFileExpected:
      return 'Unexpected text after the end of the request body; a request file holds exactly one JSON object.';
    case ParseErrorCode.InvalidCommentToken:
      return 'Comments are not allowed here.';
    case ParseErrorCode.UnexpectedEndOfComment:
      return 'This comment is not closed; end it with */.';
    case ParseErrorCode.UnexpectedEndOfString:
      return 'This string is not closed; end it with a double quote (").';
    case ParseErrorCode.UnexpectedEndOfNumber:
      return 'This number is incomplete.';
    case ParseErrorCode.InvalidUnicode:
      return 'Invalid unicode escape; use \\u followed by four hex digits.';
    case ParseErrorCode.InvalidEscapeCharacter:
      return 'Invalid escape sequence; allowed are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.';
    case ParseErrorCode.InvalidCharacter:
      return 'Control characters such as tabs and line breaks must be escaped inside a string (\\t, \\n).';
    default:
      return 'Syntax error.';
  }
}

/** Valid documents take the fast path (jsonFastPath.ts); everything else gets full recovery. */
export function parseJson(text: string): FormatParseResult {
  return parseValidJson(text) ?? parseJsonWithRecovery(text);
}

/** The recovering parser: any text, with a syntax problem for each thing that is wrong. */
export function parseJsonWithRecovery(text: string): FormatParseResult {
  const problems: SyntaxProblem[] = [];
  const comments: CommentRange[] = [];
  const tooDeepAt = findExcessiveNesting(text);
  if (tooDeepAt >= 0) return { problems: [tooDeepProblem(tooDeepAt)], comments };

  let root: ValueNode | undefined;
  const stack: Container[] = [];
  /** Keys seen per open object (parallel to `stack`; undefined for arrays). */
  const seenKeys: (Set<string> | undefined)[] = [];
  /** After a ',' in the innermost container with no item since: a trailing comma candidate. */
  let pendingComma: number | undefined;

  const top = (): Container | undefined => stack[stack.length - 1];

  /** Extends a property to cover its value (called when the value's end is known). */
  const closeProperty = (value: ValueNode) => {
    const parent = value.parent;
    if (parent?.type === 'property') {
      (parent as Mutable<PropertyNode>).length = value.offset + value.length - parent.offset;
    }
  };

  /** Attaches a new value to the current property, array or the root. */
  const attach = (value: Mutable<ValueNode>): boolean => {
    pendingComma = undefined;
    const container = top();
    if (!container) {
      if (root) return false; // extra top-level value; jsonc-parser reports it
      root = value;
      return true;
    }
    if (container.type === 'array') {
      value.parent = container;
      container.items.push(value);
      return true;
    }
    const property = container.properties[container.properties.length - 1] as Mutable<PropertyNode> | undefined;
    if (!property || property.valueNode) return false; // a value without a key; reported as a syntax error
    property.valueNode = value;
    value.parent = property;
    return true;
  };

  const openContainer = (node: Container) => {
    const attached = attach(node);
    stack.push(node);
    seenKeys.push(node.type === 'object' ? new Set() : undefined);
    // Detached containers (after a syntax error) are still walked, just not linked into the tree.
    if (!attached) node.parent = undefined;
  };

  const closeContainer = (endOffset: number) => {
    const node = stack.pop();
    seenKeys.pop();
    if (!node) return;
    if (pendingComma !== undefined) {
      problems.push({
        code: JSON_SYNTAX_CODE,
        message:
          node.type === 'object'
            ? 'Remove the comma after the last property; JSON does not allow a trailing comma.'
            : 'Remove the comma after the last list item; JSON does not allow a trailing comma.',
        offset: pendingComma,
        length: 1,
        severity: 'error',
      });
      pendingComma = undefined;
    }
    node.length = endOffset - node.offset;
    closeProperty(node);
  };

  visit(
    text,
    {
      onObjectBegin(offset) {
        openContainer({ type: 'object', offset, length: 1, properties: [], parent: undefined });
      },
      onObjectEnd(offset, length) {
        closeContainer(offset + length);
      },
      onArrayBegin(offset) {
        openContainer({ type: 'array', offset, length: 1, items: [], parent: undefined });
      },
      onArrayEnd(offset, length) {
        closeContainer(offset + length);
      },
      onObjectProperty(key, offset, length) {
        pendingComma = undefined;
        const object = top();
        if (object?.type !== 'object') return;
        const property = newProperty(text, object, key, offset, length);
        object.properties.push(property);
        const seen = seenKeys[seenKeys.length - 1];
        if (seen?.has(key)) problems.push(duplicateKeyProblem(property.keyNode));
        seen?.add(key);
      },
      onLiteralValue(value: unknown, offset, length) {
        const raw = text.slice(offset, offset + length);
        let node: Mutable<ValueNode>;
        if (typeof value === 'string')
          node = { type: 'string', offset, length, raw, style: 'double', value, parent: undefined };
        else if (typeof value === 'number') {
          node = {
            type: 'number',
            offset,
            length,
            raw,
            style: 'plain',
            value,
            isInteger: isIntegerLiteral(value, raw),
            parent: undefined,
          };
        } else if (typeof value === 'boolean')
          node = { type: 'boolean', offset, length, raw, style: 'plain', value, parent: undefined };
        else node = { type: 'null', offset, length, raw, style: 'plain', value: null, parent: undefined };
        if (attach(node)) closeProperty(node);
      },
      onSeparator(character, offset) {
        if (character === ':') {
          const object = top();
          const property =
            object?.type === 'object'
              ? (object.properties[object.properties.length - 1] as Mutable<PropertyNode> | undefined)
              : undefined;
          if (property && !property.valueNode && property.colonOffset === undefined) {
            property.colonOffset = offset;
            property.length = offset + 1 - property.offset;
          }
        } else if (character === ',') {
          pendingComma = offset;
        }
      },
      onComment(offset, length) {
        comments.push({ offset, length });
      },
      onError(error, offset, length) {
        // jsonc-parser can report several errors at one spot while recovering; keep the first.
        const last = problems[problems.length - 1];
        if (last && last.offset === offset && last.code === JSON_SYNTAX_CODE) return;
        problems.push({
          code: JSON_SYNTAX_CODE,
          message: describeError(error, top()?.type === 'object'),
          offset,
          length,
          severity: 'error',
        });
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true },
  );

  // A half-typed document leaves containers open: they run to the end of the text.
  while (stack.length > 0) {
    pendingComma = undefined;
    closeContainer(text.length);
  }
  return { root, problems, comments };
}
