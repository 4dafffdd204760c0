/**
 * The `ecs` settings section, kept current for the adapter: taken from the
 * `workspace/didChangeConfiguration` payload when it holds the section (VS Code's client sends it),
 * otherwise read through `workspace/configuration` when the client supports it. Every change bumps
 * `generation`, which keys the diagnostics cache so that a rule turned off takes effect at once;
 * settings that did not change leave it as it was, so nothing is validated or refreshed again.
 */
import type { ServiceSettings } from '../service/types';
import { normalizeSettings } from '../service/settings';

export const SETTINGS_SECTION = 'ecs';

export interface ConfigurationReader {
  /** `workspace/configuration` for one section; undefined when the client cannot answer. */
  read(section: string): Promise<unknown>;
}

export class SettingsSource {
  private current: ServiceSettings = normalizeSettings(undefined);
  private pending: Promise<ServiceSettings> | undefined;
  private changeCount = 0;

  /** Settings problems already logged: each is told once, not on every re-read. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly reader: ConfigurationReader | undefined,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** The settings as last read, without waiting for a refresh in flight (for synchronous handlers). */
  get latest(): ServiceSettings {
    return this.current;
  }

  /** Increases on every change, so cached results computed with older settings can be told apart. */
  get generation(): number {
    return this.changeCount;
  }

  /**
   * Takes the section the client sent with `initialize` (docs/lsp-extensions.md), so the first
   * diagnostics need no `workspace/configuration` round trip; false when it sent none.
   */
  seed(initializationOptions: unknown): boolean {
    const sent = initializationOptions && typeof initializationOptions === 'object' ? initializationOptions : {};
    if (!Object.hasOwn(sent, 'settings')) return false;
    this.apply(sectionOf((sent as { settings: unknown }).settings));
    return true;
  }

  /** The settings to validate with; waits for a refresh in flight so results are never a step behind. */
  async get(): Promise<ServiceSettings> {
    return this.pending ?? this.current;
  }

  /**
   * Re-reads the settings. `pushed` is the payload of didChangeConfiguration (the whole settings
   * tree, or null as VS Code sends when it expects the server to pull). A payload that holds the
   * `ecs` section is used as it is: asking the client again would hold the diagnostics until an
   * extension host that is busy starting a window answers, for the same values.
   */
  refresh(pushed?: unknown): Promise<ServiceSettings> {
    const load = async (): Promise<ServiceSettings> => {
      const sent = sectionOf(pushed);
      // A client that fails the configuration request still gets the pushed (or default) settings.
      const read =
        sent === undefined && this.reader ? await this.reader.read(SETTINGS_SECTION).catch(() => undefined) : undefined;
      this.apply(read ?? sent);
      return this.current;
    };
    const next = load().finally(() => {
      if (this.pending === next) this.pending = undefined;
    });
    this.pending = next;
    return next;
  }

  /** Takes `raw` as the settings; the generation moves only if they differ from the current ones. */
  private apply(raw: unknown): void {
    const next = normalizeSettings(raw, (message) => this.report(message));
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.changeCount++;
  }

  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.log(message);
  }
}

function sectionOf(settings: unknown): unknown {
  if (settings && typeof settings === 'object' && Object.hasOwn(settings, SETTINGS_SECTION)) {
    return (settings as Record<string, unknown>)[SETTINGS_SECTION];
  }
  return undefined;
}
