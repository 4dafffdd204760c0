import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  computeSignature,
  EMPTY_BODY_SHA256,
  formatSdkDate,
  parseAuthorization,
  parseSdkDate,
  signRequest,
  stringToSign,
  verifySignature,
  type SignableRequest,
} from '../../cloud/signing';

// Inputs and expected values from /work/shared/ecs-api/signing.md §3 (dummy credentials).
const AK = 'HWTESTAK0000EXAMPLE1';
const SK = 'HWTESTSK0000000000000000000000000EXAMPLE1';
const PROJECT = '0123456789abcdef0123456789abcdef';
const DATE = '20240101T000000Z';
const ECS = 'https://ecs.cn-north-4.myhuaweicloud.com';
const BODY =
  '{"dry_run":true,"server":{"name":"ecs-test","imageRef":"67f433d8-ed0e-4321-a8a2-a71838539e09",' +
  '"flavorRef":"s6.small.1","vpcid":"2a6f4aa6-d93e-45f5-a8cb-b030dbf8cd68",' +
  '"nics":[{"subnet_id":"ef039b60-6a14-42d1-963b-687b627fea08"}],"root_volume":{"volumetype":"SSD"}}}';
const FOUR = ['content-type', 'host', 'x-project-id', 'x-sdk-date'];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function ecsRequest(method: string, path: string, body?: string, extra: Record<string, string> = {}): SignableRequest {
  return {
    method,
    url: ECS + path,
    headers: { 'content-type': 'application/json', 'X-Project-Id': PROJECT, 'X-Sdk-Date': DATE, ...extra },
    body,
  };
}

