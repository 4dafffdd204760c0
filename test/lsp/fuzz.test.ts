/**
 * The bounded fuzz run of `npm test`: a fixed seed, a fixed number of documents, every request
 * kind against the built server. Any crash, error answer, failed handler, hang or answer over
 * 5 s fails it; the failing cases are written to test-artifacts/fuzz/. The 1 s goal is held by
 * `npm run fuzz` (a measurement, run on a quiet machine); here the cap is a complexity guard with
 * room for a loaded CI machine, where one answer was seen at 1.02 s with nothing wrong. The large mutations run
 * at a fifth of their full size here (up to 40,000 characters or 10,000 items), so the run
 * stays near a minute; `npm run fuzz` runs them at full size.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { it } from 'node:test';
import { runFuzz, SERVER_JS } from '../fuzz/driver';

const SEED = 20_240_612;
const DOCUMENTS = 160;

it(
  `fuzzes ${DOCUMENTS} documents (seed ${SEED}) without a crash, an error, a hang or an answer over 5 s`,
  { timeout: 120_000 },
  async () => {
    assert.ok(existsSync(SERVER_JS), `${SERVER_JS} is missing: run npm run build first`);
    const report = await runFuzz({
      seed: SEED,
      documents: DOCUMENTS,
      sizeScale: 0.2,
      answerLimitMs: 5000,
      deadline: Date.now() + 110_000,
    });
    assert.deepEqual(
      report.failures,
      [],
      `failures (reproducers in test-artifacts/fuzz/): ${JSON.stringify(report.failures, null, 1)}`,
    );
    assert.equal(report.documents, DOCUMENTS, 'the run ended at its deadline before all documents were done');
    assert.ok(report.requests >= DOCUMENTS * 9);
  },
);
