/**
 * The README's generated tables, built from their single sources (the rule registry and the
 * settings contributed in package.json). scripts/readme-tables.mjs prints them for pasting;
 * test/repo/readme.test.ts fails when the README drifts from them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/service/rules';
import { EMULATOR_ENFORCES } from '../consistency/emulatorEnforcement';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function ruleTable(): string {
  const lines = [
    '| Code | Default severity | What it checks | Cloud errors it anticipates | Emulator refuses it |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const rule of allRules) {
    const errors = (rule.apiErrors ?? []).map((code) => `\`${code}\``).join(', ') || '–';
    const emulator = EMULATOR_ENFORCES[rule.id] ?? '?';
    lines.push(`| \`ECS-${rule.id}\` | ${rule.defaultSeverity} | ${cell(rule.title)} | ${errors} | ${emulator} |`);
  }
  return lines.join('\n') + '\n';
}

interface SettingContribution {
  readonly type?: string | string[];
  readonly default?: unknown;
  readonly scope?: string;
  readonly description?: string;
  readonly markdownDescription?: string;
}

export function settingsTable(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const configuration = manifest.contributes?.configuration;
  const sections = Array.isArray(configuration) ? configuration : [configuration];
  const lines = ['| Setting | Default | Scope | Meaning |', '| --- | --- | --- | --- |'];
  for (const section of sections) {
    for (const [name, setting] of Object.entries<SettingContribution>(section?.properties ?? {})) {
      const description = setting.markdownDescription ?? setting.description ?? '';
      lines.push(
        `| \`${name}\` | \`${JSON.stringify(setting.default)}\` | ${setting.scope ?? 'window'} ` +
          `| ${cell(description)} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** The text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in the README. */
export function readmeSection(name: string): string | undefined {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme);
  return match?.[1];
}
