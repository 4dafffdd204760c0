/**
 * Typed client for the ECS calls the tools need: create (with dry run and idempotency), job
 * status, server list, project lookup, the look-up lists used for completion, and order payment.
 * Every call is signed (signing.ts), retried where safe (retry.ts), bounded in time, cancellable,
 * and logged through redaction (redact.ts) as: method, path, status, duration, request id.
 */
import { randomUUID } from 'node:crypto';
import type { Dispatcher } from 'undici';
import {
  listFrom,
  parseJob,
  type AvailabilityZone,
  type CreateApiVersion,
  type CreateServersResult,
  type EcsJob,
  type Flavor,
  type Image,
  type JsonObject,
  type KeyPair,
  type PayOrderResult,
  type Project,
  type SecurityGroup,
  type Server,
  type ServerGroup,
  type Subnet,
  type VolumeType,
  type Vpc,
} from './apiTypes';
import {
  credentialSecrets,
  CREDENTIAL_FIELD_NAMES,
  resolveCredentials,
  unusableCredentialField,
  type CredentialSource,
  type Credentials,
} from './credentials';
import {
  checkProjectId,
  checkResourceId,
  resolveEndpoint,
  type BillingSite,
  type EndpointOverrides,
  type ServiceName,
} from './endpoints';
import { errorFromResponse, InvalidTargetError, MissingCredentialsError, ProjectLookupError } from './errors';
import { isClientToken, requestFingerprint } from './fingerprint';
import { HttpClient, type HttpResponse, type ProxySetting } from './httpClient';
import { withDryRun } from './prepare';
import { createRedactingLogger, redactText, silentLogger, type Logger } from './redact';
import { parseRetryAfter, realRetryEnvironment, withRetries, type RetryEnvironment, type RetryPolicy } from './retry';
import { encodeSigningComponent, signRequest } from './signing';

export interface EcsClientOptions {
  region: string;
  /** AK/SK, or a function that loads them when the first call needs them. */
  credentials?: CredentialSource;
  /** Appended to MissingCredentialsError: where to store the AK/SK in the calling tool. */
  missingCredentialsHint?: string;
  /** Skips the IAM lookup when given. */
  projectId?: string;
  endpoints?: EndpointOverrides;
  billingSite?: BillingSite;
  /** Default: HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment. */
  proxy?: ProxySetting;
  /** Share or inject a dispatcher; `proxy` is then ignored. */
  dispatcher?: Dispatcher;
  /** Limit for one attempt (default 30 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  retryEnvironment?: Partial<RetryEnvironment>;
  logger?: Logger;
  userAgent?: string;
  /** Clock for X-Sdk-Date (tests). */
  now?: () => Date;
  /** More strings to keep out of logs and errors (e.g. filled-in secret placeholders). */
  extraSecrets?: () => readonly string[];
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface CreateServersOptions extends CallOptions {
  /** Set or clear `dry_run` in the body. Omit to send the body as it is. */
  dryRun?: boolean;
  /** Reuse a token to replay a submission (same body!). A new UUID otherwise. */
  clientToken?: string;
  apiVersion?: CreateApiVersion;
  /**
   * Called once before the first attempt is sent, with the token and fingerprint: record them
   * (journal, job store) so that a lost answer can be retried with the same token. If it throws,
   * nothing is sent.
   */
  beforeSend?: (intent: CreateIntent) => void | Promise<void>;
}

/** What a create call will send, known before it is sent. */
export interface CreateIntent {
  readonly clientToken: string;
  /** The exact body text. */
  readonly bodyText: string;
  readonly dryRun: boolean;
  /** ECS base URL, region, project and path the request goes to. */
  readonly endpoint: string;
  readonly region: string;
  readonly projectId: string;
  readonly path: string;
  /** requestFingerprint(bodyText, target): the same for the same body to the same target. */
  readonly fingerprint: string;
}

export interface ListFlavorsOptions extends CallOptions {
  availabilityZone?: string;
}

export interface ListImagesOptions extends CallOptions {
  /** `gold` (public), `private`, `shared`, `market`. */
  imageType?: string;
  osType?: 'Linux' | 'Windows' | 'Other';
  /** Default `active`: the only status a server can be created from. */
  status?: string;
  flavorId?: string;
  limit?: number;
}

export interface GetJsonOptions extends CallOptions {
  query?: Record<string, string | number | undefined>;
  /** Send X-Project-Id (default true; false for global services such as EPS). */
  projectScoped?: boolean;
}

export interface PayOrderOptions extends CallOptions {
  useCoupon?: boolean;
  useDiscount?: boolean;
}

interface CallSpec extends CallOptions {
  service: ServiceName;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: string;
  /** Send X-Project-Id (project-scoped services). */
  projectScoped: boolean;
  clientToken?: string;
  /** GET, or a request that carries a client token. */
  idempotent: boolean;
}

interface CallResult {
  status: number;
  json: unknown;
  requestId?: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const CONTENT_TYPE = 'application/json;charset=utf-8';

export class EcsClient {
  readonly region: string;
  private readonly http: HttpClient;
  private readonly logger: Logger;
  private readonly projectIds = new Map<string, string>();
  private currentCredentials?: Credentials;

