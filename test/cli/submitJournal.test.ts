/** The submit journal: private file, no secrets, reuse only for the same file + fingerprint within the token's life. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { journalFile, SubmitJournal, type JournalEntry } from '../../cli/submitJournal';
import { printable } from '../../cli/printable';
import { retryCommand } from '../../cli/commands/submit';

const HOUR = 3_600_000;

function entry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    clientToken: '46436810-d999-454c-bd85-e515fd258600',
    fingerprint: 'f'.repeat(32),
    file: '/r/web.ecs.yaml',
    endpoint: 'https://ecs.cn-north-4.myhuaweicloud.com',
    region: 'cn-north-4',
    projectId: '0'.repeat(32),
    requestedName: 'web',
    count: 1,
    firstSentAt: new Date(0).toISOString(),
    lastSentAt: new Date(0).toISOString(),
    outcome: 'unknown',
    ...overrides,
  };
}

describe('submit journal', () => {
  it('lives under $XDG_STATE_HOME, else ~/.local/state', () => {
    assert.equal(
      journalFile({ XDG_STATE_HOME: '/x/state' }, 'linux', '/home/u'),
      path.join('/x/state', 'ecs-request-tools', 'submit-journal.json'),
    );
    assert.equal(
      journalFile({ XDG_STATE_HOME: 'relative' }, 'linux', '/home/u'),
      path.join('/home/u', '.local', 'state', 'ecs-request-tools', 'submit-journal.json'),
    );
    assert.equal(
      journalFile({}, 'linux', '/home/u'),
      path.join('/home/u', '.local', 'state', 'ecs-request-tools', 'submit-journal.json'),
    );
  });

  it('reuses a token only for the same file and fingerprint, with an open outcome, within 8 hours', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-journal-'));
    let now = 0;
    const journal = new SubmitJournal(path.join(dir, 'sub', 'j.json'), () => now);
    journal.record(entry());
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(journal.file).mode & 0o777, 0o600);
      assert.equal(fs.statSync(path.dirname(journal.file)).mode & 0o777, 0o700);
    }
    now = 2 * HOUR;
    assert.equal(journal.reusable('/r/web.ecs.yaml', 'f'.repeat(32))?.clientToken, entry().clientToken);
    assert.equal(journal.reusable('/r/other.ecs.yaml', 'f'.repeat(32)), undefined);
    assert.equal(journal.reusable('/r/web.ecs.yaml', 'e'.repeat(32)), undefined);
    now = 8 * HOUR - 60_000;
    assert.equal(
      journal.reusable('/r/web.ecs.yaml', 'f'.repeat(32)),
      undefined,
      'too close to the end of the token life',
    );
    now = HOUR;
    journal.update(entry().clientToken, { outcome: 'accepted', jobId: 'j1' });
    assert.equal(journal.reusable('/r/web.ecs.yaml', 'f'.repeat(32)), undefined, 'an accepted submit is not re-sent');
    assert.equal(journal.byToken(entry().clientToken)?.jobId, 'j1');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('drops expired entries, keeps unknown outcomes a week, and survives a corrupt file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-journal-'));
    let now = 0;
    const journal = new SubmitJournal(path.join(dir, 'j.json'), () => now);
    journal.record(entry({ clientToken: 'a', outcome: 'accepted' }));
    journal.record(entry({ clientToken: 'b', outcome: 'unknown' }));
    now = 9 * HOUR;
    journal.record(entry({ clientToken: 'c', firstSentAt: new Date(now).toISOString() }));
    assert.deepEqual(
      journal
        .entries()
        .map((e) => e.clientToken)
        .sort(),
      ['b', 'c'],
    );
    fs.writeFileSync(journal.file, '{not json');
    assert.deepEqual(journal.entries(), []);
    journal.record(entry({ clientToken: 'd', firstSentAt: new Date(now).toISOString() }));
    assert.equal(journal.entries().length, 1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the retry command with the token, replacing an earlier one and quoting for the shell', () => {
    const token = '46436810-d999-454c-bd85-e515fd258600';
    assert.equal(
      retryCommand(['web.ecs.yaml', '--yes'], token),
      `ecs-request submit web.ecs.yaml --yes --client-token ${token}`,
    );
    assert.equal(
      retryCommand(['my file.ecs.yaml', '--client-token', 'old', '--client-token=old2'], token),
      `ecs-request submit 'my file.ecs.yaml' --client-token ${token}`,
    );
    assert.equal(
      retryCommand(["it's.ecs.yaml"], token),
      `ecs-request submit 'it'\\''s.ecs.yaml' --client-token ${token}`,
    );
  });

  it('printable escapes terminal control characters', () => {
    assert.equal(printable('a\u001b[31mb\u0007\r\n\u009b\u202e'), 'a\\x1b[31mb\\x07\\x0d\\x0a\\x9b\\u202e');
    assert.equal(printable('plain name.ecs.yaml'), 'plain name.ecs.yaml');
  });
});
