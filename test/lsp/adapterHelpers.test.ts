/** The small pieces of the LSP adapter, tested in-process (the protocol itself: server.test.ts). */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { shouldComplete } from '../../server/lsp/completionTrigger';
import { DiagnosticsCache, resultIdFor } from '../../server/lsp/diagnosticsCache';
import { isRequestDocument } from '../../server/lsp/documentKinds';
import { withFixData } from '../../server/lsp/ecsServer';
import { describeError, guard } from '../../server/lsp/guard';
import { PushScheduler } from '../../server/lsp/pushScheduler';
import { SettingsSource } from '../../server/lsp/settingsSource';

const diagnostic = (code: string, line: number, data?: unknown): Diagnostic => ({
  range: { start: { line, character: 2 }, end: { line, character: 5 } },
  message: `problem ${code}`,
  code,
  severity: 1,
  data,
});

describe('completion trigger', () => {
  it('answers invoked completion and quote/colon triggers', () => {
    assert.equal(shouldComplete('a: b', 2, undefined), true);
    assert.equal(shouldComplete('"', 1, '"'), true);
    assert.equal(shouldComplete('a:', 2, ':'), true);
  });
  it('answers a space only after a colon or a list dash', () => {
    assert.equal(shouldComplete('volumetype: ', 12, ' '), true);
    assert.equal(shouldComplete('  - ', 4, ' '), true);
    assert.equal(shouldComplete('name: web 01', 10, ' '), false);
  });
});

describe('document kinds', () => {
  it('handles our language ids and plain JSON/YAML, nothing else', () => {
    for (const id of ['ecs-json', 'ecs-yaml', 'json', 'yaml']) assert.equal(isRequestDocument(id), true, id);
    for (const id of ['plaintext', 'markdown', 'typescript']) assert.equal(isRequestDocument(id), false, id);
  });
});

describe('error containment', () => {
  it('logs the error class and frames but never the message (it may quote the document)', () => {
    const line = describeError('hover', new TypeError('adminPass "S3cret!" is wrong'));
    assert.match(line, /^hover failed: TypeError/);
    assert.match(line, /at /);
    assert.ok(!line.includes('S3cret'));
  });
  it('returns the fallback and logs when the work throws', () => {
    const logged: string[] = [];
    const result = guard({ error: (m) => logged.push(m) }, 'completion', 'fallback', () => {
      throw new RangeError('boom');
    });
    assert.equal(result, 'fallback');
    assert.equal(logged.length, 1);
    assert.match(logged[0], /completion failed: RangeError/);
  });
});

describe('quick-fix data', () => {
  it('restores Diagnostic.data dropped by the client from our last result', () => {
    const ours = [
      diagnostic('ECS-R03', 4, { fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [500] }] }),
    ];
    const { data: _dropped, ...fromClient } = ours[0];
    const [restored] = withFixData([fromClient], ours);
    assert.deepEqual(restored.data, ours[0].data);
  });
  it('keeps data the client sent and leaves unknown diagnostics alone', () => {
    const ours = [diagnostic('ECS-R03', 4, { fixes: [] })];
    const own = diagnostic('ECS-R03', 4, { fixes: ['client copy'] });
    assert.deepEqual(withFixData([own], ours)[0].data, { fixes: ['client copy'] });
    const other = diagnostic('ECS-R09', 7);
    assert.equal(withFixData([other], ours)[0].data, undefined);
  });
});

describe('diagnostics cache', () => {
  it('answers only for the same version and settings generation', () => {
    const cache = new DiagnosticsCache();
    const items = [diagnostic('schema', 1)];
    cache.set('file:///a', 3, 1, items);
    assert.equal(cache.get('file:///a', 3, 1), items);
    assert.equal(cache.get('file:///a', 4, 1), undefined);
    assert.equal(cache.get('file:///a', 3, 2), undefined);
    assert.equal(cache.latest('file:///a'), items);
    cache.delete('file:///a');
    assert.equal(cache.latest('file:///a'), undefined);
    assert.notEqual(resultIdFor(3, 1), resultIdFor(3, 2));
  });
});