  constructor(private readonly options: EcsClientOptions) {
    this.region = options.region;
    this.http = new HttpClient({ proxy: options.proxy, dispatcher: options.dispatcher });
    this.logger = createRedactingLogger(options.logger ?? silentLogger, () => this.secrets());
  }

  /** Strings that must never leave this client as text. */
  private secrets(): string[] {
    return [...credentialSecrets(this.currentCredentials), ...(this.options.extraSecrets?.() ?? [])];
  }

  private redact = (text: string): string => redactText(text, this.secrets());

  async close(): Promise<void> {
    await this.http.close();
  }

  // -------------------------------------------------------------------------------------------
  // Create and jobs

  /**
   * Submits a create request (V1.1 by default). The body is sent as given (a string is sent
   * byte for byte) unless `dryRun` is set. All retries carry the same X-Client-Token.
   */
  /**
   * The token, exact body, target and fingerprint a create call would use, without sending it.
   * `createServers` with the same arguments sends exactly this.
   */
  async describeCreate(body: string | JsonObject, options: CreateServersOptions = {}): Promise<CreateIntent> {
    let value: JsonObject | undefined = typeof body === 'string' ? undefined : body;
    let text = typeof body === 'string' ? body : JSON.stringify(body);
    if (options.dryRun !== undefined) {
      value = withDryRun(value ?? (JSON.parse(text) as JsonObject), options.dryRun);
      text = JSON.stringify(value);
    }
    if (options.clientToken !== undefined && !isClientToken(options.clientToken)) {
      throw new InvalidTargetError(
        'An X-Client-Token must be a lower-case UUID such as 46436810-d999-454c-bd85-e515fd258600.',
      );
    }
    const clientToken = options.clientToken ?? randomUUID();
    const projectId = await this.projectId(options.signal);
    const path = `/${options.apiVersion ?? 'v1.1'}/${encodeURIComponent(projectId)}/cloudservers`;
    const endpoint = resolveEndpoint('ecs', this.region, this.options.endpoints, this.options.billingSite);
    const target = { endpoint, region: this.region, projectId, path };
    return {
      clientToken,
      bodyText: text,
      dryRun: (value ?? safeParse(text))?.dry_run === true,
      ...target,
      fingerprint: await requestFingerprint(text, target),
    };
  }

