/**
 * Notifications (toasts) show text as it is: Markdown there would show its backticks. Messages
 * from the error catalog mark field names as code spans (`adminPass`), which diagnostics and
 * hovers render; toasts get them without the marks.
 */
export function withoutCodeSpans(text: string): string {
  // Runs of backticks, in order. A run of N opens a code span that the next run of exactly N closes.
  const runs: { start: number; length: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let length = 0;
    while (text[i + length] === '`') length++;
    runs.push({ start: i, length });
    i += length;
  }
  if (runs.length === 0) return text;
  // For each length, the indexes of its runs; `next` only moves forward, so the whole pass is linear.
  const byLength = new Map<number, { indexes: number[]; next: number }>();
  runs.forEach((run, index) => {
    const entry = byLength.get(run.length) ?? { indexes: [], next: 0 };
    entry.indexes.push(index);
    byLength.set(run.length, entry);
  });
  let out = '';
  let copied = 0;
  for (let r = 0; r < runs.length;) {
    const run = runs[r];
    const same = byLength.get(run.length)!;
    while (same.next < same.indexes.length && same.indexes[same.next] <= r) same.next++;
    if (same.next >= same.indexes.length) {
      r++;
      continue;
    } // Closes nothing: literal backticks.
    const closeIndex = same.indexes[same.next];
    const close = runs[closeIndex];
    const inner = text.slice(run.start + run.length, close.start);
    // Markdown strips one space on each side when both are there (so `` `x` `` can hold backticks).
    const shown = inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') ? inner.slice(1, -1) : inner;
    out += text.slice(copied, run.start) + shown;
    copied = close.start + close.length;
    r = closeIndex + 1;
  }
  return out + text.slice(copied);
}
