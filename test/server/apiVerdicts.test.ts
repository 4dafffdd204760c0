/**
 * Issue 11, items 1–9: verdicts of the whole pipeline (schema, rules, fixes) that must match the
 * API page and the curated facts. Each case is a body the service accepts (no error) or refuses
 * (an error on the right node), run through the language service exactly as the CLI's lint does.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { stringify } from 'yaml';
import { createLanguageService } from '../../server/service/languageService';
import type { DocumentFormat, ParsedDocument } from '../../request/parser/ast';
import { applyTextEdits } from '../../server/service/fixes/textEdits';
import { ruleById } from '../../server/service/rules';
import { validateAgainstSchema } from '../../server/service/validation/schemaValidator';
import { BASE_SERVER, FIXED_NOW, FORMATS } from './rules/ruleHarness';

const SUBNET = '3c4d5e6f-0000-4000-8000-000000000001';

interface Run {
  readonly parsed: ParsedDocument;
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

function lint(server: Record<string, unknown>, format: DocumentFormat = 'json', text?: string): Run {
  const service = createLanguageService({ validation: { now: FIXED_NOW } });
  const written = text ?? (format === 'json' ? JSON.stringify({ server }, null, 2) : stringify({ server }));
  const parsed = service.parse(TextDocument.create(`file:///t/request.ecs.${format}`, `ecs-${format}`, 1, written));
  return { parsed, text: written, diagnostics: service.validate(parsed) };
}

const server = (fields: Record<string, unknown>) => ({ ...BASE_SERVER, ...fields });
const errors = (run: Run) => run.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
const problems = (run: Run) =>
  run.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
const describeAll = (list: Diagnostic[]) => list.map((d) => `${d.code}: ${d.message}`);
const textOf = (run: Run, d: Diagnostic) => {
  const start = run.parsed.lineStarts[d.range.start.line] + d.range.start.character;
  const end = run.parsed.lineStarts[d.range.end.line] + d.range.end.character;
  return run.text.slice(start, end);
};

function assertClean(run: Run): void {
  assert.deepEqual(describeAll(problems(run)), []);
}

describe('item 1: an empty string means "automatic"', () => {
  for (const format of FORMATS) {
    test(`nics[].ip_address "" is valid (${format})`, () => {
      assertClean(lint(server({ nics: [{ subnet_id: SUBNET, ip_address: '' }] }), format));
    });
    test(`availability_zone "" is valid, also next to batch_create_in_multi_az (${format})`, () => {
      assertClean(lint(server({ availability_zone: '' }), format));
      assertClean(lint(server({ availability_zone: '', batch_create_in_multi_az: true, count: 2 }), format));
    });
    test(`allowed_address_pairs[].ip_address "" is valid (${format})`, () => {
      assertClean(lint(server({ nics: [{ subnet_id: SUBNET, allowed_address_pairs: [{ ip_address: '' }] }] }), format));
    });
  }
  test('an empty ip_address next to a port is not reported as ignored', () => {
    assertClean(lint(server({ nics: [{ port_id: SUBNET, ip_address: '' }] })));
  });
  test('a malformed ip_address is still an error', () => {
    const run = lint(server({ nics: [{ subnet_id: SUBNET, ip_address: '10.0.1' }] }));
    assert.deepEqual(
      errors(run).map((d) => textOf(run, d)),
      ['"10.0.1"'],
    );
    assert.match(errors(run)[0].message, /IPv4/);
  });
});

describe('item 2: bandwidth.chargemode "bandwidth"', () => {
  const eip = (chargemode: string) => ({
    eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5, chargemode } },
  });
  const prePaid = { chargingMode: 'prePaid', periodType: 'month', periodNum: 1 };
  for (const format of FORMATS) {
    test(`is accepted for pay-per-use and yearly/monthly servers (${format})`, () => {
      assertClean(lint(server({ publicip: eip('bandwidth') }), format));
      assertClean(lint(server({ publicip: eip('bandwidth'), extendparam: prePaid }), format));
    });
  }
  test('"", traffic and absent stay valid', () => {
    assertClean(lint(server({ publicip: eip('') })));
    assertClean(lint(server({ publicip: eip('traffic') })));
  });
  test('any other value gets one R27 error that explains the allowed values', () => {
    const run = lint(server({ publicip: eip('bandwith') }));
    assert.deepEqual(
      errors(run).map((d) => d.code),
      ['ECS-R27'],
    );
    assert.match(errors(run)[0].message, /"traffic"/);
    assert.match(errors(run)[0].message, /"bandwidth"/);
  });
});

describe('item 3: a NIC needs subnet_id or port_id', () => {
  for (const format of FORMATS) {
    test(`nics: [{}] is an error on the NIC (${format})`, () => {
      const run = lint(server({ nics: [{}] }), format);
      const found = errors(run);
      assert.deepEqual(
        found.map((d) => d.code),
        ['ECS-R43'],
      );
      assert.match(found[0].message, /subnet_id/);
      assert.match(found[0].message, /port_id/);
      assert.match(found[0].message, /nics\[0\]/);
    });
    test(`a second NIC with only ip_address is an error on that NIC (${format})`, () => {
      const run = lint(server({ nics: [{ subnet_id: SUBNET }, { ip_address: '10.0.1.10' }] }), format);
      const found = errors(run);
      assert.deepEqual(
        found.map((d) => d.code),
        ['ECS-R43'],
      );
      assert.match(found[0].message, /nics\[1\]/);
      assert.match(textOf(run, found[0]), /ip_address/);
    });
  }
  test('a NIC with only port_id, or only subnet_id, is fine', () => {
    assertClean(lint(server({ nics: [{ port_id: SUBNET }] })));
    assertClean(lint(server({ nics: [{ subnet_id: SUBNET }] })));
  });
});

describe('item 4: user_data wrapped over several lines', () => {
  const payload = '#!/bin/bash\n' + 'echo "a line of the start-up script that makes the base64 text long"\n'.repeat(4);
  const encoded = Buffer.from(payload).toString('base64');
  const wrap = (text: string, width: number, lineBreak = '\n') =>
    text.match(new RegExp(`.{1,${width}}`, 'g'))!.join(lineBreak);

  for (const [label, wrapped] of [
    ['LF at 76', wrap(encoded, 76)],
    ['CRLF at 64', wrap(encoded, 64, '\r\n')],
  ] as const) {
    for (const format of FORMATS) {
      test(`${label} is not an error; R09 warns and its fix removes the line breaks (${format})`, () => {
        const run = lint(server({ user_data: wrapped }), format);
        assert.deepEqual(describeAll(errors(run)), []);
        const warnings = run.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning);
        assert.deepEqual(
          warnings.map((d) => d.code),
          ['ECS-R09'],
        );
        assert.match(warnings[0].message, /line break/);
        const service = createLanguageService();
        const [action] = service.codeActions(run.parsed, warnings[0].range, [warnings[0]]);
        assert.ok(action, 'a quick fix');
        const fixed = applyTextEdits(run.text, action.edit?.changes?.[run.parsed.uri] ?? []);
        assertClean(lint({}, format, fixed));
        assert.ok(fixed.includes(encoded), 'the unwrapped base64 text');
      });
    }
  }
  test('a YAML literal block (one trailing line break) gets the warning, not an error', () => {
    const text =
      `server:\n${Object.entries(BASE_SERVER)
        .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n` +
      `  user_data: |\n${wrap(encoded, 60)
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n')}\n`;
    const run = lint({}, 'yaml', text);
    assert.deepEqual(describeAll(errors(run)), []);
    assert.deepEqual(
      run.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).map((d) => d.code),
      ['ECS-R09'],
    );
  });
  test('the 32 KB limit still applies to wrapped text', () => {
    const big = Buffer.alloc(33 * 1024, 'a').toString('base64');
    const run = lint(server({ user_data: wrap(big, 76) }));
    assert.deepEqual(
      errors(run).map((d) => d.code),
      ['ECS-R09'],
    );
    assert.match(errors(run)[0].message, /32 KB/);
  });
  test('exactly 32 KB wrapped is within the limit', () => {
    const run = lint(server({ user_data: wrap(Buffer.alloc(32 * 1024, 'a').toString('base64'), 76) }));
    assert.deepEqual(describeAll(errors(run)), []);
  });
  test('other characters are still not base64', () => {
    const run = lint(server({ user_data: wrap(encoded, 76).replace('\n', '\n  ') }));
    assert.deepEqual(
      errors(run).map((d) => d.code),
      ['ECS-R09'],
    );
  });
});

describe('item 5: a non-boolean hw:passthrough', () => {
  for (const format of FORMATS) {
    for (const value of ['true', 'yes', 1]) {
      test(`${JSON.stringify(value)} is a warning about the VBD fallback, not an error (${format})`, () => {
        const run = lint(
          server({
            root_volume: { volumetype: 'SSD', size: 40, 'hw:passthrough': value },
            data_volumes: [{ volumetype: 'SSD', size: 10, 'hw:passthrough': value }],
          }),
          format,
        );
        assert.deepEqual(describeAll(errors(run)), []);
        const warnings = run.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning);
        assert.equal(warnings.length, 2, describeAll(warnings).join('\n'));
        for (const warning of warnings) assert.match(warning.message, /VBD/);
        assert.match(warnings[0].message, /root_volume/);
        assert.match(warnings[1].message, /data_volumes\[0\]/);
      });
    }
  }
  test('true and false pass', () => {
    assertClean(lint(server({ root_volume: { volumetype: 'SSD', size: 40, 'hw:passthrough': true } })));
    assertClean(lint(server({ root_volume: { volumetype: 'SSD', size: 40, 'hw:passthrough': false } })));
  });
});

describe('also found: a non-boolean support_auto_recovery is read as false, not refused', () => {
  for (const format of FORMATS) {
    test(`the string "true" is a warning, not an error (${format})`, () => {
      const run = lint(server({ extendparam: { support_auto_recovery: 'true' } }), format);
      assert.deepEqual(describeAll(errors(run)), []);
      assert.deepEqual(
        run.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).map((d) => d.code),
        ['ECS-R34'],
      );
    });
  }
});

describe('item 6: tags is a recommendation, not a deprecation', () => {
  for (const format of FORMATS) {
    test(`tags gets a hint recommending server_tags, with the conversion fix (${format})`, () => {
      const run = lint(server({ tags: ['env.test'] }), format);
      assertClean(run);
      const onTags = run.diagnostics.filter((d) => textOf(run, d).replace(/"/g, '') === 'tags');
      assert.equal(onTags.length, 1, describeAll(run.diagnostics).join('\n'));
      const [hint] = onTags;
      assert.equal(hint.severity, DiagnosticSeverity.Hint);
      assert.notEqual(hint.code, 'deprecated');
      assert.ok(!(hint.tags ?? []).includes(DiagnosticTag.Deprecated));
      assert.match(hint.message, /server_tags/);
      assert.deepEqual((hint.data as { fixes: unknown[] }).fixes, [
        { kind: 'renameProperty', path: ['server', 'tags'], newName: 'server_tags' },
      ]);
    });
  }
  test('shareable stays deprecated (the API page says it is no longer used)', () => {
    const run = lint(server({ data_volumes: [{ volumetype: 'SSD', size: 10, shareable: true }] }));
    assert.deepEqual(
      run.diagnostics.filter((d) => d.code === 'deprecated').map((d) => textOf(run, d)),
      ['"shareable"'],
    );
  });
});

describe('item 8: server name characters and length', () => {
  const nameErrors = (name: string) => errors(lint(server({ name })));
  test('the schema pattern and R01 read "Chinese character" as the whole Han script, at its boundaries', () => {
    // Han: the common block and beyond U+9FA5, extension A (U+3400) and B (U+20000, U+2A6DF),
    // the ideographic zero (U+3007), a compatibility ideograph (U+F900).
    const han = ['\u4e00', '\u9fa5', '\u9fa6', '\u9fff', '\u3400', '\u{20000}', '\u{2a6df}', '\u3007', '\uf900'];
    // Not Han: a hexagram symbol just below U+4E00, kana, an ideographic comma, an emoji, Latin.
    const notHan = ['\u4dff', '\u3042', '\u30a2', '\u3001', '\u{1f600}', 'é', ' '];
    assert.ok(ruleById('R01'));
    for (const [characters, refused] of [
      [han, false],
      [notHan, true],
    ] as const) {
      for (const character of characters) {
        const name = `web${character}01`;
        const bySchema = validateAgainstSchema({ server: server({ name }) }).some(
          (e) => e.instancePath === '/server/name',
        );
        const byRule = nameErrors(name).some((d) => d.code === 'ECS-R01');
        const at = `U+${character.codePointAt(0)!.toString(16)}`;
        assert.equal(bySchema, refused, `${at}: the schema ${bySchema ? 'refuses' : 'accepts'} it`);
        assert.equal(byRule, refused, `${at}: R01 ${byRule ? 'refuses' : 'accepts'} it`);
      }
    }
    assert.deepEqual(describeAll(nameErrors('web\u4e00\u9fa5\u3400\u{20000}')), []);
    assert.equal(nameErrors('web\u3042').length, 1);
  });
  test('128 plain characters pass, 129 are an error', () => {
    assert.deepEqual(describeAll(nameErrors('a'.repeat(128))), []);
    assert.deepEqual(
      nameErrors('a'.repeat(129)).map((d) => d.code),
      ['ECS-R01'],
    );
  });
  test('Chinese characters counted twice beyond 128: a warning naming the Chinese API page, not an error', () => {
    const run = lint(server({ name: '\u4e2d'.repeat(70) }));
    assert.deepEqual(describeAll(errors(run)), []);
    const warnings = run.diagnostics.filter((d) => d.code === 'ECS-R01');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].severity, DiagnosticSeverity.Warning);
    assert.match(warnings[0].message, /Chinese/);
    assertClean(lint(server({ name: '\u4e2d'.repeat(64) })));
  });
  test('with count > 1 the 59-character limit stays an error', () => {
    const run = lint(server({ name: 'a'.repeat(60), count: 2 }));
    assert.deepEqual(
      errors(run).map((d) => d.code),
      ['ECS-R01'],
    );
  });
});

describe('item 9: the README says what the code does', () => {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  test('R06 reports a warning by default', () => {
    assert.equal(ruleById('R06')?.defaultSeverity, 'warning');
    const run = lint(server({ nics: Array.from({ length: 13 }, () => ({ subnet_id: SUBNET })) }));
    assert.deepEqual(
      run.diagnostics.filter((d) => d.code === 'ECS-R06').map((d) => d.severity),
      [DiagnosticSeverity.Warning],
    );
  });
  test("does not claim that the cloud's dry-run checks the account-dependent rules", () => {
    assert.doesNotMatch(readme, /checked by the cloud's dry-run/);
    assert.match(readme, /dry-run checks only mandatory parameters and the request format/);
  });
});
