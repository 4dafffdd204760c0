#!/usr/bin/env node
// Combines lspbench result files into one markdown table: our server next to the anchor
// server of each format (yaml-language-server for YAML, vscode-json-language-server for JSON),
// given the same schema and documents, with the ratio ours/anchor for every timing.
// Usage: node summarize.mjs <results-dir>   (reads the JSON files bench.sh writes there)
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node summarize.mjs <results-dir>');
  process.exit(2);
}
const load = (name) => {
  const file = path.join(dir, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
};
// Our server runs once per format (like each anchor), push and pull.
const runs = {
  oursJsonPush: load('ours-json-push'),
  oursJsonPull: load('ours-json-pull'),
  oursYamlPush: load('ours-yaml-push'),
  oursYamlPull: load('ours-yaml-pull'),
  yaml: load('yaml-language-server'),
  jsonPush: load('vscode-json-language-server'),
  jsonPull: load('vscode-json-language-server-pull'),
};

const num = (x) => (x === undefined || x === null || Number.isNaN(x) ? undefined : x);
const fmtMs = (s) => (s && num(s.median) !== undefined ? `${s.median} (${s.p95})` : '-');
const ratio = (a, b) =>
  a && b && num(a.median) !== undefined && num(b.median) > 0 ? `${(a.median / b.median).toFixed(2)}` : '-';
const docOf = (run, file) => run?.documents?.find((d) => d.file === file);
/** The slowest probe of a document, so one figure stands for "completion" and one for "hover". */
const worst = (probes) => {
  const done = (probes ?? []).filter((p) => num(p.median) !== undefined);
  if (!done.length) return undefined;
  return { median: Math.max(...done.map((p) => p.median)), p95: Math.max(...done.map((p) => p.p95)) };
};
const usefulCount = (probes) => {
  const done = (probes ?? []).filter((p) => !p.skipped);
  return done.length ? `${done.filter((p) => p.useful).length}/${done.length}` : '-';
};
const located = (d) => (d?.open?.located ? `${d.open.located.onNode}/${d.open.located.expected} on node` : '');
const diagSummary = (d) => {
  if (!d) return '-';
  const { diagnostics, errors, warnings } = d.open;
  const other = diagnostics - errors - warnings;
  return `${diagnostics} (${errors} E, ${warnings} W, ${other} info) ${located(d)}`.trim();
};
const editSummary = (d) =>
  d?.edit?.detected ? `${d.edit.detected} detected, ${d.edit.errorOnEditedNode} on node` : '-';

const lines = [];
const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);

function formatSection(title, ext, oursPush, oursPullRun, anchorPush, anchorPull, anchorName) {
  const files = (oursPush?.documents ?? []).map((d) => d.file).filter((f) => f.endsWith(`.${ext}`));
  if (!files.length) return;
  lines.push('', `### ${title}: ours vs ${anchorName}`, '');
  lines.push('Times in ms, median (p95); ratio = ours / anchor on the median (below 1 means we are faster).', '');
  row(['document', 'measure', 'ours', anchorName, 'ratio']);
  row(['---', '---', '---:', '---:', '---:']);
  for (const file of files) {
    const ours = docOf(oursPush, file);
    const oursPull = docOf(oursPullRun, file);
    const anchor = docOf(anchorPush, file);
    const anchorPulled = docOf(anchorPull, file);
    const timed = (measure, a, b) => row([file, measure, fmtMs(a), fmtMs(b), ratio(a, b)]);
    timed('open → diagnostics (push)', ours?.open, anchor?.open);
    if (ours?.edit || anchor?.edit) timed('edit → diagnostics (push)', ours?.edit, anchor?.edit);
    if (oursPull?.edit || anchorPulled?.edit) timed('edit → diagnostics (pull)', oursPull?.edit, anchorPulled?.edit);
    if (oursPull?.open || anchorPulled?.open) timed('open → diagnostics (pull)', oursPull?.open, anchorPulled?.open);
    if (ours?.completion?.length)
      timed('completion (slowest probe)', worst(ours.completion), worst(anchor?.completion));
    if (ours?.hover?.length) timed('hover (slowest probe)', worst(ours.hover), worst(anchor?.hover));
    row([file, 'usefulness: diagnostics', diagSummary(ours), diagSummary(anchor), '']);
    if (ours?.edit) row([file, 'usefulness: injected error', editSummary(ours), editSummary(anchor), '']);
    if (ours?.completion?.length)
      row([
        file,
        'usefulness: completion / hover',
        `${usefulCount(ours.completion)} / ${usefulCount(ours.hover)}`,
        `${usefulCount(anchor?.completion)} / ${usefulCount(anchor?.hover)}`,
        '',
      ]);
  }
}

