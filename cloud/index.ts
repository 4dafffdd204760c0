/**
 * Cloud core: plain Node (no vscode, no language service). Everything the CLI, the extension
 * and the emulator tests need to talk to Huawei Cloud ECS.
 *
 * - signing.ts      SDK-HMAC-SHA256 AK/SK signing: signRequest (client), parseAuthorization,
 *                   computeSignature, verifySignature (server side / emulator).
 * - credentials.ts  Credentials {ak, sk, securityToken?}, credentialsFromEnv (HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN).
 * - endpoints.ts    resolveEndpoint(service, region, overrides) for ecs, iam, vpc, ims, evs, kps, bss, eps;
 *                   `regions` with display names. Override `all` to point every service at the emulator.
 * - ecsClient.ts    EcsClient: createServers (dry run, X-Client-Token, v1.1/v1), getJob, listServers,
 *                   lookupProjectId, listFlavors/AvailabilityZones/Images/Vpcs/Subnets/SecurityGroups/
 *                   KeyPairs/ServerGroups/VolumeTypes, payOrder. Paths used (emulator contract):
 *                     ECS  POST /v1.1/{p}/cloudservers, POST /v1/{p}/cloudservers, GET /v1/{p}/jobs/{id},
 *                          GET /v1/{p}/cloudservers/detail, GET /v1/{p}/cloudservers/flavors[?availability_zone],
 *                          GET /v2.1/{p}/os-availability-zone, GET /v2.1/{p}/os-keypairs,
 *                          GET /v1/{p}/cloudservers/os-server-groups
 *                     IAM  GET /v3/projects?name={region}
 *                     IMS  GET /v2/cloudimages?status=active[&__imagetype&__os_type&flavor_id&limit]
 *                     VPC  GET /v1/{p}/vpcs, GET /v1/{p}/subnets[?vpc_id], GET /v3/{p}/vpc/security-groups
 *                     EVS  GET /v2/{p}/types
 *                     BSS  POST /v3/orders/customer-orders/pay {order_id, use_coupon, use_discount}
 *                   Headers: Content-Type application/json;charset=utf-8, X-Project-Id (project-scoped
 *                   services), X-Client-Token (create), X-Sdk-Date, Authorization, User-Agent (unsigned).
 * - errors.ts       EcsApiError (both body shapes, explanation/whatToDo from errorCatalog.ts),
 *                   NetworkError, TimeoutError, CancelledError, MissingCredentialsError, ProjectLookupError.
 * - retry.ts        withRetries / shouldRetry: throttling always; 5xx, timeouts and lost connections
 *                   only for idempotent requests (GET, or create with its one X-Client-Token).
 * - emulatorTarget.ts emulatorClientOptions: client options for a local emulator (URL, keys, project, no proxy).
 * - httpClient.ts   undici transport: one keep-alive dispatcher, proxy (env or explicit), timeout, abort.
 * - prepare.ts      prepareRequest(text, 'json'|'yaml', {env, secrets}) → exact JSON body; withDryRun.
 * - redact.ts       redactBody, redactText, Logger, createRedactingLogger, createLineLogger.
 * - jobStatus.ts    job statuses and their meaning (finished, waiting for payment, …): isFinished, stopsPolling.
 * - errorFields.ts  the request fields a cloud error points at (fieldProblems), from errorCatalog.ts and the message.
 * - jobTracker.ts   JobTracker: polls a job with backoff until success/failed/pending-payment/expired/
 *                   stopped/timed-out/cancelled; 'update' events; toJSON/fromJSON to resume.
 * - catalog/        fetchAccountSnapshot: every list the editor needs (flavors, images, subnets, quotas, …),
 *                   paged to the end, bounded, 4 requests in flight → an AccountSnapshot (request/).
 */
export * from './apiTypes';
export * from './catalog';
export * from './credentials';
export * from './ecsClient';
export * from './emulatorTarget';
export * from './endpoints';
export * from './errorCatalog';
export * from './errorFields';
export * from './errors';
export * from './fingerprint';
export * from './httpClient';
export * from './jobStatus';
export * from './jobTracker';
export * from './lostSubmit';
export * from './preflight';
export * from './prepare';
export * from './redact';
export * from './refusalFixes';
export * from './retry';
export * from './signing';
