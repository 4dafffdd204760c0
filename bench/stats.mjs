// Summary statistics of timing samples, shared by the harness (lspbench.mjs) and the merge of
// several rounds (merge-rounds.mjs), so that a pooled figure is computed exactly like a single one.

export const round = (x, d = 2) => (x == null || !Number.isFinite(x) ? x : Math.round(x * 10 ** d) / 10 ** d);

/** n, min, median, p95, max and mean of the finite samples, plus the samples themselves (sorted). */
export function stats(samples) {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return { n: 0 };
  const q = (p) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))];
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return {
    n: xs.length,
    min: round(xs[0]),
    median: round(median),
    p95: round(q(0.95)),
    max: round(xs[xs.length - 1]),
    mean: round(xs.reduce((a, b) => a + b, 0) / xs.length),
    samples: xs.map((x) => round(x)),
  };
}
