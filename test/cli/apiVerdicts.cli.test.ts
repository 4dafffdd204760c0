/**
 * Issue 11 through the built CLI (the bundle, with the validator generated at build time): valid
 * requests the API page allows pass `ecs-request lint` (warnings do not stop it), and a NIC
 * without subnet_id or port_id fails it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';
import { SEEDED, validBody } from '../support/requestBuilder';

const SUBNET = SEEDED.subnetApp;
const server = (fields: Record<string, unknown>) => validBody(fields);

interface Report {
  readonly errorCount: number;
  readonly files: { readonly diagnostics: { readonly code: string; readonly severity: string }[] }[];
}

describe('ecs-request lint agrees with the API page (issue 11)', () => {
  let directory = '';
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'ecs-verdicts-'));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  const write = (name: string, body: unknown) => {
    const file = join(directory, name);
    writeFileSync(file, JSON.stringify(body, null, 2));
    return file;
  };

  it('accepts empty automatic values, chargemode bandwidth, wrapped user_data, a string hw:passthrough', async () => {
    const encoded = Buffer.from('#!/bin/bash\necho "hello from a wrapped script" > /tmp/x\n'.repeat(3)).toString(
      'base64',
    );
    const file = write(
      'valid.ecs.json',
      server({
        availability_zone: '',
        nics: [{ subnet_id: SUBNET, ip_address: '', allowed_address_pairs: [{ ip_address: '' }] }],
        publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5, chargemode: 'bandwidth' } } },
        user_data: encoded.replace(/(.{76})/g, '$1\n'),
        root_volume: { volumetype: 'SSD', size: 40, 'hw:passthrough': 'true' },
        tags: ['env.test'],
      }),
    );
    const run = await runCli(['lint', '--format', 'json', file]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    assert.equal(report.errorCount, 0);
    const found = report.files[0].diagnostics.map((d) => `${d.severity} ${d.code}`).sort();
    assert.deepEqual(found, ['hint ECS-R40', 'warning ECS-R09', 'warning ECS-R37']);
  });

  it('refuses a NIC with neither subnet_id nor port_id (exit 1, ECS-R43)', async () => {
    const file = write('no-subnet.ecs.json', server({ nics: [{ ip_address: '10.0.1.10' }] }));
    const run = await runCli(['lint', file]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /error ECS-R43 nics\[0\] has neither subnet_id nor port_id/);
  });
});
