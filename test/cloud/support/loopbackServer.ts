/**
 * A scripted HTTP server on 127.0.0.1:0 for client tests. Each request is recorded (method,
 * URL, headers, body) and answered by the next scripted reply, or by a route handler.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { EventEmitter } from 'node:events';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Read the request, then destroy the connection without an answer (a reset after sending). */
  | { destroy: true }
  /** Read the request and never answer (until the server closes). */
  | { hang: true };

export type RouteHandler = (request: ReceivedRequest) => Reply | undefined;

export class LoopbackServer extends EventEmitter {
  readonly received: ReceivedRequest[] = [];
  private readonly replies: Reply[] = [];
  private readonly sockets = new Set<Socket>();
  private route?: RouteHandler;

  private constructor(private readonly server: Server) {
    super();
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('request', (req, res) => void this.handle(req, res));
  }

  static async start(route?: RouteHandler): Promise<LoopbackServer> {
    const server = createServer();
    const instance = new LoopbackServer(server);
    instance.route = route;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return instance;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Queue replies, used in order before the route handler. */
  reply(...replies: Reply[]): this {
    this.replies.push(...replies);
    return this;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const received: ReceivedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers,
      body: Buffer.concat(chunks as unknown as Uint8Array[]).toString('utf8'),
    };
    this.received.push(received);
    this.emit('request', received);
    const reply = this.replies.shift() ??
      this.route?.(received) ?? {
        status: 404,
        body: { error: { code: 'Test.NoRoute', message: 'no scripted reply' } },
      };
    if ('destroy' in reply) {
      req.socket.destroy();
      return;
    }
    if ('hang' in reply) return;
    const body =
      reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(body);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Resolves with the next request the server receives. */
export function nextRequest(server: LoopbackServer): Promise<ReceivedRequest> {
  return new Promise((resolve) => server.once('request', resolve));
}
