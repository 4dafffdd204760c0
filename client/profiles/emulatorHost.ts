import * as path from 'path';
import * as vscode from 'vscode';
import type { WorldName } from '../../emulator';
import type { EmulatorThread } from '../../emulator/thread';

/**
 * The bundled ECS emulator, started the first time the "Local emulator" profile is used, and
 * stopped with the extension. It runs on a worker thread of the extension host: seeding a world
 * and building, signing and checking the answers to its lists (thousands of images in the large world)
 * would otherwise take turns on the host's thread, which every extension shares. Its jobs and
 * servers are kept in the extension's global storage, so jobs can be followed after a reload.
 */
export class EmulatorHost implements vscode.Disposable {
  private running?: Promise<EmulatorThread>;

  constructor(
    private readonly storage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    /** The world to seed at the next start (the setting `ecs.emulator.world`). */
    private readonly world: () => WorldName = () => 'default',
  ) {}

  ensure(): Promise<EmulatorThread> {
    if (!this.running) {
      const running = this.start();
      this.running = running;
      running.then(
        (emulator) =>
          // A thread that ended without being stopped is started again on the next use.
          void emulator.exited.then(() => {
            if (this.running === running) this.running = undefined;
          }),
        () => {
          if (this.running === running) this.running = undefined;
        },
      );
    }
    return this.running;
  }

  private async start(): Promise<EmulatorThread> {
    await vscode.workspace.fs.createDirectory(this.storage);
    const speed = Number(process.env.ECS_EMULATOR_JOB_SPEED ?? '1');
    // The thread's starter is a small bundle (dist/emulator.js), loaded when first used; the thread
    // runs the emulator's own bundle, dist/emulatorThread.js, beside this one.
    const { startEmulatorThread } = await import('../../emulator/thread');
    const world = this.world();
    const emulator = await startEmulatorThread({
      script: path.join(__dirname, 'emulatorThread.js'),
      port: 0,
      state: path.join(this.storage.fsPath, 'emulator-state.json'),
      jobSpeed: Number.isFinite(speed) && speed > 0 ? speed : 1,
      world,
    });
    this.log.info(
      `Local emulator listening on ${emulator.endpoint} (region ${emulator.region}, project ${emulator.projectId}, ` +
        `${world} world)`,
    );
    return emulator;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running) await (await running.catch(() => undefined))?.close();
  }

  dispose(): void {
    void this.stop();
  }
}