  /**
   * Submits a create request (V1.1 by default). The body is sent as given (a string is sent
   * byte for byte) unless `dryRun` is set. All retries carry the same X-Client-Token.
   */
  async createServers(body: string | JsonObject, options: CreateServersOptions = {}): Promise<CreateServersResult> {
    const intent = await this.describeCreate(body, options);
    await options.beforeSend?.(intent);
    const result = await this.call({
      service: 'ecs',
      method: 'POST',
      path: intent.path,
      body: intent.bodyText,
      projectScoped: true,
      clientToken: intent.clientToken,
      idempotent: true,
      signal: options.signal,
    });
    const json = (result.json ?? {}) as JsonObject;
    return {
      ok: true,
      dryRun: intent.dryRun,
      status: result.status,
      jobId: typeof json.job_id === 'string' ? json.job_id : undefined,
      orderId: typeof json.order_id === 'string' ? json.order_id : undefined,
      serverIds: Array.isArray(json.serverIds)
        ? json.serverIds.filter((s): s is string => typeof s === 'string')
        : undefined,
      requestId: result.requestId,
      clientToken: intent.clientToken,
    };
  }

  async getJob(jobId: string, options: CallOptions = {}): Promise<EcsJob> {
    const projectId = await this.projectId(options.signal);
    checkResourceId(jobId, 'A job ID');
    const result = await this.get('ecs', `/v1/${projectId}/jobs/${encodeSigningComponent(jobId)}`, true, options);
    return parseJob(result.json, jobId);
  }

  /** Servers of the project, newest first; `name` narrows the list to names containing it. */
  async listServers(options: CallOptions & { limit?: number; name?: string } = {}): Promise<Server[]> {
    const projectId = await this.projectId(options.signal);
    const result = await this.get('ecs', `/v1/${projectId}/cloudservers/detail`, true, options, {
      limit: options.limit,
      name: options.name,
    });
    return listFrom<Server>(result.json, 'servers');
  }

  /**
   * Names of the given servers (ID → name) from one list call (job answers carry only IDs).
   * `nameContains` (the requested name) keeps the list short; servers not listed yet are left out.
   */
  async serverNames(
    serverIds: readonly string[],
    options: CallOptions & { nameContains?: string } = {},
  ): Promise<Record<string, string>> {
    const wanted = new Set(serverIds);
    const servers = await this.listServers({
      signal: options.signal,
      name: options.nameContains,
      limit: Math.max(25, Math.min(1000, serverIds.length * 2)),
    });
    const names: Record<string, string> = {};
    for (const server of servers) if (wanted.has(server.id) && server.name) names[server.id] = server.name;
    return names;
  }

  /** Billing: pay a yearly/monthly order (BSS, no project scope, never re-sent once it may have arrived). */
  async payOrder(orderId: string, options: PayOrderOptions = {}): Promise<PayOrderResult> {
    const body = JSON.stringify({
      order_id: orderId,
      use_coupon: options.useCoupon ? 'YES' : 'NO',
      use_discount: options.useDiscount ? 'YES' : 'NO',
    });
    const result = await this.call({
      service: 'bss',
      method: 'POST',
      path: '/v3/orders/customer-orders/pay',
      body,
      projectScoped: false,
      idempotent: false,
      signal: options.signal,
    });
    return { status: result.status, requestId: result.requestId, body: result.json };
  }

  // -------------------------------------------------------------------------------------------
  // Project ID

  /** The project of a region (IAM `GET /v3/projects?name=<region>`), cached per AK and region. */
  async lookupProjectId(region: string = this.region, options: CallOptions = {}): Promise<string> {
    const credentials = await this.credentials();
    const cacheKey = `${credentials.ak}|${region}`;
    const cached = this.projectIds.get(cacheKey);
    if (cached) return cached;
    const result = await this.get('iam', '/v3/projects', false, options, { name: region }, region);
    const matches = listFrom<Project>(result.json, 'projects').filter(
      (p) => p.name === region && typeof p.id === 'string',
    );
    if (matches.length !== 1) throw new ProjectLookupError(region, matches.length);
    checkProjectId(matches[0].id, `The project ID IAM returned for ${region}`);
    this.projectIds.set(cacheKey, matches[0].id);
    return matches[0].id;
  }

