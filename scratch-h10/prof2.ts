import * as fs from 'node:fs';
import { parseDocument } from '../server/service/parser/parse';
const text = fs.readFileSync('bench/results/docs/large.json', 'utf8');
for (let i = 0; i < 20; i++) parseDocument('file:///l.json', i, text, 'json');
const a = performance.now();
for (let i = 0; i < 300; i++) parseDocument('file:///l.json', i, text, 'json');
console.log('json parse avg ms', ((performance.now() - a) / 300).toFixed(2), 'len', text.length);
