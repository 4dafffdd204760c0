/** `ecs-request catalog` and `ecs-request emulator --world large` as a user runs them (child processes). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { signedRequest } from '../support/emulatorRequests';
import type { RunningEmulator } from '../../emulator';
import { CLI_JS, cleanEnv, runCli } from './runCli';

describe('ecs-request catalog', () => {
  it("summarises the large world's snapshot as JSON: counts per kind, all known", async () => {
    const run = await runCli(['catalog', '--emulator', '--world', 'large', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.equal(summary.schemaVersion, 1);
    assert.equal(summary.profile, 'Local emulator');
    const counts = Object.fromEntries(summary.kinds.map((k: any) => [k.kind, k.count]));
    assert.equal(counts.images, 2003);
    assert.equal(counts.flavors, 305);
    assert.equal(counts.subnets, 40);
    assert.ok(summary.kinds.every((k: any) => k.state === 'known'));
  });

  it('prints a readable table and saves the whole snapshot with --save', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-catalog-'));
    const file = path.join(dir, 'snapshot.json');
    try {
      const run = await runCli(['catalog', '--emulator', '--save', file]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^ {2}flavors +5$/m);
      assert.match(run.stdout, /All 15 lists are known\./);
      const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(snapshot.parts.flavors.items.length, 5);
      assert.equal(snapshot.region, 'cn-north-4');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses --world without --emulator, an unknown world, and a missing target with clear messages', async () => {
    const noEmulator = await runCli(['catalog', '--world', 'large']);
    assert.equal(noEmulator.code, 2);
    assert.match(noEmulator.stderr, /--world works only with --emulator/);
    const unknownWorld = await runCli(['catalog', '--emulator', '--world', 'huge']);
    assert.equal(unknownWorld.code, 2);
    assert.match(unknownWorld.stderr, /--world must be default or large/);
    const noTarget = await runCli(['catalog']);
    assert.equal(noTarget.code, 3);
    assert.match(noTarget.stderr, /--emulator/);
    const help = await runCli(['catalog', '--help']);
    assert.match(help.stdout, /Usage: ecs-request catalog/);
  });
});

describe('ecs-request emulator --world large', () => {
  it('serves the large world until stopped', async () => {
    const child = spawn(process.execPath, [CLI_JS, 'emulator', '--world', 'large', '--json'], { env: cleanEnv() });
    try {
      const first = await new Promise<string>((resolve, reject) => {
        const lines = createInterface({ input: child.stdout });
        lines.once('line', resolve);
        child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
      });
      const started = JSON.parse(first) as RunningEmulator;
      const images = await signedRequest(started, 'GET', '/v2/cloudimages?limit=5000');
      assert.equal(images.status, 200);
      assert.ok(images.json.images.length >= 2000);
      const flavors = await signedRequest(started, 'GET', `/v1/${started.projectId}/cloudservers/flavors`);
      assert.ok(flavors.json.flavors.some((f: any) => f.os_extra_specs['ecs:instance_architecture'] === 'arm64'));
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