describe('signing: test vectors from signing.md', () => {
  it('has the documented body hash', () => {
    assert.equal(BODY.length, 264);
    assert.equal(sha256(BODY), '62aeb7b9333ad9415defb3b65b404164988b0d2bed64e9e0cb06de0b75ab6198');
  });

  it('V1: dry-run create, canonical request, string to sign and Authorization', () => {
    const request = ecsRequest('POST', `/v1.1/${PROJECT}/cloudservers`, BODY);
    const canonical = canonicalRequest(request, FOUR);
    assert.equal(
      canonical,
      [
        'POST',
        `/v1.1/${PROJECT}/cloudservers/`,
        '',
        'content-type:application/json',
        'host:ecs.cn-north-4.myhuaweicloud.com',
        `x-project-id:${PROJECT}`,
        `x-sdk-date:${DATE}`,
        '',
        'content-type;host;x-project-id;x-sdk-date',
        '62aeb7b9333ad9415defb3b65b404164988b0d2bed64e9e0cb06de0b75ab6198',
      ].join('\n'),
    );
    assert.equal(
      stringToSign(canonical, DATE),
      'SDK-HMAC-SHA256\n20240101T000000Z\n236604a460e1c14a0446b9f2d7abd5c8b47f840ce03ead30c47496afd2a7c63c',
    );
    const added = signRequest(request, { ak: AK, sk: SK });
    assert.equal(
      added.Authorization,
      'SDK-HMAC-SHA256 Access=HWTESTAK0000EXAMPLE1, SignedHeaders=content-type;host;x-project-id;x-sdk-date, ' +
        'Signature=ab59273ff014c4e7a2a4d1ddb5c1e80acf1dd1e52327f3245bab43ecd8a0367a',
    );
    // The request already carried X-Sdk-Date, so it is not added again; no token → no X-Security-Token.
    assert.deepEqual(Object.keys(added), ['Authorization']);
  });

  it('V1 Go style: without content-type among the signed headers', () => {
    const request = ecsRequest('POST', `/v1.1/${PROJECT}/cloudservers`, BODY);
    assert.equal(
      computeSignature(request, SK, ['host', 'x-project-id', 'x-sdk-date'], DATE),
      'add3ce9d04f99882d0926b289cf704d784a08edeed733324eed1c5f7c65669a1',
    );
  });

  it('V2: job poll without body', () => {
    const request = ecsRequest('GET', `/v1/${PROJECT}/jobs/ff808082739334d80173943ec9b42130`);
    assert.equal(canonicalUri(request.url), `/v1/${PROJECT}/jobs/ff808082739334d80173943ec9b42130/`);
    const canonical = canonicalRequest(request, FOUR);
    assert.ok(canonical.endsWith(EMPTY_BODY_SHA256));
    assert.equal(sha256(canonical), '3d031c21854ece8015bbaf3663a3906147902ffcf9f59f7c04d985fbb17cddd2');
    assert.equal(
      computeSignature(request, SK, FOUR, DATE),
      '3495d17c1f132b94b0f1e809864cc82b7c403ec01bf05b470a4fdd9cdb202d41',
    );
  });

  it('V3: flavor list with a query string', () => {
    const request = ecsRequest('GET', `/v1/${PROJECT}/cloudservers/flavors?availability_zone=cn-north-4a`);
    assert.equal(canonicalUri(request.url), `/v1/${PROJECT}/cloudservers/flavors/`);
    assert.equal(canonicalQueryString(request.url), 'availability_zone=cn-north-4a');
    assert.equal(
      sha256(canonicalRequest(request, FOUR)),
      '74acda57b0d8ab70d4085851a97876aaf0201918cae56c16dfb39b04bac3f77d',
    );
    assert.equal(
      computeSignature(request, SK, FOUR, DATE),
      '1ec687043fee509f733009ad5665fc4b9863bdb0afa1278e4bb96962820feb34',
    );
  });

  it('V4: IAM project lookup without X-Project-Id', () => {
    const request: SignableRequest = {
      method: 'GET',
      url: 'https://iam.cn-north-4.myhuaweicloud.com/v3/projects?name=cn-north-4',
      headers: { 'content-type': 'application/json', 'X-Sdk-Date': DATE },
    };
    const names = ['content-type', 'host', 'x-sdk-date'];
    assert.equal(
      sha256(canonicalRequest(request, names)),
      'cb8a9a4dfdc25c3a2d39bc4ae40c363801b8befdad0785ccef2422792e8f4aff',
    );
    const added = signRequest(request, { ak: AK, sk: SK });
    assert.match(
      added.Authorization,
      new RegExp(
        /SignedHeaders=content-type;host;x-sdk-date, /.source +
          /Signature=013d03caa25fd754d08d45192683ef93320dfda227bb2381201c3e351ed97b0a$/.source,
      ),
    );
  });

  it('V5: client token and temporary credentials', () => {
    const request = ecsRequest('POST', `/v1.1/${PROJECT}/cloudservers`, BODY, {
      'X-Client-Token': '46436810-d999-454c-bd85-e515fd258600',
    });
    const added = signRequest(request, { ak: AK, sk: SK, securityToken: 'EXAMPLE-SECURITY-TOKEN' });
    assert.equal(added['X-Security-Token'], 'EXAMPLE-SECURITY-TOKEN');
    const names = 'content-type;host;x-client-token;x-project-id;x-sdk-date;x-security-token'.split(';');
    const withToken = { ...request, headers: { ...request.headers, 'X-Security-Token': 'EXAMPLE-SECURITY-TOKEN' } };
    assert.equal(
      sha256(canonicalRequest(withToken, names)),
      'a3ed0c77a81494c362c75521ec83eaa65f0006c4fa433e84f0aad0fee370f55b',
    );
    assert.equal(
      added.Authorization,
      `SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=${names.join(';')}, ` +
        `Signature=6b5a1a8c0b3893369e71f7837c2f3ab31fbb58d5ff17b4d71ec244768eebdcf6`,
    );
  });
});