  private async projectId(signal?: AbortSignal): Promise<string> {
    if (this.options.projectId !== undefined) return checkProjectId(this.options.projectId);
    return this.lookupProjectId(this.region, { signal });
  }

  // -------------------------------------------------------------------------------------------
  // Look-up lists

  async listFlavors(options: ListFlavorsOptions = {}): Promise<Flavor[]> {
    const p = await this.projectId(options.signal);
    const r = await this.get('ecs', `/v1/${p}/cloudservers/flavors`, true, options, {
      availability_zone: options.availabilityZone,
    });
    return listFrom<Flavor>(r.json, 'flavors');
  }

  async listAvailabilityZones(options: CallOptions = {}): Promise<AvailabilityZone[]> {
    const p = await this.projectId(options.signal);
    const r = await this.get('ecs', `/v2.1/${p}/os-availability-zone`, true, options);
    return listFrom<AvailabilityZone>(r.json, 'availabilityZoneInfo');
  }

  async listImages(options: ListImagesOptions = {}): Promise<Image[]> {
    const r = await this.get('ims', '/v2/cloudimages', true, options, {
      __imagetype: options.imageType,
      __os_type: options.osType,
      status: options.status ?? 'active',
      flavor_id: options.flavorId,
      limit: options.limit,
    });
    return listFrom<Image>(r.json, 'images');
  }

  async listVpcs(options: CallOptions = {}): Promise<Vpc[]> {
    const p = await this.projectId(options.signal);
    return listFrom<Vpc>((await this.get('vpc', `/v1/${p}/vpcs`, true, options)).json, 'vpcs');
  }

  async listSubnets(options: CallOptions & { vpcId?: string } = {}): Promise<Subnet[]> {
    const p = await this.projectId(options.signal);
    return listFrom<Subnet>(
      (await this.get('vpc', `/v1/${p}/subnets`, true, options, { vpc_id: options.vpcId })).json,
      'subnets',
    );
  }

  async listSecurityGroups(options: CallOptions = {}): Promise<SecurityGroup[]> {
    const p = await this.projectId(options.signal);
    return listFrom<SecurityGroup>(
      (await this.get('vpc', `/v3/${p}/vpc/security-groups`, true, options)).json,
      'security_groups',
    );
  }

  /** Key pairs via the ECS (Nova-compatible) API; items are unwrapped from `{keypair: {...}}`. */
  async listKeyPairs(options: CallOptions = {}): Promise<KeyPair[]> {
    const p = await this.projectId(options.signal);
    const wrapped = listFrom<{ keypair?: KeyPair }>(
      (await this.get('ecs', `/v2.1/${p}/os-keypairs`, true, options)).json,
      'keypairs',
    );
    return wrapped.map((item) => item.keypair).filter((k): k is KeyPair => !!k && typeof k.name === 'string');
  }

  async listServerGroups(options: CallOptions = {}): Promise<ServerGroup[]> {
    const p = await this.projectId(options.signal);
    return listFrom<ServerGroup>(
      (await this.get('ecs', `/v1/${p}/cloudservers/os-server-groups`, true, options)).json,
      'server_groups',
    );
  }

  async listVolumeTypes(options: CallOptions = {}): Promise<VolumeType[]> {
    const p = await this.projectId(options.signal);
    return listFrom<VolumeType>((await this.get('evs', `/v2/${p}/types`, true, options)).json, 'volume_types');
  }

  // -------------------------------------------------------------------------------------------
  // Raw reads (the account catalog pages through lists with these)

  /** The project ID this client sends: the configured one, or the region's from IAM (cached). */
  resolveProjectId(options: CallOptions = {}): Promise<string> {
    return this.projectId(options.signal);
  }

