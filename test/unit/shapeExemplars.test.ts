/**
 * The shape exemplars (server/service/shapeExemplars.ts): with one small request of a format kept,
 * a full collection no longer throws away the optimised code of that format's parser. Checked in
 * fresh Node processes with V8's test intrinsics (the optimisation state of a function), with
 * and without the exemplar: without it the same check must see the code dropped, so it can fail.
 */
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/service/languageService';
import { shapeExemplar } from '../../server/service/shapeExemplars';
import { WarmUpRunner } from '../../server/lsp/warmUp';
import { freshNodeScript, requirePath } from '../support/freshNode';

const modulePath = (name: string): string => requirePath(name, require);

/**
 * Optimises the format's parser entry on a mid-size request, lets every parse result go, runs
 * full collections, and prints whether the function is still optimised before and after.
 */
const SCRIPT = `
const { parseValidJson } = require(${modulePath('../../request/parser/jsonFastPath')});
const { parseYaml } = require(${modulePath('../../request/parser/yamlParser')});
const { keepShapeExemplar } = require(${modulePath('../../server/service/shapeExemplars')});
const { warmUpJson, warmUpYaml } = require(${modulePath('../../server/lsp/warmUpDocument')});
const { TextDocument } = require(${modulePath('vscode-languageserver-textdocument')});
const [format, mode] = process.argv.slice(2);
const parse = format === 'json' ? parseValidJson : parseYaml;
const request = (scale) => (format === 'json' ? warmUpJson(scale) : warmUpYaml(scale));
if (mode === 'exemplar') {
  keepShapeExemplar(TextDocument.create('untitled:exemplar.ecs.' + format, 'ecs-' + format, 1, request(0.05)), () => undefined);
}
const text = request(0.3);
%PrepareFunctionForOptimization(parse);
for (let round = 0; round < 5; round++) parse(text);
%OptimizeFunctionOnNextCall(parse);
parse(text);
// Bit 4 of the status: the function runs optimised code.
const optimised = () => (%GetOptimizationStatus(parse) & 16) !== 0;
const before = optimised();
// Three full collections, not one: a collection that was already marking while the parses ran
// counts their objects as live, and V8 keeps maps that optimised code uses for two collections.
gc(); gc(); gc();
process.stdout.write(JSON.stringify({ before, after: optimised() }));
`;

describe('shape exemplars', () => {
  const script = freshNodeScript<{ before: boolean; after: boolean }>(SCRIPT, [
    '--allow-natives-syntax',
    '--expose-gc',
  ]);
  after(() => script.dispose());
  const run = (format: string, mode: string): { before: boolean; after: boolean } => script.run(format, mode);

  for (const format of ['json', 'yaml']) {
    it(`keeps the ${format.toUpperCase()} parser optimised through a full collection`, () => {
      // The control: without an exemplar the collections drop the optimised parser. Under the
      // full parallel suite V8 kept it in about 1 run of 12 (background work timing), so the
      // control may take up to three processes; it shows that the check below can fail.
      const withoutRuns = [run(format, 'none')];
      while (withoutRuns.at(-1)?.after !== false && withoutRuns.length < 3) withoutRuns.push(run(format, 'none'));
      assert.deepEqual(
        withoutRuns.at(-1),
        { before: true, after: false },
        `without an exemplar, the collection drops the optimised parser (${JSON.stringify(withoutRuns)})`,
      );
      assert.deepEqual(
        run(format, 'exemplar'),
        { before: true, after: true },
        'with an exemplar, the optimised parser stays',
      );
    });
  }

  it('the warm-up of a format keeps its exemplar at once, with the parser objects, the tree and the diagnostics', () => {
    const service = createLanguageService();
    const warmUps = new WarmUpRunner(
      () => service,
      (error) => assert.fail(String(error)),
    );
    // Only the exemplars are checked here; the queued warm-up slices are dropped at the end.
    try {
      for (const format of ['json', 'yaml'] as const) {
        assert.equal(shapeExemplar(format), undefined, `no ${format} exemplar before its warm-up`);
        warmUps.warm(format);
        const kept = shapeExemplar(format);
        assert.ok(kept, `an exemplar for ${format}`);
        const tree = kept.find((value) => typeof value === 'object' && value !== null && 'root' in value) as
          { format: string; root?: unknown } | undefined;
        assert.equal(tree?.format, format);
        assert.ok(tree?.root, 'the exemplar request parsed');
        assert.ok(kept.some(Array.isArray), 'the validation result is kept');
        assert.ok(
          kept.length >= (format === 'yaml' ? 7 : 3),
          `the parser's own objects are kept (${kept.length} objects)`,
        );
      }
    } finally {
      warmUps.stop();
    }
    // The exemplars do not go through the document cache: a real document of the same URI parses afresh.
    const document = TextDocument.create('untitled:ecs-warm-up/request.ecs.json', 'ecs-json', 0, '{}');
    assert.equal(service.parse(document).root?.type, 'object');
  });
});
