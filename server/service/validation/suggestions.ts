/** "Did you mean ...?" helpers: edit distance and ranking of known names / allowed values. */

/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
 * case-insensitive; gives up (returning limit + 1) once every alignment exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = 8): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
      }
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length];
}

/** The known name closest to `name`, if it is close enough to be a likely typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const allowed = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    if (candidate === name) continue;
    // Separators people mix up (`_` / `-`, case) count as a sure match.
    const distance = normalize(candidate) === normalize(name) ? 0 : editDistance(name, candidate, allowed);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Allowed values ordered by closeness to what the user wrote (stable for ties: schema order). */
export function rankCandidates(actual: unknown, candidates: readonly unknown[]): unknown[] {
  const written = actual === undefined || actual === null ? '' : String(actual);
  return candidates
    .map((value, index) => ({ value, index, distance: editDistance(written, String(value), 64) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map((entry) => entry.value);
}