describe('signing: details', () => {
  it('adds X-Sdk-Date from the clock when the request has none', () => {
    const request: SignableRequest = { method: 'GET', url: `${ECS}/v1/${PROJECT}/cloudservers/detail`, headers: {} };
    const added = signRequest(request, { ak: AK, sk: SK }, new Date(Date.UTC(2024, 0, 1)));
    assert.equal(added['X-Sdk-Date'], DATE);
    assert.match(added.Authorization, /SignedHeaders=host;x-sdk-date,/);
  });

  it('formats and parses X-Sdk-Date', () => {
    const date = new Date(Date.UTC(2025, 11, 31, 23, 59, 58, 999));
    assert.equal(formatSdkDate(date), '20251231T235958Z');
    assert.equal(parseSdkDate('20251231T235958Z')?.getTime(), Date.UTC(2025, 11, 31, 23, 59, 58));
    for (const bad of ['20251331T000000Z', '2025-12-31T00:00:00Z', '20251231T000000', '20250230T000000Z', '']) {
      assert.equal(parseSdkDate(bad), undefined, bad);
    }
  });

  it('parses Authorization headers and rejects malformed ones', () => {
    assert.deepEqual(parseAuthorization('SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=abc'), {
      algorithm: 'SDK-HMAC-SHA256',
      ak: 'AK1',
      signedHeaders: ['host', 'x-sdk-date'],
      signature: 'abc',
    });
    assert.equal(parseAuthorization('SDK-HMAC-SHA256 Access=AK1, Signature=abc'), undefined);
    assert.equal(parseAuthorization('Bearer xyz'), undefined);
    assert.equal(parseAuthorization(''), undefined);
  });

  it('decodes and strictly re-encodes path segments; keeps a trailing slash once', () => {
    assert.equal(canonicalUri('https://h.example/a%20b/c d/'), '/a%20b/c%20d/');
    assert.equal(canonicalUri('https://h.example/x%21y/%C3%BC(1)'), '/x%21y/%C3%BC%281%29/');
    assert.equal(canonicalUri('https://h.example/a%2Fb'), '/a%2Fb/');
    assert.equal(canonicalUri('https://h.example'), '/');
    // Invalid percent-encoding is kept literally (and its % escaped).
    assert.equal(canonicalUri('https://h.example/100%zz'), '/100%25zz/');
  });

  it('sorts repeated query names by value and reads + as a space', () => {
    assert.equal(canonicalQueryString('https://h.example/p?b=2&a=z&a=y&c&a=x+1'), 'a=x%201&a=y&a=z&b=2&c=');
    assert.equal(canonicalQueryString('https://h.example/p?'), '');
    assert.equal(canonicalQueryString('https://h.example/p?n=%E4%B8%AD*'), 'n=%E4%B8%AD%2A');
  });

  it('hashes Uint8Array and string bodies the same; honours X-Sdk-Content-Sha256', () => {
    const base = ecsRequest('POST', '/x', BODY);
    const asBytes = { ...base, body: new TextEncoder().encode(BODY) };
    assert.equal(computeSignature(base, SK, FOUR, DATE), computeSignature(asBytes, SK, FOUR, DATE));
    const unsigned = { ...base, headers: { ...base.headers, 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' } };
    assert.ok(canonicalRequest(unsigned, FOUR).endsWith('\nUNSIGNED-PAYLOAD'));
  });

  it('verifies a signed request and reports why a bad one fails', () => {
    const now = new Date(Date.UTC(2024, 0, 1, 0, 5));
    const request = ecsRequest('POST', `/v1.1/${PROJECT}/cloudservers`, BODY);
    const signed = { ...request, headers: { ...request.headers, ...signRequest(request, { ak: AK, sk: SK }) } };
    const secretFor = (ak: string) => (ak === AK ? SK : undefined);
    assert.deepEqual(verifySignature(signed, { now, secretFor }), { ok: true, ak: AK });
    const tampered = { ...signed, body: BODY.replace('ecs-test', 'ecs-evil') };
    assert.equal(verifySignature(tampered, { now, secretFor }).ok, false);
    const late = verifySignature(signed, { now: new Date(Date.UTC(2024, 0, 1, 0, 16)), secretFor });
    assert.equal(late.ok, false);
    assert.match(late.ok ? '' : late.reason, /15 minutes/);
    assert.equal(verifySignature(signed, { now, secretFor: () => undefined }).ok, false);
    const missing = verifySignature(request, { now, secretFor });
    assert.match(missing.ok ? '' : missing.reason, /Authorization/);
  });
});