  /**
   * One signed GET with the client's retries (throttling, 5xx, lost connections), timeout and
   * cancellation; the answer's JSON body (undefined when it is not a JSON object). Error answers
   * throw EcsApiError like every other call.
   */
  async getJson(
    service: ServiceName,
    path: string,
    options: GetJsonOptions = {},
  ): Promise<{ status: number; json: JsonObject | undefined }> {
    const result = await this.get(service, path, options.projectScoped ?? true, options, options.query);
    return { status: result.status, json: result.json as JsonObject | undefined };
  }

  // -------------------------------------------------------------------------------------------
  // Transport

  private async credentials(): Promise<Credentials> {
    const credentials = await resolveCredentials(this.options.credentials);
    if (!credentials) throw new MissingCredentialsError(this.options.missingCredentialsHint);
    const unusable = unusableCredentialField(credentials);
    if (unusable) {
      throw new InvalidTargetError(
        `The ${CREDENTIAL_FIELD_NAMES[unusable]} contains a space, line break or other control character. ` +
          'Enter it again without them.',
      );
    }
    this.currentCredentials = credentials;
    return credentials;
  }

  private get(
    service: ServiceName,
    path: string,
    projectScoped: boolean,
    options: CallOptions,
    query?: CallSpec['query'],
    region?: string,
  ): Promise<CallResult> {
    return this.call(
      { service, method: 'GET', path, query, projectScoped, idempotent: true, signal: options.signal },
      region,
    );
  }

  private buildUrl(spec: CallSpec, region: string): URL {
    const base = resolveEndpoint(spec.service, region, this.options.endpoints, this.options.billingSite);
    const query = Object.entries(spec.query ?? {})
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${encodeSigningComponent(k)}=${encodeSigningComponent(String(v))}`)
      .join('&');
    return new URL(base + spec.path + (query ? `?${query}` : ''));
  }

  private async call(spec: CallSpec, region: string = this.region): Promise<CallResult> {
    const credentials = await this.credentials();
    const url = this.buildUrl(spec, region);
    const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPE };
    if (spec.projectScoped) headers['X-Project-Id'] = await this.projectId(spec.signal);
    if (spec.clientToken) headers['X-Client-Token'] = spec.clientToken;
    const env = { ...realRetryEnvironment, ...this.options.retryEnvironment };
    const logPath = url.pathname + url.search;

    return withRetries(
      async (attempt) => {
        const signed = {
          ...headers,
          ...signRequest({ method: spec.method, url, headers, body: spec.body }, credentials, this.options.now?.()),
        };
        signed['User-Agent'] = this.options.userAgent ?? 'ecs-request-tools';
        const started = env.now();
        let response: HttpResponse;
        try {
          response = await this.http.send({
            method: spec.method,
            url,
            headers: signed,
            body: spec.body,
            timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            signal: spec.signal,
          });
        } catch (error) {
          this.logger.warn('request failed', {
            method: spec.method,
            path: logPath,
            attempt,
            durationMs: env.now() - started,
            error: (error as Error).message,
          });
          throw error;
        }
        const requestId = response.headers['x-request-id'];
        this.logger.info('request', {
          method: spec.method,
          path: logPath,
          status: response.status,
          durationMs: env.now() - started,
          requestId,
          attempt,
        });
        const error = errorFromResponse(
          {
            status: response.status,
            bodyText: response.bodyText,
            requestId,
            retryAfterMs: parseRetryAfter(response.headers['retry-after'], env.now()),
          },
          this.redact,
        );
        if (error) throw error;
        return { status: response.status, json: safeParse(response.bodyText), requestId };
      },
      {
        idempotent: spec.idempotent,
        policy: this.options.retry,
        environment: env,
        signal: spec.signal,
        onRetry: ({ attempt, delayMs, error }) =>
          this.logger.info('retrying', {
            method: spec.method,
            path: logPath,
            attempt,
            delayMs,
            reason: (error as Error).message,
          }),
      },
    );
  }
}

function safeParse(text: string): JsonObject | undefined {
  try {
    const value: unknown = text ? JSON.parse(text) : undefined;
    return typeof value === 'object' && value !== null ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}
