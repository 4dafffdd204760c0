import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildSubmitSummary } from '../../client/submit/summary';

const target = { profileName: 'Local emulator', region: 'cn-north-4', projectId: 'p123' };
const value = (summary: ReturnType<typeof buildSubmitSummary>, label: string) =>
  summary.lines.find((l) => l.label === label)?.value;

describe('buildSubmitSummary', () => {
  it('sums up a pay-per-use request', () => {
    const s = buildSubmitSummary(
      {
        server: {
          name: 'web',
          flavorRef: 's6.small.1',
          imageRef: 'img-1',
          availability_zone: 'cn-north-4a',
          root_volume: { volumetype: 'SSD', size: 40 },
        },
      },
      target,
    );
    assert.equal(s.message, 'Create 1 ECS server in cn-north-4 with profile "Local emulator"?');
    assert.equal(value(s, 'Servers'), '1 server named "web"');
    assert.equal(value(s, 'Project'), 'p123');
    assert.equal(value(s, 'Disks'), 'system SSD 40 GB; no data disks');
    assert.equal(value(s, 'EIP and bandwidth'), 'none');
    assert.match(value(s, 'Billing') ?? '', /^pay-per-use/);
    assert.match(s.detail, /^Profile: Local emulator\nRegion: cn-north-4\n/);
  });

  it('names the numbered servers of a batch', () => {
    const s = buildSubmitSummary({ server: { name: 'web', count: 3 } }, target);
    assert.equal(value(s, 'Servers'), '3 servers named "web-0001" to "web-0003"');
    assert.match(s.message, /^Create 3 ECS servers/);
    const same = buildSubmitSummary({ server: { name: 'web', count: 2, isAutoRename: true } }, target);
    assert.equal(value(same, 'Servers'), '2 servers, all named "web"');
  });

  it('describes yearly/monthly billing with period, auto-renew and auto-pay', () => {
    const s = buildSubmitSummary(
      {
        server: {
          extendparam: {
            chargingMode: 'prePaid',
            periodType: 'month',
            periodNum: 3,
            isAutoRenew: 'true',
            isAutoPay: 'false',
          },
        },
      },
      target,
    );
    assert.equal(
      value(s, 'Billing'),
      'yearly/monthly for 3 month(s); auto-renew on; order left unpaid until you pay it',
    );
    const paid = buildSubmitSummary(
      { server: { extendparam: { chargingMode: 'prePaid', periodType: 'year', periodNum: 1, isAutoPay: 'true' } } },
      target,
    );
    assert.match(value(paid, 'Billing') ?? '', /auto-renew off; paid automatically/);
  });

  it('describes a spot request', () => {
    const s = buildSubmitSummary({ server: { extendparam: { marketType: 'spot', spotPrice: '0.05' } } }, target);
    assert.match(value(s, 'Billing') ?? '', /spot \(highest price 0\.05\/hour\)/);
  });

  it('describes the EIP, its bandwidth and the data disks', () => {
    const s = buildSubmitSummary(
      {
        server: {
          publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5, chargemode: 'traffic' } } },
          data_volumes: [
            { volumetype: 'SSD', size: 100 },
            { volumetype: 'GPSSD2', size: 200 },
          ],
        },
      },
      target,
    );
    assert.equal(value(s, 'EIP and bandwidth'), 'new EIP (5_bgp), dedicated bandwidth 5 Mbit/s billed by traffic');
    assert.equal(value(s, 'Disks'), 'system ? (image minimum size); 2 data disks: SSD 100 GB, GPSSD2 200 GB');
    const existing = buildSubmitSummary({ server: { publicip: { id: 'eip-1' } } }, target);
    assert.equal(value(existing, 'EIP and bandwidth'), 'existing EIP eip-1');
  });

  it('never shows the password or user data', () => {
    const s = buildSubmitSummary(
      { server: { name: 'web', adminPass: 'Secr3t!Pass', user_data: 'c2VjcmV0' } },
      { ...target, projectId: undefined },
    );
    assert.ok(!s.detail.includes('Secr3t!Pass'));
    assert.ok(!s.detail.includes('c2VjcmV0'));
    assert.equal(value(s, 'Project'), 'looked up from the region when sending');
  });
});
