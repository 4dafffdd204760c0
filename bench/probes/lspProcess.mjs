// A language server spawned over stdio for the probes: Content-Length framing, requests by id, answers
// to the server's own requests, and the process's CPU time from /proc (Linux only).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/**
 * Spawns `node <command...>` and speaks LSP to it. `configuration(section)` answers the server's
 * workspace/configuration items (null when absent); `onNotification(message)` sees what it sends.
 */
export function startLspProcess(command, { configuration = () => null, onNotification = () => {} } = {}) {
  const child = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  let lastId = 0;
  const waiting = new Map();
  const send = (message) => {
    const body = Buffer.from(JSON.stringify(message));
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
      buffer = buffer.subarray(end + 4 + length);
      if (message.id !== undefined && message.method === undefined) {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
      } else if (message.id !== undefined) {
        const items = message.params?.items ?? [];
        const result =
          message.method === 'workspace/configuration' ? items.map((item) => configuration(item.section)) : null;
        send({ jsonrpc: '2.0', id: message.id, result });
      } else {
        onNotification(message);
      }
    }
  });
  const request = (method, params) =>
    new Promise((resolve) => {
      const id = ++lastId;
      waiting.set(id, resolve);
      send({ jsonrpc: '2.0', id, method, params });
    });
  const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
  /** User + system time of the server so far, in ms (clock ticks of 10 ms). */
  const cpuMs = () => {
    const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return 10 * (Number(fields[11]) + Number(fields[12]));
  };
  return { child, request, notify, cpuMs };
}
