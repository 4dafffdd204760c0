/**
 * The submit journal: a small per-user file that records each create request's X-Client-Token and
 * fingerprint before it is sent, so that "try again" after a lost answer re-sends the same token
 * (and ECS creates nothing twice). It holds no secrets: tokens, fingerprints (slow hashes),
 * file paths, target names, requested server names, times and job IDs. Mode 0600 in a 0700 folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLIENT_TOKEN_LIFETIME_MS } from '../cloud/fingerprint';

export type SubmitOutcome = 'sending' | 'unknown' | 'accepted' | 'rejected';

export interface JournalEntry {
  readonly clientToken: string;
  readonly fingerprint: string;
  /** Absolute path of the request file. */
  readonly file: string;
  readonly endpoint: string;
  readonly region: string;
  readonly projectId: string;
  readonly requestedName?: string;
  readonly count: number;
  /** When this token was first sent: it is honoured for 8 hours from then. */
  readonly firstSentAt: string;
  readonly lastSentAt: string;
  readonly outcome: SubmitOutcome;
  readonly jobId?: string;
}

/** Tokens this close to the end of their life are not reused: the request may arrive too late. */
const REUSE_MARGIN_MS = 10 * 60 * 1000;
/** Entries with an unknown outcome are kept a week (a record of what may exist); others for a token's life. */
const KEEP_UNKNOWN_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_ENTRIES = 200;

/** $XDG_STATE_HOME/ecs-request-tools, else ~/.local/state/ecs-request-tools (%LOCALAPPDATA% on Windows). */
export function journalFile(
  env: Record<string, string | undefined>,
  platform = process.platform,
  home = os.homedir(),
): string {
  const xdg = env.XDG_STATE_HOME;
  let base: string;
  if (xdg && path.isAbsolute(xdg)) base = xdg;
  else if (platform === 'win32' && env.LOCALAPPDATA) base = env.LOCALAPPDATA;
  else base = path.join(home, '.local', 'state');
  return path.join(base, 'ecs-request-tools', 'submit-journal.json');
}

export function tokenExpiresAt(entry: Pick<JournalEntry, 'firstSentAt'>): number {
  return Date.parse(entry.firstSentAt) + CLIENT_TOKEN_LIFETIME_MS;
}

function isEntry(value: unknown): value is JournalEntry {
  const e = value as Record<string, unknown>;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.clientToken === 'string' &&
    typeof e.fingerprint === 'string' &&
    typeof e.file === 'string' &&
    typeof e.firstSentAt === 'string' &&
    typeof e.outcome === 'string'
  );
}

export class SubmitJournal {
  constructor(
    readonly file: string,
    private readonly now: () => number = Date.now,
  ) {}

  entries(): JournalEntry[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  /** The entry whose token may be sent again for this file and fingerprint: outcome not known, token still alive. */
  reusable(file: string, fingerprint: string): JournalEntry | undefined {
    const now = this.now();
    return this.entries()
      .filter(
        (e) => e.file === file && e.fingerprint === fingerprint && (e.outcome === 'sending' || e.outcome === 'unknown'),
      )
      .filter((e) => tokenExpiresAt(e) - REUSE_MARGIN_MS > now)
      .sort((a, b) => b.firstSentAt.localeCompare(a.firstSentAt))[0];
  }

  byToken(clientToken: string): JournalEntry | undefined {
    return this.entries().find((e) => e.clientToken === clientToken);
  }

  /** Adds or replaces the entry of a token. */
  record(entry: JournalEntry): void {
    this.write([...this.entries().filter((e) => e.clientToken !== entry.clientToken), entry]);
  }

  update(clientToken: string, change: Partial<Pick<JournalEntry, 'outcome' | 'jobId' | 'lastSentAt'>>): void {
    const entries = this.entries();
    const index = entries.findIndex((e) => e.clientToken === clientToken);
    if (index < 0) return;
    entries[index] = { ...entries[index], ...change };
    this.write(entries);
  }

  private write(entries: JournalEntry[]): void {
    const now = this.now();
    const kept = entries
      .filter(
        (e) => now - Date.parse(e.firstSentAt) < (e.outcome === 'unknown' ? KEEP_UNKNOWN_MS : CLIENT_TOKEN_LIFETIME_MS),
      )
      .sort((a, b) => a.firstSentAt.localeCompare(b.firstSentAt))
      .slice(-MAX_ENTRIES);
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    // Write a private temporary file and rename it over the journal: readers never see half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(kept, null, 1)}\n`, { mode: 0o600 });
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, this.file);
  }
}