/** A scheduler that records the documents it runs; `firstRun` settles on the first one. */
function recordingScheduler() {
  const runs: string[] = [];
  let done!: () => void;
  const firstRun = new Promise<void>((resolve) => {
    done = resolve;
  });
  const scheduler = new PushScheduler((uri) => {
    runs.push(uri);
    done();
  });
  return { runs, firstRun, scheduler };
}

describe('push scheduler', () => {
  it('runs a document once for a burst of changes (the newest schedule wins)', async () => {
    const { runs, firstRun, scheduler } = recordingScheduler();
    scheduler.schedule('file:///a', 5);
    scheduler.schedule('file:///a', 5);
    scheduler.schedule('file:///a', 0);
    await firstRun;
    scheduler.cancelAll();
    assert.deepEqual(runs, ['file:///a']);
  });
  it('runs a zero delay on the next event-loop turn, before work queued after it', async () => {
    const { runs, firstRun, scheduler } = recordingScheduler();
    scheduler.schedule('file:///now', 0);
    const queuedAfter = new Promise<string[]>((resolve) => setImmediate(() => resolve([...runs])));
    assert.deepEqual(runs, [], 'not run synchronously');
    await firstRun;
    assert.deepEqual(await queuedAfter, ['file:///now']);
  });
  it('cancels a pending zero-delay run as well as a timed one', async () => {
    const { runs, firstRun, scheduler } = recordingScheduler();
    scheduler.schedule('file:///immediate', 0);
    scheduler.schedule('file:///timed', 5);
    scheduler.cancel('file:///immediate');
    scheduler.cancel('file:///timed');
    scheduler.schedule('file:///kept', 2);
    await firstRun;
    assert.deepEqual(runs, ['file:///kept']);
  });
  it('does not run a cancelled document', async () => {
    const { runs, firstRun, scheduler } = recordingScheduler();
    scheduler.schedule('file:///gone', 0);
    scheduler.cancel('file:///gone');
    scheduler.schedule('file:///kept', 1);
    await firstRun;
    assert.deepEqual(runs, ['file:///kept']);
  });
});

describe('settings source', () => {
  it('reads the ecs section through the reader and counts changes', async () => {
    const sections: string[] = [];
    const source = new SettingsSource({
      read: async (section) => {
        sections.push(section);
        return { rules: { R02: 'off' } };
      },
    });
    const before = source.generation;
    const settings = await source.refresh();
    assert.equal(settings.rules.R02, 'off');
    assert.deepEqual(sections, ['ecs']);
    assert.equal(source.generation, before + 1);
    assert.equal((await source.get()).rules.R02, 'off');
  });
  it('takes a pushed ecs section without reading, and only a change moves the generation', async () => {
    const sections: string[] = [];
    const source = new SettingsSource({
      read: async (section) => {
        sections.push(section);
        return { rules: { R02: 'off' } };
      },
    });
    assert.equal(source.seed({ settings: { ecs: { rules: { R14: 'warning' } } } }), true);
    const seeded = source.generation;
    await source.refresh({ ecs: { rules: { R14: 'warning' } } });
    assert.equal(source.generation, seeded, 'the same settings are no change');
    assert.deepEqual(sections, [], 'the section sent was used as it is');
    assert.equal((await source.refresh({ ecs: { rules: { R14: 'off' } } })).rules.R14, 'off');
    assert.equal(source.generation, seeded + 1);
    // A payload without the section (VS Code sends null to mean "pull") is read from the client.
    assert.equal((await source.refresh(null)).rules.R02, 'off');
    assert.deepEqual(sections, ['ecs']);
  });
  it('falls back to the pushed settings when there is no reader or it fails', async () => {
    const pushed = { ecs: { rules: { R14: 'warning' } } };
    assert.equal((await new SettingsSource(undefined).refresh(pushed)).rules.R14, 'warning');
    const failing = new SettingsSource({ read: () => Promise.reject(new Error('no configuration support')) });
    assert.equal((await failing.refresh(pushed)).rules.R14, 'warning');
  });
});
