const v8 = require('v8'); v8.setFlagsFromString('--max-semi-space-size=1'); v8.setFlagsFromString('--semi-space-growth-factor=1');
const m = (l) => { global.gc(); const u = process.memoryUsage(); console.log(l.padEnd(20), 'rss', (u.rss/2**20).toFixed(1), 'heapUsed', (u.heapUsed/2**20).toFixed(1), 'heapTotal', (u.heapTotal/2**20).toFixed(1)); };
m('start');
require('vscode-languageserver/node'); m('lsp lib');
const Ajv = require('ajv'); require('ajv-formats'); m('ajv lib');
require('yaml'); m('yaml lib');
const ajv = new Ajv({ strict: false, allErrors: true, verbose: true }); require('ajv-formats')(ajv);
const v = ajv.compile(require('../schemas/ecs-create-servers.v1.1.schema.json')); m('compiled');
