/** forwardRequest (test/support): what the tests' loopback forwarders and proxies pass on and bring back. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forwardRequest } from '../support/forwardRequest';
import { LoopbackServer } from './support/loopbackServer';

describe('forwardRequest', () => {
  let upstream: LoopbackServer;
  let forwarder: Server;
  let origin: string;
  let target: () => { hostname: string; port: string | number };
  before(async () => {
    upstream = await LoopbackServer.start();
    const { hostname, port } = new URL(upstream.origin);
    target = () => ({ hostname, port });
    forwarder = createServer((request, response) =>
      forwardRequest(request, response, { ...target(), path: request.url ?? '/' }),
    );
    await new Promise<void>((resolve) => forwarder.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(forwarder.address() as AddressInfo).port}`;
  });
  after(async () => {
    forwarder.closeAllConnections();
    await new Promise((resolve) => forwarder.close(resolve));
    await upstream.close();
  });

  it('passes method, path, headers (Host too) and body on, and brings the answer back as it came', async () => {
    upstream.reply({ status: 418, body: { answer: 'as sent' }, headers: { 'x-upstream': 'yes' } });
    const response = await fetch(`${origin}/v1/p/cloudservers?limit=2`, {
      method: 'POST',
      headers: { 'x-sdk-date': '20261207T060000Z', 'content-type': 'application/json' },
      body: '{"server":{}}',
    });
    assert.equal(response.status, 418);
    assert.equal(response.headers.get('x-upstream'), 'yes');
    assert.deepEqual(await response.json(), { answer: 'as sent' });
    const [received] = upstream.received.splice(0);
    assert.equal(received.method, 'POST');
    assert.equal(received.url, '/v1/p/cloudservers?limit=2');
    assert.equal(received.headers.host, new URL(origin).host, 'the Host the client signed for');
    assert.equal(received.headers['x-sdk-date'], '20261207T060000Z');
    assert.equal(received.body, '{"server":{}}');
  });

  it('drops the connection when the upstream cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    target = () => ({ hostname: '127.0.0.1', port });
    await assert.rejects(fetch(`${origin}/anything`), TypeError);
  });
});
