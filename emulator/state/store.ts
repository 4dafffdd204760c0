/**
 * In-memory store of jobs, servers, orders and idempotency records, optionally mirrored to a
 * JSON state file (written atomically after every change, read back on start).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IdempotencyRecord, JobRecord, OrderRecord, ServerRecord, StateSnapshot } from './records';

export class EmulatorStore {
  readonly jobs = new Map<string, JobRecord>();
  readonly servers = new Map<string, ServerRecord>();
  readonly orders = new Map<string, OrderRecord>();
  readonly idempotency = new Map<string, IdempotencyRecord>();

  constructor(private readonly stateFile?: string) {}

  /** Loads the state file if one is configured and exists; a missing file means an empty world. */
  load(): void {
    if (!this.stateFile || !fs.existsSync(this.stateFile)) return;
    const snapshot = JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as StateSnapshot;
    if (snapshot.version !== 1) throw new Error(`Unsupported emulator state file version in ${this.stateFile}`);
    for (const job of snapshot.jobs) this.jobs.set(job.jobId, job);
    for (const server of snapshot.servers) this.servers.set(server.id, server);
    for (const order of snapshot.orders) this.orders.set(order.orderId, order);
    for (const record of snapshot.idempotency) this.idempotency.set(record.token, record);
  }

  /** Writes the state file (temp file + rename, so a crash never leaves half a file). */
  save(): void {
    if (!this.stateFile) return;
    const snapshot: StateSnapshot = {
      version: 1,
      jobs: [...this.jobs.values()],
      servers: [...this.servers.values()],
      orders: [...this.orders.values()],
      idempotency: [...this.idempotency.values()],
    };
    fs.mkdirSync(path.dirname(this.stateFile), { recursive: true });
    const temp = `${this.stateFile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(snapshot, null, 2), { mode: 0o600 });
    fs.renameSync(temp, this.stateFile);
  }

  serversOfJob(jobId: string): ServerRecord[] {
    return [...this.servers.values()].filter((s) => s.jobId === jobId);
  }

  orderOfJob(jobId: string): OrderRecord | undefined {
    return [...this.orders.values()].find((o) => o.jobId === jobId);
  }

  /** Drops a finished job; servers of a failed job go with it (they were rolled back). */
  forgetJob(jobId: string, dropServers: boolean): void {
    this.jobs.delete(jobId);
    if (!dropServers) return;
    for (const server of this.serversOfJob(jobId)) this.servers.delete(server.id);
  }
}
