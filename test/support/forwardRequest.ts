/**
 * Forwarding one HTTP request, for the tests' loopback proxies and forwarders: method, path and
 * headers (Host included, so a signature made for the forwarder's address still verifies) go to
 * the upstream as they came, and its answer comes back as it is.
 */
import { request, type Agent, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Upstream {
  readonly hostname: string;
  readonly port: string | number;
  /** Path and query to ask the upstream for. */
  readonly path: string;
  readonly agent?: Agent;
}

/** Sends `incoming` on to `upstream` and pipes the answer to `response`; a lost upstream drops the connection. */
export function forwardRequest(incoming: IncomingMessage, response: ServerResponse, upstream: Upstream): void {
  const forward = request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: incoming.method,
      path: upstream.path,
      headers: incoming.headers,
      agent: upstream.agent,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  forward.on('error', () => response.destroy());
  incoming.pipe(forward);
}
