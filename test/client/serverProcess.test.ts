/**
 * The language server's processes as the extension starts them (client/serverProcess.ts): the
 * built dist/server.js, forked over stdio, answers `initialize`; the first process is the one
 * started early, every later one (a restart) is new; the last one is ended when the client stops.
 */
import { strict as assert } from 'node:assert';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { forkServer, serverExecArgv, ServerProcesses } from '../../client/serverProcess';
import { openFormatsArg, readOpenFormats } from '../../server/lsp/openFormats';

const SERVER_JS = path.resolve(__dirname, '../../../dist/server.js');

describe('language server processes', () => {
  const started: ChildProcess[] = [];
  after(() => started.forEach((child) => child.kill()));
  const start = () => {
    const child = forkServer(SERVER_JS, (error) => assert.fail(error));
    started.push(child);
    return child;
  };

  it('hands out the process started early first, then a new one per restart', () => {
    const processes = new ServerProcesses(start);
    assert.equal(started.length, 1, 'the first process starts with the object, before anyone asks');
    const first = processes.next();
    assert.equal(first, started[0]);
    const restarted = processes.next();
    assert.notEqual(restarted.pid, first.pid);
    assert.equal(started.length, 2);
  });

  it('runs the server over stdio, which answers initialize; stopLatest ends it', async () => {
    const processes = new ServerProcesses(start);
    const child = processes.next();
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    connection.listen();
    const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    assert.equal(result.serverInfo?.name, 'ecs-request-language-server');
    const exited = once(child, 'exit');
    processes.stopLatest();
    await exited;
    connection.dispose();
  });

  it('gives the server an inspector only when the extension host is being debugged', () => {
    assert.deepEqual(serverExecArgv([]), []);
    assert.deepEqual(serverExecArgv(['--max-old-space-size=4096']), []);
    assert.deepEqual(serverExecArgv(['--inspect=9229']), ['--nolazy', '--inspect=6011']);
    assert.deepEqual(serverExecArgv(['--inspect-brk']), ['--nolazy', '--inspect=6011']);
    assert.deepEqual(serverExecArgv(['--inspector-something']), []);
  });

  it('names the open request formats on the server command line (it loads the YAML parser early)', () => {
    const yaml = forkServer(SERVER_JS, (error) => assert.fail(error), ['yaml', 'yaml']);
    const none = forkServer(SERVER_JS, (error) => assert.fail(error));
    started.push(yaml, none);
    assert.ok(yaml.spawnargs.includes('--open-formats=yaml'), yaml.spawnargs.join(' '));
    assert.ok(!none.spawnargs.some((arg) => arg.startsWith('--open-formats')), none.spawnargs.join(' '));
  });
});

describe('--open-formats', () => {
  it('round-trips the formats, in a fixed order, and ignores unknown names', () => {
    assert.equal(openFormatsArg(['yaml', 'json']), '--open-formats=json,yaml');
    assert.equal(openFormatsArg([]), undefined);
    assert.deepEqual([...readOpenFormats(['--stdio', '--open-formats=yaml,xml'])], ['yaml']);
    assert.deepEqual([...readOpenFormats(['--stdio'])], []);
  });
});
