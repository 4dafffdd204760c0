/**
 * A loopback HTTP forwarder that counts requests in flight: put it in front of the emulator to see
 * how many requests a client really has open at once. Headers (Host included) pass unchanged, so
 * signatures made for the forwarder's address still verify at the emulator.
 */
import { Agent, createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { EventEmitter } from 'node:events';
import { forwardRequest } from '../../support/forwardRequest';

export class CountingForwarder extends EventEmitter {
  inFlight = 0;
  maxInFlight = 0;
  total = 0;
  readonly paths: string[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  private constructor(
    private readonly server: Server,
    private readonly target: URL,
  ) {
    super();
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      this.inFlight++;
      this.total++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      this.paths.push(req.url ?? '');
      this.emit('request', req.url);
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        this.inFlight--;
      };
      res.on('close', finish);
      forwardRequest(req, res, {
        hostname: this.target.hostname,
        port: this.target.port,
        path: req.url ?? '/',
        agent: this.agent,
      });
    });
  }

  static async start(targetOrigin: string): Promise<CountingForwarder> {
    const server = createServer();
    const forwarder = new CountingForwarder(server, new URL(targetOrigin));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return forwarder;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.maxInFlight = this.inFlight;
    this.total = 0;
    this.paths.length = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.agent.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
