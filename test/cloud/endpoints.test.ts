import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findRegion, regions, resolveEndpoint, SERVICE_NAMES } from '../../cloud/endpoints';
import { credentialsFromEnv } from '../../cloud/credentials';

describe('endpoints', () => {
  it('regional services, global IAM fallback, KPS on the KMS host, BSS sites', () => {
    assert.equal(resolveEndpoint('ecs', 'cn-north-4'), 'https://ecs.cn-north-4.myhuaweicloud.com');
    assert.equal(resolveEndpoint('vpc', 'ap-southeast-1'), 'https://vpc.ap-southeast-1.myhuaweicloud.com');
    assert.equal(resolveEndpoint('iam', 'cn-north-4'), 'https://iam.cn-north-4.myhuaweicloud.com');
    assert.equal(resolveEndpoint('iam', 'cn-south-4'), 'https://iam.myhuaweicloud.com');
    assert.equal(resolveEndpoint('kps', 'cn-north-4'), 'https://kms.cn-north-4.myhuaweicloud.com');
    assert.equal(resolveEndpoint('bss', 'cn-north-4'), 'https://bss.myhuaweicloud.com');
    assert.equal(resolveEndpoint('bss', 'ap-southeast-1', {}, 'intl'), 'https://bss-intl.myhuaweicloud.com');
    assert.equal(resolveEndpoint('eps', 'cn-north-4'), 'https://eps.myhuaweicloud.com');
  });

  it('overrides: per service first, then all; trailing slashes dropped', () => {
    const overrides = { all: 'http://127.0.0.1:9000/', iam: 'http://127.0.0.1:9001' };
    assert.equal(resolveEndpoint('ecs', 'cn-north-4', overrides), 'http://127.0.0.1:9000');
    assert.equal(resolveEndpoint('iam', 'cn-north-4', overrides), 'http://127.0.0.1:9001');
    for (const service of SERVICE_NAMES)
      assert.match(resolveEndpoint(service, 'x', { all: 'https://e' }), /^https:\/\/e$/);
  });

  it('refuses something that is not a region id', () => {
    assert.throws(() => resolveEndpoint('ecs', 'Beijing 4'), /not a region id/);
  });

  it('lists the regions with display names', () => {
    assert.equal(regions.length, 33);
    assert.equal(findRegion('cn-north-4')?.displayName, 'CN North-Beijing4');
    assert.equal(findRegion('ap-southeast-1')?.displayName, 'CN-Hong Kong');
    assert.equal(new Set(regions.map((r) => r.id)).size, 33);
  });

  it('credentials from the SDK environment variables', () => {
    assert.deepEqual(credentialsFromEnv({ HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: ' SK ' }), {
      ak: 'AK',
      sk: 'SK',
    });
    assert.equal(credentialsFromEnv({ HUAWEICLOUD_SDK_AK: 'AK' }), undefined);
    assert.equal(
      credentialsFromEnv({ HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: 'SK', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'T' })
        ?.securityToken,
      'T',
    );
  });
});
