/**
 * The `ecs` settings section → ServiceSettings. Tolerant: anything missing, misspelt or of the
 * wrong type falls back to the default, so a broken settings.json never breaks validation.
 */
import { defaultSettings, type RuleSetting, type ServiceSettings } from './types';

const RULE_SETTINGS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'information', 'hint']);
/** Common spellings people use in settings files. */
const RULE_SETTING_ALIASES: Readonly<Record<string, RuleSetting>> = {
  info: 'information',
  warn: 'warning',
  none: 'off',
  ignore: 'off',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `a.b` both as nested objects and as a flat dotted key (VS Code accepts both in JSON). */
function read(section: Record<string, unknown>, dottedPath: string): unknown {
  if (Object.hasOwn(section, dottedPath)) return section[dottedPath];
  let current: unknown = section;
  for (const part of dottedPath.split('.')) {
    if (!isRecord(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

function readBoolean(section: Record<string, unknown>, path: string, fallback: boolean): boolean {
  const value = read(section, path);
  return typeof value === 'boolean' ? value : fallback;
}

/** 'r14' → 'R14', 'ecs-r14' → 'ECS-R14'; other codes (e.g. 'ECS-SECRET-LITERAL', 'deprecated') kept. */
function normalizeRuleKey(key: string): string {
  const trimmed = key.trim();
  if (/^(ecs-)?r\d+$/i.test(trimmed)) return trimmed.toUpperCase();
  if (/^ecs-/i.test(trimmed)) return trimmed.toUpperCase();
  return trimmed;
}

/** The setting a value names ('warn' → 'warning'), or undefined; never a property of Object.prototype. */
function ruleSettingOf(raw: unknown): RuleSetting | undefined {
  if (typeof raw !== 'string') return undefined;
  const lowered = raw.trim().toLowerCase();
  if (RULE_SETTINGS.has(lowered)) return lowered as RuleSetting;
  return Object.hasOwn(RULE_SETTING_ALIASES, lowered) ? RULE_SETTING_ALIASES[lowered] : undefined;
}

/** Reports a settings value that was ignored; the caller logs each message once. */
export type SettingsProblemReport = (message: string) => void;

function readRules(value: unknown, report: SettingsProblemReport): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (!isRecord(value)) return rules;
  for (const [key, raw] of Object.entries(value)) {
    if (key.trim() === '') continue;
    const setting = ruleSettingOf(raw);
    if (setting) {
      // Readers look up own keys only (validate.ts); "__proto__" must stay a key, not set the prototype.
      Object.defineProperty(rules, normalizeRuleKey(key), {
        value: setting,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const shown = typeof raw === 'string' ? JSON.stringify(raw.slice(0, 40)) : typeof raw;
    report(
      `The setting ecs.rules for ${JSON.stringify(key.slice(0, 40))} has the value ${shown}, ` +
        'which is not a severity, so the rule keeps its default. Use off, error, warning, information or hint.',
    );
  }
  return rules;
}

/**
 * `raw` is the `ecs` section ({ rules, validation: { warnOnLiteralPassword }, json: { allowComments },
 * maxDocumentSize, inlayHints: { resourceNames } }), or the whole settings tree with an `ecs` key.
 */
export function normalizeSettings(raw: unknown, report: SettingsProblemReport = () => undefined): ServiceSettings {
  if (!isRecord(raw)) return defaultSettings;
  const section = Object.hasOwn(raw, 'ecs') && isRecord(raw.ecs) ? raw.ecs : raw;
  const size = read(section, 'maxDocumentSize');
  return {
    rules: readRules(read(section, 'rules'), report),
    warnOnLiteralPassword: readBoolean(
      section,
      'validation.warnOnLiteralPassword',
      defaultSettings.warnOnLiteralPassword,
    ),
    allowJsonComments: readBoolean(section, 'json.allowComments', defaultSettings.allowJsonComments),
    maxDocumentSize:
      typeof size === 'number' && Number.isFinite(size) && size > 0
        ? Math.floor(size)
        : defaultSettings.maxDocumentSize,
    inlayHintResourceNames: readBoolean(section, 'inlayHints.resourceNames', defaultSettings.inlayHintResourceNames),
  };
}
