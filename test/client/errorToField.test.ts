import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { fieldProblems, parseFieldPath, pathsInMessage, problemMessage } from '../../cloud/errorFields';

const body = {
  server: {
    name: 'web',
    imageRef: 'img',
    key_name: 'kp',
    nics: [{ subnet_id: 's1' }],
    root_volume: { volumetype: 'SDD', size: 40 },
    data_volumes: [{ volumetype: 'SSD', size: 5 }],
  },
};

describe('parseFieldPath', () => {
  it('splits keys and indices', () => {
    assert.deepEqual(parseFieldPath('server.data_volumes[1].size'), ['server', 'data_volumes', 1, 'size']);
    assert.deepEqual(parseFieldPath('os:scheduler_hints.group'), ['os:scheduler_hints', 'group']);
  });
});

describe('pathsInMessage', () => {
  it('roots paths written without "server."', () => {
    assert.deepEqual(pathsInMessage('root_volume.volumetype "SDD" does not exist; use one of SSD, SAS.'), [
      ['server', 'root_volume', 'volumetype'],
    ]);
  });
  it('finds a bare key in parentheses', () => {
    assert.deepEqual(pathsInMessage('Key pair "x" (key_name) does not exist; create it first.'), [
      ['server', 'key_name'],
    ]);
  });
  it('ignores plain English words that are also field names', () => {
    assert.deepEqual(pathsInMessage('Pick another name or lower the count.'), []);
  });
  it('prefers a dotted path over a bare key mentioned later', () => {
    assert.deepEqual(pathsInMessage('server.adminPass must not contain key_name')[0], ['server', 'adminPass']);
  });
});

describe('fieldProblems', () => {
  it('maps a code with a known field when the message names none', () => {
    const problems = fieldProblems({ code: 'Ecs.0074', message: 'Windows images cannot be used.' }, body);
    assert.deepEqual(
      problems.map((p) => p.path),
      [['server', 'imageRef']],
    );
    assert.equal(problems[0].missing, false);
  });
  it('uses the field written in the message over the code table', () => {
    const problems = fieldProblems(
      { code: 'Ecs.0043', message: 'data_volumes[0].volumetype "X" does not exist' },
      body,
    );
    assert.deepEqual(problems[0].path, ['server', 'data_volumes', 0, 'volumetype']);
  });
  it('gives one problem per detail', () => {
    const problems = fieldProblems(
      {
        code: 'Ecs.0005',
        message: 'The request body has 2 invalid or missing field(s); see details.',
        details: [
          { code: 'Ecs.0005', message: 'server.flavorRef: is required (string).' },
          { code: 'Ecs.0005', message: 'server.nics[0].subnet_id: is required.' },
        ],
      },
      body,
    );
    assert.deepEqual(
      problems.map((p) => p.path),
      [['server'], ['server', 'nics', 0, 'subnet_id']],
    );
    assert.deepEqual(
      problems.map((p) => p.missing),
      [true, false],
    );
  });
  it('points a missing field at its nearest existing parent', () => {
    const [problem] = fieldProblems(
      { code: 'Ecs.0005', message: 'server.root_volume.iops: is required for GPSSD2.' },
      body,
    );
    assert.deepEqual(problem.path, ['server', 'root_volume']);
    assert.equal(problem.missing, true);
    assert.match(problemMessage(problem), /^Ecs\.0005: .*missing here/);
  });
  it('picks the first alternative that exists', () => {
    const withTags = { server: { tags: ['a.b'] } };
    assert.deepEqual(fieldProblems({ code: 'Ecs.0905', message: 'Too many tags.' }, withTags)[0].path, [
      'server',
      'tags',
    ]);
  });
  it('returns nothing for errors that belong to no field', () => {
    assert.deepEqual(
      fieldProblems({ code: 'APIGW.0301', message: 'Incorrect IAM authentication information.' }, body),
      [],
    );
    assert.deepEqual(fieldProblems({ code: 'Ecs.0067', message: 'Insufficient balance.' }, body), []);
  });
});

import { locateField } from '../../client/dryRun/fieldLocation';

describe('locateField', () => {
  const yaml = 'server:\n  name: web\n  nics:\n    - subnet_id: abc\n  root_volume:\n    volumetype: SDD\n';
  const spanText = (text: string, span: { offset: number; length: number }) =>
    text.slice(span.offset, span.offset + span.length);
  it('underlines a scalar value', () => {
    assert.equal(spanText(yaml, locateField(yaml, 'yaml', ['server', 'root_volume', 'volumetype'])), 'SDD');
    assert.equal(spanText(yaml, locateField(yaml, 'yaml', ['server', 'nics', 0, 'subnet_id'])), 'abc');
  });
  it('underlines the key of an object or array', () => {
    assert.equal(spanText(yaml, locateField(yaml, 'yaml', ['server', 'nics'])), 'nics');
  });
  it('works for JSON with comments', () => {
    const json = '{\n  // c\n  "server": { "imageRef": "img-1" }\n}';
    assert.equal(spanText(json, locateField(json, 'json', ['server', 'imageRef'])), '"img-1"');
  });
  it('falls back to the first line', () => {
    assert.equal(spanText(yaml, locateField(yaml, 'yaml', ['server', 'missing'])), 'server:');
  });
  it('marks the last of two equal keys, the one JSON.parse keeps', () => {
    const json = '{"server": {"name": "a", "name": "b"}}';
    assert.equal(spanText(json, locateField(json, 'json', ['server', 'name'])), '"b"');
  });
});

import { lookupErrorCode } from '../../cloud/errorCatalog';
import { parseFieldPath as parsePath } from '../../cloud/errorFields';

describe('the error catalog names fields per code', () => {
  it('gives the fields with the explanation, in one entry', () => {
    const entry = lookupErrorCode('Ecs.0011');
    assert.deepEqual(entry?.fields, ['server.adminPass']);
    assert.match(entry?.explanation ?? '', /adminPass/);
    assert.deepEqual(lookupErrorCode('ecs.0914')?.fields, ['server.name'], 'the prefix case is ignored');
    assert.equal(lookupErrorCode('Ecs.0067')?.fields, undefined, 'a balance problem names no field');
  });
  it('every field path parses and starts at server', () => {
    for (const code of ['Ecs.0001', 'Ecs.0010', 'Ecs.0022', 'Ecs.0089', 'Ecs.0919']) {
      for (const field of lookupErrorCode(code)?.fields ?? ['missing'])
        assert.equal(parsePath(field)[0], 'server', `${code}: ${field}`);
    }
  });
});
