import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectFormat,
  MissingValueError,
  prepareRequest,
  RequestShapeError,
  RequestSyntaxError,
  withDryRun,
  type SecretProvider,
} from '../../cloud/prepare';

const secrets = (values: Record<string, string>): SecretProvider => ({ get: async (name) => values[name] });

describe('prepareRequest: YAML', () => {
  it(
    'YAML 1.2 core schema: quoted strings stay strings, yes/on stay strings, true is a boolean; comments ' + 'dropped',
    async () => {
      const yaml = [
        '# a comment',
        'dry_run: true   # inline comment',
        'server:',
        '  name: "true"',
        '  description: yes',
        '  flavorRef: s6.small.1',
        '  count: 2',
        '  key_name: "01"',
        '  metadata:',
        '    flag: on',
        '    octal: 0o10',
        '    nothing: null',
      ].join('\n');
      const prepared = await prepareRequest(yaml, 'yaml');
      assert.equal(
        prepared.body,
        '{"dry_run":true,"server":{"name":"true","description":"yes","flavorRef":"s6.small.1","count":2,' +
          '"key_name":"01","metadata":{"flag":"on","octal":8,"nothing":null}}}',
      );
      assert.deepEqual(prepared.placeholders, []);
    },
  );

  it('a YAML syntax error stops with line and column', async () => {
    const error = await prepareRequest('server:\n  name: web\n  nics: [ {subnet_id: a}\nflavorRef: x\n', 'yaml').then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof RequestSyntaxError);
    assert.equal(error.line, 4);
    assert.equal(error.column, 1);
    assert.match(error.message, /^Syntax error at line 4, column 1: /);
  });

  it('duplicate keys are a syntax error', async () => {
    await assert.rejects(
      prepareRequest('server:\n  name: a\n  name: b\n', 'yaml'),
      (e: unknown) => e instanceof RequestSyntaxError && e.line === 3,
    );
  });

  it('.inf cannot be sent as JSON', async () => {
    await assert.rejects(
      prepareRequest('server:\n  count: .inf\n', 'yaml'),
      (e: unknown) => e instanceof RequestShapeError && /server\.count/.test(e.message),
    );
  });
});

describe('prepareRequest: JSON', () => {
  it('JSON with comments becomes compact JSON', async () => {
    const json = '{\n  // the server\n  "server": { /* block */ "name": "web", "count": 1 }\n}\n';
    const prepared = await prepareRequest(json, 'json');
    assert.equal(prepared.body, '{"server":{"name":"web","count":1}}');
  });

  it('a trailing comma is the syntax error lint reports, not sent', async () => {
    const json = '{\n  "server": { "name": "web", "count": 1, }\n}\n';
    await assert.rejects(
      prepareRequest(json, 'json'),
      (e: unknown) => e instanceof RequestSyntaxError && e.line === 2 && /trailing comma/.test(e.reason),
    );
  });

  it('a JSON syntax error stops with line:col and a plain reason', async () => {
    const error = await prepareRequest('{\n  "server": {\n    "name" "web"\n  }\n}', 'json').then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof RequestSyntaxError);
    assert.equal(error.line, 3);
    assert.equal(error.column, 12);
    assert.match(error.reason, /colon/);
  });

  it('an empty file or a non-object is refused with a clear message', async () => {
    await assert.rejects(prepareRequest('[1, 2]', 'json'), RequestShapeError);
    await assert.rejects(prepareRequest('', 'yaml'), /must contain one object/);
  });
});

describe('prepareRequest: placeholders', () => {
  const yaml = [
    'server:',
    '  adminPass: ${secret:ROOT_PASSWORD}',
    '  name: ${env:SERVER_NAME}',
    '  nics:',
    '    - subnet_id: ${env:SUBNET}',
    '  tags: ["${env:SERVER_NAME}"]',
    '  description: "not ${env:X} a placeholder"',
  ].join('\n');

  it('fills env and secret values; records what was filled', async () => {
    const prepared = await prepareRequest(yaml, 'yaml', {
      env: { SERVER_NAME: 'web-01', SUBNET: '3c4d5e6f-0000-4000-8000-000000000001' },
      secrets: secrets({ ROOT_PASSWORD: 'S3cure!Pass' }),
    });
    assert.deepEqual(prepared.value, {
      server: {
        adminPass: 'S3cure!Pass',
        name: 'web-01',
        nics: [{ subnet_id: '3c4d5e6f-0000-4000-8000-000000000001' }],
        tags: ['web-01'],
        description: 'not ${env:X} a placeholder',
      },
    });
    assert.deepEqual(
      prepared.placeholders.map((p) => `${p.kind}:${p.name}@${p.path}`),
      [
        'secret:ROOT_PASSWORD@server.adminPass',
        'env:SERVER_NAME@server.name',
        'env:SUBNET@server.nics[0].subnet_id',
        'env:SERVER_NAME@server.tags[0]',
      ],
    );
    assert.ok(prepared.filledValues.includes('S3cure!Pass'));
  });

  it('missing values stop with an error naming each one, where it is used, and how to provide it', async () => {
    const error = await prepareRequest(yaml, 'yaml', {
      env: { SERVER_NAME: 'web-01' },
      secrets: secrets({}),
      howToProvide: { secret: 'Run "ECS: Store Secret" and name it ROOT_PASSWORD' },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof MissingValueError);
    assert.deepEqual(
      error.missing.map((m) => m.name),
      ['ROOT_PASSWORD', 'SUBNET'],
    );
    assert.match(
      error.message,
      new RegExp(
        /server\.adminPass uses \$\{secret:ROOT_PASSWORD\}, but no secret named ROOT_PASSWORD is stored\. /.source +
          /Run "ECS: Store Secret"/.source,
      ),
    );
    assert.match(
      error.message,
      new RegExp(
        /server\.nics\[0\]\.subnet_id uses \$\{env:SUBNET\}, but the environment variable SUBNET is not set\. /.source +
          /Set the environment variable SUBNET/.source,
      ),
    );
  });

  it('without a secret provider, secret placeholders are missing values', async () => {
    await assert.rejects(prepareRequest('{"server":{"adminPass":"${secret:P}"}}', 'json', {}), MissingValueError);
  });
});

describe('withDryRun and detectFormat', () => {
  it('sets dry_run true first, or removes it', () => {
    const body = { server: { name: 'a' }, dry_run: true };
    assert.equal(JSON.stringify(withDryRun({ server: { name: 'a' } }, true)), '{"dry_run":true,"server":{"name":"a"}}');
    assert.deepEqual(withDryRun(body, false), { server: { name: 'a' } });
    assert.equal(body.dry_run, true, 'the input is not changed');
  });

  it('picks the format from the file name', () => {
    assert.equal(detectFormat('web.yaml'), 'yaml');
    assert.equal(detectFormat('WEB.YML'), 'yaml');
    assert.equal(detectFormat('web.ecs.json'), 'json');
    assert.equal(detectFormat('web.jsonc'), 'json');
  });
});
