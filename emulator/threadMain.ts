/**
 * The entry of the emulator's worker thread (thread.ts starts it): starts the emulator with the
 * options it was given, says where it listens, and closes it when asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startEmulator, type EmulatorOptions } from './index';
import { threadReport, type EmulatorThreadCommand, type EmulatorThreadMessage } from './thread';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('emulator/threadMain runs only on a worker thread (see emulator/thread.ts)');
  const tell = (message: EmulatorThreadMessage) => port.postMessage(message);
  let emulator;
  try {
    emulator = await startEmulator(workerData as EmulatorOptions);
  } catch (error) {
    tell({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const running = emulator;
  port.on('message', (command: EmulatorThreadCommand) => {
    if (command.type !== 'close') return;
    running.close().then(
      () => tell({ type: 'closed' }),
      () => tell({ type: 'closed' }),
    );
  });
  tell({ type: 'ready', emulator: threadReport(running) });
}

void main();
