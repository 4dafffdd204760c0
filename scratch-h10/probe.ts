import * as fs from 'node:fs';
const t0 = performance.now();
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/service/languageService';
import { prepareSchemaValidator } from '../server/service/validation/schemaValidator';
const t1 = performance.now();
console.log('import ms', (t1 - t0).toFixed(1));
const ta = performance.now(); prepareSchemaValidator(); console.log('compile ms', (performance.now() - ta).toFixed(1));
const svc = createLanguageService();
const dir = 'bench/results/docs/';
function time(label: string, n: number, f: () => void) {
  const s: number[] = [];
  for (let i = 0; i < n; i++) { const a = performance.now(); f(); s.push(performance.now() - a); }
  s.sort((x, y) => x - y);
  console.log(label.padEnd(50), 'first', s.length ? '' : '', 'median', s[Math.floor(n / 2)].toFixed(2), 'p95', s[Math.floor(n * 0.95)].toFixed(2));
}
for (const name of ['large.json', 'large.yaml', 'schema-errors-10.json', 'seed-ex1-prepaid-keypair.json', 'seed-ex1-prepaid-keypair.yaml']) {
  const text = fs.readFileSync(dir + name, 'utf8');
  const lang = name.endsWith('json') ? 'ecs-json' : 'ecs-yaml';
  let v = 0;
  time(name + ' parse(new version)', 30, () => { svc.parse(TextDocument.create('file:///' + name, lang, ++v, text)); });
  const doc = TextDocument.create('file:///' + name, lang, ++v, text);
  const parsed = svc.parse(doc);
  time(name + ' parse(cached)', 30, () => { svc.parse(doc); });
  time(name + ' validate', 30, () => { svc.validate(parsed); });
  const pos = doc.positionAt(text.indexOf(lang === 'ecs-json' ? '"volumetype": "' : 'volumetype: ') + 16);
  time(name + ' complete(value)', 30, () => { svc.complete(parsed, pos); });
  const pos2 = doc.positionAt(text.indexOf(lang === 'ecs-json' ? '"server": {' : 'server:') + 12);
  time(name + ' complete(server prop)', 30, () => { svc.complete(parsed, pos2); });
  time(name + ' hover', 30, () => { svc.hover(parsed, doc.positionAt(text.indexOf('flavorRef') + 3)); });
}
const mu = process.memoryUsage();
console.log('rss MiB', (mu.rss / 2 ** 20).toFixed(1), 'heapUsed', (mu.heapUsed / 2 ** 20).toFixed(1), 'heapTotal', (mu.heapTotal / 2 ** 20).toFixed(1), 'ext', (mu.external / 2 ** 20).toFixed(1));
(globalThis as any).gc?.();
const mu2 = process.memoryUsage();
console.log('after gc rss MiB', (mu2.rss / 2 ** 20).toFixed(1), 'heapUsed', (mu2.heapUsed / 2 ** 20).toFixed(1), 'heapTotal', (mu2.heapTotal / 2 ** 20).toFixed(1));
{
  const text = fs.readFileSync(dir + 'seed-ex1-prepaid-keypair.json', 'utf8');
  const i = text.indexOf('"server": {') + 11;
  const t2 = text.slice(0, i) + '\n        ' + text.slice(i);
  const doc = TextDocument.create('file:///x.json', 'ecs-json', 1, t2);
  const p = svc.parse(doc);
  const r = svc.complete(p, doc.positionAt(i + 9));
  const s = JSON.stringify(r);
  console.log('items', r.items.length, 'bytes', s.length);
  time('stringify', 30, () => JSON.stringify(svc.complete(p, doc.positionAt(i + 9))));
  console.log(JSON.stringify(r.items[0]).slice(0, 1500));
}
