/**
 * The warm-up's pieces: a realistic request, slices that use only throw-away documents, and a
 * runner that yields to real work (one slice per event-loop turn, paused after activity).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { EcsLanguageService } from '../../server/service/api';
import { createLanguageService } from '../../server/service/languageService';
import { isWarmUpUri, WarmUpRunner, warmUpSlices } from '../../server/lsp/warmUp';
import { buildWarmUpRequest, warmUpJson, warmUpYaml } from '../../server/lsp/warmUpDocument';

/** A real service that records which documents it was asked about. */
function recordingService(): { service: EcsLanguageService; uris: string[]; forgotten: string[] } {
  const real = createLanguageService();
  const uris: string[] = [];
  const forgotten: string[] = [];
  const service: EcsLanguageService = {
    ...real,
    parse: (document) => {
      uris.push(document.uri);
      return real.parse(document);
    },
    forget: (uri) => {
      forgotten.push(uri);
      real.forget(uri);
    },
  };
  return { service, uris, forgotten };
}

describe('warm-up request', () => {
  it('is large at full scale: many disks, NICs, tags and a big user_data', () => {
    const server = (buildWarmUpRequest(1) as { server: Record<string, unknown[] | string> }).server;
    assert.ok(server.data_volumes.length >= 50);
    assert.ok(server.nics.length >= 10);
    assert.ok(server.server_tags.length >= 10);
    assert.ok((server.user_data as string).length > 40_000);
  });

  it('reads the same in JSON and YAML, without syntax problems', () => {
    const service = createLanguageService();
    for (const [uri, languageId, text] of [
      ['untitled:a.json', 'ecs-json', warmUpJson(0.3)],
      ['untitled:a.yaml', 'ecs-yaml', warmUpYaml(0.3)],
    ]) {
      const parsed = service.parse({ uri, languageId, version: 1, getText: () => text } as never);
      assert.deepEqual(parsed.syntaxProblems, [], `${languageId} parses cleanly`);
      assert.ok(parsed.root, `${languageId} has a root`);
    }
  });
});

describe('warmUpSlices', () => {
  it('parses only throw-away documents and forgets them at the end', () => {
    for (const format of ['json', 'yaml'] as const) {
      const { service, uris, forgotten } = recordingService();
      for (const slice of warmUpSlices(() => service, format, 4)) slice();
      assert.ok(uris.length >= 4, 'documents were parsed');
      assert.ok(uris.every(isWarmUpUri), `only warm-up URIs: ${[...new Set(uris)].join(', ')}`);
      assert.equal(forgotten.length, 1);
      assert.ok(isWarmUpUri(forgotten[0]!));
    }
  });
});

describe('WarmUpRunner', () => {
  const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it('runs at most one slice per event-loop turn, then reports completion', async () => {
    const { service, uris } = recordingService();
    let finished: string | undefined;
    const runner = new WarmUpRunner(
      () => service,
      (error) => assert.fail(String(error)),
      (format) => (finished = format),
      3,
    );
    runner.warm('json');
    let turns = 0;
    let parsedBefore = uris.length;
    while (!runner.idle) {
      await nextTurn();
      turns++;
      assert.ok(uris.length - parsedBefore <= 2, 'a slice parses one version (plus a cache hit)');
      parsedBefore = uris.length;
    }
    await nextTurn();
    assert.ok(turns >= 3 * 3, `each slice had its own turn (${turns})`);
    assert.equal(finished, 'json');
  });

  it('pauses while real work arrives, and warms each format once', async () => {
    const { service, uris } = recordingService();
    const runner = new WarmUpRunner(
      () => service,
      (error) => assert.fail(String(error)),
      () => undefined,
      2,
    );
    runner.noteActivity();
    runner.warm('yaml');
    runner.warm('yaml');
    for (let turn = 0; turn < 5; turn++) await nextTurn();
    assert.equal(uris.length, 0, 'nothing ran right after activity');
    runner.stop();
    assert.ok(runner.idle);
  });
});
