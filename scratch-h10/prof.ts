import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/service/languageService';
const svc = createLanguageService();
for (const name of ['large.json', 'large.yaml']) {
  const text = fs.readFileSync('bench/results/docs/' + name, 'utf8');
  const lang = name.endsWith('json') ? 'ecs-json' : 'ecs-yaml';
  const doc = TextDocument.create('file:///' + name, lang, 1, text);
  for (let i = 0; i < 20; i++) svc.validate(svc.parse(doc));
  const parsed = svc.parse(doc);
  const a = performance.now();
  for (let i = 0; i < 200; i++) svc.validate(parsed);
  console.log(name, 'validate avg ms', ((performance.now() - a) / 200).toFixed(2));
  const b = performance.now();
  for (let i = 0; i < 50; i++) svc.parse(TextDocument.create('file:///' + name, lang, i + 2, text));
  console.log(name, 'parse avg ms', ((performance.now() - b) / 50).toFixed(2));
}
