import * as path from 'path';
import * as vscode from 'vscode';
import type { RunningEmulator, WorldName } from '../../emulator';

/**
 * The bundled ECS emulator, started in this process the first time the "Local emulator" profile
 * is used, and stopped with the extension. Its jobs and servers are kept in the extension's
 * global storage, so jobs can be followed after a reload.
 */
export class EmulatorHost implements vscode.Disposable {
  private running?: Promise<RunningEmulator>;

  constructor(
    private readonly storage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    /** The world to seed at the next start (the setting `ecs.emulator.world`). */
    private readonly world: () => WorldName = () => 'default',
  ) {}

  ensure(): Promise<RunningEmulator> {
    if (!this.running) {
      this.running = this.start();
      this.running.catch(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async start(): Promise<RunningEmulator> {
    await vscode.workspace.fs.createDirectory(this.storage);
    const speed = Number(process.env.ECS_EMULATOR_JOB_SPEED ?? '1');
    // The emulator is a bundle of its own (dist/emulator.js), loaded when first used.
    const { startEmulator } = await import('../../emulator');
    const world = this.world();
    const emulator = await startEmulator({
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
