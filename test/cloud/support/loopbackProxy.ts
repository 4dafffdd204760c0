/**
 * A minimal HTTP proxy on 127.0.0.1:0: CONNECT tunnels and absolute-form forwarding.
 * It records what it was asked to reach, so tests can tell whether traffic went through it.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { forwardRequest } from '../../support/forwardRequest';

export class LoopbackProxy {
  /** `CONNECT host:port` or `GET http://…` lines, in order. */
  readonly seen: string[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('connect', (req, clientSocket: Socket, head) => {
      this.seen.push(`CONNECT ${req.url}`);
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head as unknown as Uint8Array);
        upstream.pipe(clientSocket);
        clientSocket.pipe(upstream);
      });
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      upstream.on('error', () => clientSocket.destroy());
      clientSocket.on('error', () => upstream.destroy());
    });
    server.on('request', (req, res) => {
      this.seen.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '');
      forwardRequest(req, res, { hostname: target.hostname, port: target.port, path: target.pathname + target.search });
    });
  }

  static async start(): Promise<LoopbackProxy> {
    const server = createServer();
    const proxy = new LoopbackProxy(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
