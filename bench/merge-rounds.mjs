#!/usr/bin/env node
// Merges the lspbench results of one server from several rounds into one result file, as if it
// had been one session: timing samples are pooled (median and p95 of all samples), memory readings
// take the median of the rounds, counts of the form "found/total" add up, usefulness holds only if
// it held in every round. bench.sh runs the rounds so that our server and its anchor take turns:
// a slow phase of the machine then falls on both instead of on whichever ran at that moment.
// Usage: node merge-rounds.mjs <out.json> <round1.json> <round2.json> ...
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { stats } from './stats.mjs';

const isTiming = (x) => x !== null && typeof x === 'object' && Array.isArray(x.samples);
const fraction = /^(\d+)\/(\d+)$/;

/** Counts that add up over the rounds; other numbers (diagnostics found, items...) are the first round's. */
const SUMMED = new Set(['timeouts']);
const FIGURES = new Set(['n', 'min', 'median', 'p95', 'max', 'mean', 'samples']);
/** A timing's other fields (coldMs, revert, errors...), without the figures that are recomputed. */
const withoutFigures = (timing) => Object.fromEntries(Object.entries(timing ?? {}).filter(([k]) => !FIGURES.has(k)));

/** One value from the same place in every round (`key`: its property name). */
function mergeValues(values, key) {
  const [first] = values;
  if (isTiming(first)) {
    const pooled = stats(values.flatMap((v) => (isTiming(v) ? v.samples : [])));
    return { ...mergeObjects(values.map(withoutFigures)), ...pooled };
  }
  if (Array.isArray(first)) {
    // Probes and documents line up by position; anything else (samples of diagnostics) is the first round's.
    if (first.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) {
      return first.map((_, i) => mergeValues(values.map((v) => v?.[i])));
    }
    return first;
  }
  if (first !== null && typeof first === 'object') return mergeObjects(values);
  if (
    typeof first === 'string' &&
    fraction.test(first) &&
    values.every((v) => typeof v === 'string' && fraction.test(v))
  ) {
    const sum = (k) => values.reduce((a, v) => a + Number(v.match(fraction)[k]), 0);
    return `${sum(1)}/${sum(2)}`;
  }
  if (typeof first === 'number' && SUMMED.has(key)) return values.reduce((a, v) => a + (v ?? 0), 0);
  // useful, ok, hasDocumentation...: true only if true in every round.
  if (typeof first === 'boolean') return values.every((v) => v === true);
  return first;
}

function mergeObjects(values) {
  const present = values.filter((v) => v !== null && typeof v === 'object');
  const keys = [...new Set(present.flatMap((v) => Object.keys(v)))];
  return Object.fromEntries(
    keys.map((k) => [
      k,
      mergeValues(
        present.map((v) => v[k]),
        k,
      ),
    ]),
  );
}

/** A memory reading (rssMiB, hwmMiB) over the rounds: the median RSS, the highest peak. */
function mergeReading(readings) {
  const present = readings.filter(Boolean);
  if (!present.length) return undefined;
  return {
    rssMiB: stats(present.map((r) => r.rssMiB)).median,
    hwmMiB: Math.max(...present.map((r) => r.hwmMiB ?? 0)),
    processes: present[0].processes,
    rounds: present.map((r) => r.rssMiB),
  };
}

export function mergeRounds(rounds) {
  if (!rounds.length) throw new Error('merge-rounds: no results to merge');
  const labels = new Set(rounds.map((r) => r.label));
  if (labels.size > 1) throw new Error(`merge-rounds: results of different servers (${[...labels].join(', ')})`);
  const files = rounds.map((r) => (r.documents ?? []).map((d) => d.file).join(','));
  if (new Set(files).size > 1) throw new Error('merge-rounds: the rounds measured different documents');
  const [first] = rounds;
  const rss = Object.fromEntries(
    Object.keys(first.rss ?? {}).map((k) => [k, mergeReading(rounds.map((r) => r.rss?.[k]))]),
  );
  const seen = new Set();
  const issues = rounds
    .flatMap((r) => r.issues ?? [])
    .filter((i) => {
      const key = `${i.kind}|${i.doc ?? ''}|${i.detail}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  return {
    ...first,
    runs: rounds.reduce((a, r) => a + r.runs, 0),
    rounds: rounds.length,
    startedAt: first.startedAt,
    finishedAt: rounds[rounds.length - 1].finishedAt,
    documents: mergeValues(rounds.map((r) => r.documents)),
    startup: mergeValues(rounds.map((r) => r.startup)),
    rss,
    cpu: { ...first.cpu, otherCores: Math.max(...rounds.map((r) => r.cpu?.otherCores ?? 0)) },
    publishes: rounds.reduce((a, r) => a + (r.publishes ?? 0), 0),
    issues,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, ...inputs] = process.argv.slice(2);
  if (!out || !inputs.length) {
    console.error('usage: node merge-rounds.mjs <out.json> <round1.json> ...');
    process.exit(2);
  }
  const merged = mergeRounds(inputs.map((f) => JSON.parse(fs.readFileSync(f, 'utf8'))));
  fs.writeFileSync(out, JSON.stringify(merged, null, 2) + '\n');
}
