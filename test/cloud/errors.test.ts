import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancelledError,
  EcsApiError,
  errorFromResponse,
  MissingCredentialsError,
  NetworkError,
  ProjectLookupError,
  TimeoutError,
} from '../../cloud/errors';
import { lookupErrorCode } from '../../cloud/errorCatalog';

describe('errorFromResponse', () => {
  it('ECS shape with details', () => {
    const error = errorFromResponse({
      status: 400,
      bodyText: JSON.stringify({
        error: { code: 'Ecs.0005', message: 'bad', details: [{ code: 'Ecs.0039', message: 'ip' }, 'junk'] },
      }),
      requestId: 'h-1',
    });
    assert.ok(error instanceof EcsApiError);
    assert.equal(error.code, 'Ecs.0005');
    assert.equal(error.message, 'Ecs.0005: bad');
    assert.equal(error.requestId, 'h-1');
    assert.deepEqual(error.details, [{ code: 'Ecs.0039', message: 'ip' }]);
    assert.match(error.describe(), /^Ecs\.0005 \(HTTP 400\): bad \[Ecs\.0039: ip\]\. .+ Request ID: h-1\.$/);
  });

  it('gateway shape takes the request id from the body', () => {
    const error = errorFromResponse({
      status: 429,
      bodyText: '{"error_code":"APIGW.0308","error_msg":"over ratelimit","request_id":"gw"}',
    });
    assert.equal(error?.code, 'APIGW.0308');
    assert.equal(error?.requestId, 'gw');
    assert.equal(error?.throttled, true);
    assert.equal(error?.retryable, true);
  });

  it('Common.0024 inside an HTTP 202 is an error (throttled); a plain 202 is not', () => {
    const throttled = errorFromResponse({
      status: 202,
      bodyText: '{"error":{"code":"Common.0024","message":"flow control"}}',
    });
    assert.equal(throttled?.throttled, true);
    assert.equal(errorFromResponse({ status: 202, bodyText: '' }), undefined);
    assert.equal(errorFromResponse({ status: 200, bodyText: '{"job_id":"x"}' }), undefined);
  });

  it('a FAIL job answer (200 with error_code) is a result, not an error', () => {
    assert.equal(
      errorFromResponse({
        status: 200,
        bodyText: '{"status":"FAIL","job_id":"j","error_code":"Ecs.0204","fail_reason":"x"}',
      }),
      undefined,
    );
  });

  it('a failed job query ({code, message}) and Nova-style bodies', () => {
    assert.equal(
      errorFromResponse({ status: 400, bodyText: '{"code":"Common.0011","message":"invalid job id"}' })?.code,
      'Common.0011',
    );
    const nova = errorFromResponse({ status: 404, bodyText: '{"itemNotFound":{"message":"not found","code":404}}' });
    assert.equal(nova?.code, 'HTTP.404');
    assert.equal(nova?.serviceMessage, 'not found');
  });

  it('non-JSON bodies give HTTP.<status> with a short snippet, redacted', () => {
    const error = errorFromResponse(
      { status: 502, bodyText: '<html>bad gateway SECRET-123</html>' + 'x'.repeat(500) },
      (t) => t.replace('SECRET-123', '***'),
    );
    assert.equal(error?.code, 'HTTP.502');
    assert.ok((error?.serviceMessage.length ?? 0) <= 200);
    assert.ok(!error?.serviceMessage.includes('SECRET-123'));
    assert.equal(error?.retryable, true);
  });

  it('credential codes are flagged so nobody retries them', () => {
    const error = errorFromResponse({ status: 401, bodyText: '{"error_code":"APIGW.0301","error_msg":"x"}' });
    assert.equal(error?.credentialProblem, true);
    assert.equal(error?.retryable, false);
  });

  it('unknown codes fall back to a detail code, then to the HTTP status', () => {
    const viaDetail = new EcsApiError({
      code: 'Ecs.9999',
      message: 'x',
      httpStatus: 400,
      details: [{ code: 'Ecs.0018' }],
    });
    assert.match(viaDetail.explanation, /sold out/);
    const viaStatus = new EcsApiError({ code: 'Ecs.9999', message: 'x', httpStatus: 403 });
    assert.match(viaStatus.explanation, /not allowed/);
  });
});

describe('error catalog', () => {
  it('has advice for the create-related codes and matches case-insensitively', () => {
    for (const code of [
      'Ecs.0001',
      'Ecs.0005',
      'Ecs.0011',
      'Ecs.0018',
      'Ecs.0122',
      'Ecs.0314',
      'Ecs.7000',
      'Common.0024',
      'APIGW.0301',
      'APIGW.0308',
      'Pdp.0001',
    ]) {
      const entry = lookupErrorCode(code);
      assert.ok(entry && entry.explanation && entry.whatToDo, code);
    }
    assert.equal(lookupErrorCode('ecs.0018'), lookupErrorCode('Ecs.0018'));
    assert.equal(lookupErrorCode('Nope.1'), undefined);
  });
});

describe('other errors have clear messages', () => {
  it('network, timeout, cancelled, missing credentials, project lookup', () => {
    const refused = new NetworkError({
      host: 'ecs.cn-north-4.myhuaweicloud.com',
      code: 'ECONNREFUSED',
      requestMayHaveBeenSent: false,
    });
    assert.match(
      refused.message,
      new RegExp(
        /ecs\.cn-north-4\.myhuaweicloud\.com: the connection was refused\. /.source +
          /Check the network connection, the proxy settings and the endpoint\./.source,
      ),
    );
    assert.match(new TimeoutError('h', 30_000).message, /did not answer within 30 s/);
    assert.equal(new CancelledError().message, 'The request was cancelled.');
    assert.match(new MissingCredentialsError().message, /HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/);
    assert.match(new ProjectLookupError('cn-north-99', 0).message, /no project named "cn-north-99"/);
  });
});

describe('EcsApiError.describe punctuation', () => {
  it('does not double the full stop when the service message already ends a sentence', () => {
    const error = errorFromResponse({
      status: 400,
      bodyText: JSON.stringify({ error: { code: 'Ecs.0074', message: 'Choose a Linux image.' } }),
      requestId: 'r-1',
    });
    assert.ok(error instanceof EcsApiError);
    assert.doesNotMatch(error.describe(), /\.\./);
    assert.match(error.describe(), /^Ecs\.0074 \(HTTP 400\): Choose a Linux image\. /);
  });
});
