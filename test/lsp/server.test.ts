/**
 * Protocol tests of the language server as editors run it: `node dist/server.js --stdio`
 * (build first: npm run build). Each step waits for the server's notifications or responses.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { applyEdits, format } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeResult,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { BROKEN_JSON, BROKEN_YAML, CLEAN_JSON, CLEAN_YAML, positionOf, WARNING_YAML } from './fixtures';
import { SERVER_JS, TestClient } from './lspClient';

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const find = (diagnostics: Diagnostic[], code: string): Diagnostic => {
  const found = diagnostics.find((d) => d.code === code);
  assert.ok(found, `expected ${code} among ${codes(diagnostics).join(', ') || 'no diagnostics'}`);
  return found;
};
const hoverText = (hover: Hover | null): string => {
  if (!hover) return '';
  const contents = hover.contents as MarkupContent | string;
  return typeof contents === 'string' ? contents : contents.value;
};

before(() => {
  assert.ok(fs.existsSync(SERVER_JS), `${SERVER_JS} is missing: run npm run build first`);
});

describe('language server over stdio (push diagnostics)', () => {
  const client = new TestClient({ settings: {} });
  let init: InitializeResult;
  before(async () => {
    init = await client.initialize();
  });
  after(async () => {
    client.kill();
  });

  it('announces its features', () => {
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['"', ':', ' ']);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.documentFormattingProvider, true);
    assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics for a client that does not ask for them');
    assert.equal(init.serverInfo?.name, 'ecs-request-language-server');
  });

  it('publishes an empty list for a clean YAML request, and clears on close', async () => {
    const uri = 'file:///work/clean.ecs.yaml';
    assert.deepEqual(await client.open(uri, 'ecs-yaml', CLEAN_YAML), []);
    assert.deepEqual(await client.close(uri), []);
  });

  it('reports rule findings in a broken YAML request on their nodes', async () => {
    const uri = 'file:///work/broken.ecs.yaml';
    const diagnostics = await client.open(uri, 'ecs-yaml', BROKEN_YAML);
    const count = find(diagnostics, 'ECS-R03');
    assert.equal(count.severity, 1);
    assert.deepEqual(count.range.start, positionOf(BROKEN_YAML, '600'));
    assert.deepEqual(count.range.end, positionOf(BROKEN_YAML, '600', 3));
    await client.close(uri);
    const warned = await client.open(uri, 'ecs-yaml', WARNING_YAML);
    const rename = find(warned, 'ECS-R02');
    assert.equal(rename.severity, 2);
    assert.equal(rename.range.start.line, positionOf(WARNING_YAML, 'isAutoRename').line);
    await client.close(uri);
  });

  it('reports a bad enum value in a broken JSON request on the value', async () => {
    const uri = 'file:///work/broken.ecs.json';
    const diagnostics = await client.open(uri, 'ecs-json', BROKEN_JSON);
    const onValue = diagnostics.filter((d) => d.range.start.line === positionOf(BROKEN_JSON, '"SDD"').line);
    assert.equal(onValue.length, 1, `one diagnostic on the volumetype line, got ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(onValue[0].range.start, positionOf(BROKEN_JSON, '"SDD"'));
    assert.equal(onValue[0].severity, 1);
    assert.match(onValue[0].message, /volumetype|SATA|SSD/);
    await client.close(uri);
  });

  it('updates diagnostics after an edit, then clears them when the edit is undone', async () => {
    const uri = 'file:///work/edit.ecs.json';
    assert.deepEqual(await client.open(uri, 'ecs-json', CLEAN_JSON), []);
    const broken = await client.replace(uri, CLEAN_JSON, BROKEN_JSON);
    assert.ok(broken.length >= 1, 'the misspelt volumetype is reported');
    assert.deepEqual(await client.replace(uri, BROKEN_JSON, CLEAN_JSON), []);
    await client.close(uri);
  });

  it('completes volume types at a YAML value', async () => {
    const uri = 'file:///work/complete.ecs.yaml';
    const text = CLEAN_YAML.replace('volumetype: SSD', 'volumetype: ');
    await client.open(uri, 'ecs-yaml', text);
    const position = positionOf(text, 'volumetype: ', 'volumetype: '.length);
    const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position,
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    const labels = (list?.items ?? []).map((item) => item.label.replace(/^"|"$/g, ''));
    for (const expected of ['SATA', 'SAS', 'SSD', 'GPSSD', 'ESSD'])
      assert.ok(labels.includes(expected), `${expected} in ${labels.join(', ')}`);
    await client.close(uri);
  });

  it('offers the templates once, with the top-level keys, in an empty YAML file; none at a value', async () => {
    const complete = async (uri: string, text: string, position: { line: number; character: number }) => {
      await client.open(uri, 'ecs-yaml', text);
      const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
        textDocument: { uri },
        position,
        context: { triggerKind: 1 },
      });
      await client.close(uri);
      return list?.items ?? [];
    };
    const empty = await complete('file:///work/empty.ecs.yaml', '\n', { line: 1, character: 0 });
    const templates = empty.filter((item) => item.label.startsWith('ecs-'));
    assert.deepEqual(
      templates.map((t) => t.label),
      ['ecs-pay-per-use', 'ecs-yearly-monthly', 'ecs-data-disks', 'ecs-spot'],
    );
    for (const t of templates) assert.deepEqual(t.textEdit && 'range' in t.textEdit && t.textEdit.range.start.line, 1);
    assert.ok(
      empty.some((item) => item.label === 'server'),
      `the top-level keys: ${empty.map((i) => i.label).join(', ')}`,
    );
    const text = CLEAN_YAML.replace('volumetype: SSD', 'volumetype: ');
    const atValue = await complete('file:///work/value.ecs.yaml', text, positionOf(text, 'volumetype: ', 12));
    assert.ok(atValue.length > 0);
    assert.deepEqual(
      atValue.filter((item) => item.label.startsWith('ecs-')),
      [],
    );
  });

  it('does not pop up completion for a space typed inside a value', async () => {
    const uri = 'file:///work/space.ecs.yaml';
    const text = CLEAN_YAML.replace('name: web-01', 'name: web 01');
    await client.open(uri, 'ecs-yaml', text);
    const result = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(text, 'web 01', 4),
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    assert.equal(result, null);
    await client.close(uri);
  });

  it('explains a field on hover', async () => {
    const uri = 'file:///work/hover.ecs.json';
    await client.open(uri, 'ecs-json', CLEAN_JSON);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(CLEAN_JSON, 'flavorRef', 3),
    });
    assert.match(hoverText(hover), /flavor/i);
    await client.close(uri);
  });

  it('offers a quick fix for a diagnostic that carries one', async () => {
    const uri = 'file:///work/fix.ecs.yaml';
    const diagnostics = await client.open(uri, 'ecs-yaml', BROKEN_YAML);
    const count = find(diagnostics, 'ECS-R03');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: count.range,
      context: { diagnostics: [count], only: ['quickfix'] },
    });
    assert.ok(actions.length >= 1, 'at least one quick fix');
    const edits = actions.flatMap((action) => action.edit?.changes?.[uri] ?? []);
    assert.ok(
      edits.some((edit) => edit.newText === '500' && edit.range.start.line === count.range.start.line),
      `an edit setting count to 500, got ${JSON.stringify(edits)}`,
    );
    assert.equal(actions[0].kind, 'quickfix');
    await client.close(uri);
  });

  it('finds the fix of a diagnostic even when the client drops its data', async () => {
    const uri = 'file:///work/fix-nodata.ecs.yaml';
    const diagnostics = await client.open(uri, 'ecs-yaml', BROKEN_YAML);
    const { data: _dropped, ...count } = find(diagnostics, 'ECS-R03');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: count.range,
      context: { diagnostics: [count] },
    });
    assert.ok(actions.length >= 1);
    await client.close(uri);
  });

  it('lists symbols, folding ranges and formats JSON', async () => {
    const uri = 'file:///work/outline.ecs.json';
    const messy = CLEAN_JSON.replace('"name": "web-01"', '"name":    "web-01"');
    await client.open(uri, 'ecs-json', messy);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.equal(symbols[0]?.name, 'server');
    const folds = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    assert.ok(folds.length >= 2);
    const edits = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(edits.length >= 1, 'the extra spaces are removed');
    await client.close(uri);
  });

  it('formats JSON exactly like jsonc-parser, with spaces and with tabs', async () => {
    const uri = 'file:///work/oneline.ecs.json';
    const oneLine = JSON.stringify(JSON.parse(CLEAN_JSON));
    await client.open(uri, 'ecs-json', oneLine);
    for (const options of [
      { tabSize: 2, insertSpaces: true },
      { tabSize: 4, insertSpaces: false },
    ]) {
      const edits = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri },
        options,
      });
      const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'ecs-json', 1, oneLine), edits);
      const expected = applyEdits(
        oneLine,
        format(oneLine, undefined, { ...options, eol: '\n', insertFinalNewline: false }),
      );
      assert.equal(formatted, expected);
      assert.ok(formatted.includes(options.insertSpaces ? '\n    "' : '\n\t\t"'), 'nested lines are indented');
    }
    await client.close(uri);
  });

  it('turns a rule off through the ecs settings, and back on', async () => {
    const uri = 'file:///work/settings.ecs.yaml';
    const text = WARNING_YAML.replace('count: 1\n', 'count: 1\n  flavorRef: s6.medium.2\n');
    assert.ok(codes(await client.open(uri, 'ecs-yaml', text)).includes('ECS-R02'));
    client.settings = { rules: { R02: 'off' } };
    let published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const withoutRule = (await published).diagnostics;
    assert.ok(!codes(withoutRule).includes('ECS-R02'), `R02 is off: ${codes(withoutRule).join(', ')}`);
    assert.ok(withoutRule.length >= 1, 'other checks still run (the duplicate flavorRef key)');
    client.settings = {};
    published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(codes((await published).diagnostics).includes('ECS-R02'));
    assert.ok(client.configurationRequests.length >= 3, 'settings are read through workspace/configuration');
    await client.close(uri);
  });

  it('survives garbage and huge documents and still answers', async () => {
    const garbage = 'file:///work/garbage.ecs.yaml';
    const noise = '{{ ]]: - : \u0000 \t\t"\'\n  - [\n&a *b !!binary ::\n'.repeat(50);
    const garbageDiagnostics = await client.open(garbage, 'ecs-yaml', noise);
    assert.ok(garbageDiagnostics.length >= 1, 'garbage gets at least one diagnostic');
    const huge = 'file:///work/huge.ecs.json';
    const metadata = Array.from({ length: 20_000 }, (_, i) => `"k${i}": "${'v'.repeat(20)}"`).join(',');
    const bigText = `{"server": {"name": "x", "metadata": {${metadata}}}}`;
    const hugeDiagnostics = await client.open(huge, 'ecs-json', bigText);
    assert.ok(Array.isArray(hugeDiagnostics) && hugeDiagnostics.length >= 1, 'the oversized metadata map is reported');
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: garbage },
      position: { line: 3, character: 2 },
    });
    assert.ok(hover === null || typeof hover === 'object', 'hover answers after garbage');
    await client.close(garbage);
    await client.close(huge);
    assert.equal(client.process.exitCode, null, 'the server is still running');
  });

  it('shuts down cleanly on shutdown + exit', async () => {
    assert.equal(await client.stop(), 0);
  });
});

describe('language server over stdio (pull diagnostics)', () => {
  const client = new TestClient({ pullDiagnostics: true, settings: {} });
  let init: InitializeResult;
  before(async () => {
    init = await client.initialize();
  });
  after(() => client.kill());

  it('announces pull diagnostics and answers textDocument/diagnostic', async () => {
    assert.ok(init.capabilities.diagnosticProvider, 'diagnosticProvider announced');
    const uri = 'file:///work/pull.ecs.yaml';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ecs-yaml', version: 1, text: BROKEN_YAML },
    });
    const report = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.equal(report.kind, 'full');
    const items = report.kind === 'full' ? report.items : [];
    assert.ok(codes(items).includes('ECS-R03'));
    const again = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: report.resultId,
    });
    assert.equal(again.kind, 'unchanged', 'same version and settings: unchanged');
  });

  it('validates an edited version on the next pull, then answers unchanged for it', async () => {
    const uri = 'file:///work/pull-edit.ecs.yaml';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ecs-yaml', version: 1, text: BROKEN_YAML },
    });
    const before = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.equal(before.kind, 'full');
    assert.ok(codes(before.kind === 'full' ? before.items : []).includes('ECS-R03'));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: CLEAN_YAML }],
    });
    const edited = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: before.resultId,
    });
    assert.equal(edited.kind, 'full', 'a new version is never reported unchanged');
    assert.deepEqual(edited.kind === 'full' ? edited.items : undefined, []);
    assert.notEqual(edited.resultId, before.resultId);
    const repeated = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: edited.resultId,
    });
    assert.deepEqual(repeated, { kind: 'unchanged', resultId: edited.resultId });
  });

  it('after a burst of changes without pulls, the pull reports the last version', async () => {
    const uri = 'file:///work/pull-burst.ecs.yaml';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ecs-yaml', version: 1, text: CLEAN_YAML },
    });
    for (const [version, text] of [
      [2, BROKEN_YAML],
      [3, CLEAN_YAML],
      [4, BROKEN_YAML],
      [5, CLEAN_YAML],
      [6, BROKEN_YAML],
    ] as const) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    }
    const broken = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.ok(broken.kind === 'full' && codes(broken.items).includes('ECS-R03'), 'version 6 is the broken text');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 7 },
      contentChanges: [{ text: CLEAN_YAML }],
    });
    const clean = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.deepEqual(clean.kind === 'full' ? clean.items : undefined, [], 'version 7 is clean');
  });

  it('answers an unknown document with an empty report', async () => {
    const report = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri: 'file:///nowhere.ecs.json' },
    });
    assert.deepEqual(report, { kind: 'full', items: [] });
  });

  it('exits with code 0', async () => {
    assert.equal(await client.stop(), 0);
  });
});
