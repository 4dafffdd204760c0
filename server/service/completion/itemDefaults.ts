/**
 * Smaller completion answers for clients that read LSP 3.17 item defaults
 * (`textDocument.completion.completionList.itemDefaults`, VS Code among them): what the items share
 * is sent once in `CompletionList.itemDefaults` instead of once per item.
 *
 * Every byte of an answer is serialised, piped and parsed again on each keystroke; with account data
 * an ID field offers 50 items that all replace the same range, and that range was most of each item.
 * A client without the capability gets the full form unchanged.
 */
import type { CompletionItem, CompletionList, Range, TextEdit } from 'vscode-languageserver-types';

/** The `itemDefaults` properties a client can declare (LSP 3.17 `completionList.itemDefaults`). */
export type ItemDefaultName = 'editRange' | 'insertTextFormat' | 'insertTextMode' | 'commitCharacters' | 'data';

/** The properties that move into the defaults when every item has the same value of them. */
const SHARED_VALUES = ['insertTextFormat', 'insertTextMode', 'commitCharacters', 'data'] as const;

/** The default names a client declared, read without trusting the capability's shape. */
export function declaredItemDefaults(declared: unknown): ItemDefaultName[] {
  if (!Array.isArray(declared)) return [];
  const known: readonly string[] = ['editRange', ...SHARED_VALUES];
  return declared.filter((name): name is ItemDefaultName => typeof name === 'string' && known.includes(name));
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/**
 * The edit when it is a plain text edit (not an insert/replace edit). Our items are made by this
 * service, so the shape is known: one property test per item instead of TextEdit.is checking every number.
 */
function plainEdit(edit: CompletionItem['textEdit']): TextEdit | undefined {
  return edit !== undefined && 'range' in edit ? edit : undefined;
}

/** The range most items replace (at least two of them), when every item has a plain text edit. */
function sharedRange(items: readonly CompletionItem[]): Range | undefined {
  // A list has one range or a handful (a skeleton item's block range): a short list of them, not a map.
  const seen: { range: Range; count: number }[] = [];
  let best: { range: Range; count: number } | undefined;
  for (const item of items) {
    const edit = plainEdit(item.textEdit);
    // An item without an edit would take the default range in place of its insertText: keep them all whole.
    if (edit === undefined) return undefined;
    const range = edit.range;
    let entry = seen.find((candidate) => sameRange(candidate.range, range));
    if (!entry) seen.push((entry = { range, count: 0 }));
    entry.count++;
    if (!best || entry.count > best.count) best = entry;
  }
  return best && best.count >= 2 ? best.range : undefined;
}

/** The value every item has for `name` (the same JSON), or undefined when they differ or one lacks it. */
function sharedValue(items: readonly CompletionItem[], name: (typeof SHARED_VALUES)[number]): unknown {
  const first = items[0]?.[name];
  if (first === undefined) return undefined;
  const written = JSON.stringify(first);
  return items.every((item) => item[name] !== undefined && JSON.stringify(item[name]) === written) ? first : undefined;
}

/**
 * `list` with what its items share moved into `itemDefaults`, as far as `supported` allows: the edit
 * range most items replace (those items then carry only `textEditText`, or nothing when the text is
 * their label), and an insert text format or mode, commit characters or data that every item has.
 * Items keep whatever differs. Linear in the items; the list given is not changed.
 */
export function withItemDefaults(list: CompletionList, supported: readonly ItemDefaultName[]): CompletionList {
  if (list.items.length < 2 || supported.length === 0) return list;
  const defaults: NonNullable<CompletionList['itemDefaults']> = {};
  const range = supported.includes('editRange') ? sharedRange(list.items) : undefined;
  if (range) defaults.editRange = range;
  const moved = new Set<string>();
  for (const name of SHARED_VALUES) {
    if (!supported.includes(name)) continue;
    const value = sharedValue(list.items, name);
    if (value === undefined) continue;
    (defaults as Record<string, unknown>)[name] = value;
    moved.add(name);
  }
  if (!range && moved.size === 0) return list;
  const items = list.items.map((item) => {
    const edit = plainEdit(item.textEdit);
    const takesDefault = range !== undefined && edit !== undefined && sameRange(edit.range, range);
    // Copied key by key, not spread and deleted from: a deleted key slows the object (and its serialising) down.
    // for…in, not Object.keys: no array per item (completion items are plain objects with own keys only).
    const compact: Record<string, unknown> = {};
    for (const key in item) {
      if (key === 'textEdit' ? takesDefault : moved.size > 0 && moved.has(key)) continue;
      compact[key] = item[key as keyof CompletionItem];
    }
    if (takesDefault && edit.newText !== item.label) compact.textEditText = edit.newText;
    return compact as unknown as CompletionItem;
  });
  return { ...list, itemDefaults: defaults, items };
}
