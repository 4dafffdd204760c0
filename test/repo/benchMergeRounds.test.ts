/**
 * bench/merge-rounds.mjs: the benchmark runs every session in several rounds, our server and its
 * anchor taking turns, and merges each server's rounds into one result. The figures in the README
 * come from this merge, so it must pool exactly what the rounds measured.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importEsm } from '../support/importEsm';

type Merge = (rounds: unknown[]) => any;
const mergeRounds = async (rounds: unknown[]) =>
  (await importEsm<{ mergeRounds: Merge }>('bench/merge-rounds.mjs')).mergeRounds(rounds);

const timing = (samples: number[], extra: object = {}) => ({
  ...extra,
  n: samples.length,
  median: -1,
  p95: -1,
  samples,
});

function round(
  index: number,
  over: { samples?: number[]; rss?: number; useful?: boolean; detected?: string; issues?: unknown[] } = {},
) {
  return {
    label: 'ours-json-push',
    runs: 3,
    startedAt: `start-${index}`,
    finishedAt: `end-${index}`,
    startup: timing([100 + index]),
    rss: {
      afterInit: { rssMiB: 50, hwmMiB: 51, processes: 1 },
      afterDocs: { rssMiB: over.rss ?? 58, hwmMiB: 60 + index, processes: 1 },
    },
    cpu: { otherCores: index / 10 },
    publishes: 10,
    issues: over.issues ?? [],
    documents: [
      {
        file: 'large.json',
        open: { ...timing(over.samples ?? [1, 2, 3], { coldMs: 9 + index }), diagnostics: 1, timeouts: 1 },
        edit: {
          ...timing([4, 5, 6]),
          revert: timing([7, 8, 9]),
          detected: over.detected ?? '4/4',
          useful: over.useful ?? true,
        },
        completion: [
          { name: 'probe', ...timing([0.5, 0.6, 0.7]), useful: over.useful ?? true, sampleLabels: ['a', 'b'] },
        ],
        hover: [],
      },
    ],
  };
}

describe('merging benchmark rounds', () => {
  test('pools the timing samples of all rounds into one median and p95', async () => {
    const merged = await mergeRounds([
      round(1, { samples: [1, 2, 3] }),
      round(2, { samples: [10, 11, 12] }),
      round(3, { samples: [4, 5, 6] }),
    ]);
    const open = merged.documents[0].open;
    assert.equal(open.n, 9);
    assert.equal(open.median, 5);
    assert.equal(open.p95, 12);
    assert.deepEqual(open.samples, [1, 2, 3, 4, 5, 6, 10, 11, 12]);
    assert.equal(open.coldMs, 10, "the cold run is the first round's");
    assert.equal(open.timeouts, 3, 'timeouts add up');
    assert.equal(open.diagnostics, 1);
    assert.equal(merged.documents[0].edit.revert.n, 9, 'nested timings are pooled too');
    assert.equal(merged.documents[0].completion[0].n, 9, 'probes are pooled position by position');
    assert.equal(merged.startup.n, 3);
    assert.equal(merged.runs, 9);
    assert.equal(merged.rounds, 3);
    assert.equal(merged.finishedAt, 'end-3');
  });

  test('takes the median memory reading of the rounds, lists each, and the highest peak', async () => {
    const merged = await mergeRounds([round(1, { rss: 61.2 }), round(2, { rss: 58.1 }), round(3, { rss: 59.0 })]);
    assert.deepEqual(merged.rss.afterDocs, { rssMiB: 59, hwmMiB: 63, processes: 1, rounds: [61.2, 58.1, 59] });
    assert.equal(merged.cpu.otherCores, 0.3, 'the busiest round counts');
  });

  test('adds up found/total counts and keeps usefulness only if every round had it', async () => {
    const merged = await mergeRounds([round(1), round(2, { useful: false, detected: '3/4' })]);
    assert.equal(merged.documents[0].edit.detected, '7/8');
    assert.equal(merged.documents[0].edit.useful, false);
    assert.equal(merged.documents[0].completion[0].useful, false);
    assert.deepEqual(merged.documents[0].completion[0].sampleLabels, ['a', 'b']);
  });

  test("lists each round's issues once", async () => {
    const issue = { kind: 'completion-missing', doc: 'large.json', detail: 'x' };
    const merged = await mergeRounds([
      round(1, { issues: [issue] }),
      round(2, { issues: [issue, { ...issue, detail: 'y' }] }),
    ]);
    assert.deepEqual(
      merged.issues.map((i: { detail: string }) => i.detail),
      ['x', 'y'],
    );
  });

  test('refuses rounds of different servers or documents', async () => {
    await assert.rejects(
      mergeRounds([round(1), { ...round(2), label: 'vscode-json-language-server' }]),
      /different servers/,
    );
    const other = round(2);
    other.documents[0].file = 'small.json';
    await assert.rejects(mergeRounds([round(1), other]), /different documents/);
    await assert.rejects(mergeRounds([]), /no results/);
  });
});