/** A memory reading: the median over the rounds, then each round's reading. */
const rssText = (reading) => {
  if (!reading?.rssMiB) return '-';
  return reading.rounds?.length > 1 ? `${reading.rssMiB} (${reading.rounds.join(', ')})` : String(reading.rssMiB);
};

function serverSection() {
  lines.push('', '### Servers', '');
  row(['server', 'startup ms, median (p95)', 'RSS after docs MiB (rounds)', 'peak RSS MiB', 'issues']);
  row(['---', '---:', '---:', '---:', '---:']);
  const entries = [
    ['ours, YAML documents (push)', runs.oursYamlPush],
    ['ours, YAML documents (pull)', runs.oursYamlPull],
    ['yaml-language-server 1.25.0', runs.yaml],
    ['ours, JSON documents (push)', runs.oursJsonPush],
    ['ours, JSON documents (pull)', runs.oursJsonPull],
    ['vscode-json-language-server 4.10.0 (push)', runs.jsonPush],
    ['vscode-json-language-server 4.10.0 (pull)', runs.jsonPull],
  ];
  for (const [name, r] of entries) {
    if (!r) continue;
    row([
      name,
      fmtMs(r.startup),
      rssText(r.rss?.afterDocs),
      String(r.rss?.end?.hwmMiB ?? '-'),
      String(r.issues?.length ?? 0),
    ]);
  }
  const rssRatio = (ours, anchor) => {
    const a = ours?.rss?.afterDocs?.rssMiB;
    const b = anchor?.rss?.afterDocs?.rssMiB;
    return a && b ? (a / b).toFixed(2) : '-';
  };
  lines.push(
    '',
    `Startup ratio ours/yaml-language-server: ${ratio(runs.oursYamlPush?.startup, runs.yaml?.startup)}; ours/vscode-json-language-server: ${ratio(runs.oursJsonPush?.startup, runs.jsonPush?.startup)}.`,
  );
  lines.push(
    '',
    `RSS after docs, ratio ours/anchor: YAML ${rssRatio(runs.oursYamlPush, runs.yaml)}; JSON push ${rssRatio(runs.oursJsonPush, runs.jsonPush)}, pull ${rssRatio(runs.oursJsonPull, runs.jsonPull)}.`,
  );
  // Our runs overlap (push and pull see the same documents): list each finding once; contention is reported above.
  const seen = new Set();
  const ourRuns = [runs.oursJsonPush, runs.oursJsonPull, runs.oursYamlPush, runs.oursYamlPull];
  const ourIssues = ourRuns
    .flatMap((r) => r?.issues ?? [])
    .filter((i) => {
      const key = `${i.kind}|${i.doc}|${i.detail}`;
      if (i.kind === 'cpu-contention' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (ourIssues.length) {
    lines.push('', 'Our issues:');
    for (const i of ourIssues.slice(0, 20)) lines.push(`- [${i.kind}] ${i.doc ?? ''}: ${i.detail}`);
  }
}

const first = runs.oursJsonPush ?? runs.oursYamlPush ?? runs.yaml ?? runs.jsonPush;
lines.push('## Benchmark: ECS request language server vs anchors');
const rounds =
  first?.rounds > 1
    ? `${first.runs} measured runs per figure: ${first.rounds} rounds of ${first.runs / first.rounds} runs after one cold run, each round running our server and the anchor one after the other (the order alternating), timings pooled over the rounds, memory the median of the rounds`
    : `${first?.runs} measured runs per figure after one cold run`;
if (first)
  lines.push(
    '',
    `Node ${first.machine.node}, ${first.machine.cpus} cores (${first.machine.cpuModel}); ${rounds}; lspbench ${first.harness.version}. Anchors are given our schema (schemas/ecs-create-servers.v1.1.schema.json). Push figures include each server's debounce (ours: 0 ms on open, 5 ms on change; yaml-language-server 200 ms; vscode-json-language-server 500 ms).`,
  );
const busy = Object.entries(runs)
  .filter(([, r]) => r?.cpu?.otherCores > 0.2)
  .map(([name, r]) => `${name} ${r.cpu.otherCores}`);
if (busy.length)
  lines.push(
    '',
    `Warning: other processes used CPU during these runs (cores, of ${first.machine.cpus}): ${busy.join(', ')}. The figures are disturbed; rerun on an idle machine for clean numbers.`,
  );
formatSection('YAML', 'yaml', runs.oursYamlPush, runs.oursYamlPull, runs.yaml, undefined, 'yaml-language-server');
formatSection(
  'JSON',
  'json',
  runs.oursJsonPush,
  runs.oursJsonPull,
  runs.jsonPush,
  runs.jsonPull,
  'vscode-json-language-server',
);
serverSection();
const text = lines.join('\n') + '\n';
fs.writeFileSync(path.join(dir, 'summary.md'), text);
process.stdout.write(text);
