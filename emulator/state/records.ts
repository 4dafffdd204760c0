/**
 * What the emulator remembers between requests (and, with a state file, between runs).
 * Deliberately holds no secrets: adminPass and user_data are checked and then dropped.
 * Times are epoch milliseconds of the emulator clock.
 */

export interface SubJobRecord {
  jobId: string;
  serverId: string;
  /** How long the sub-job stays in INIT, then in RUNNING (already divided by the job speed). */
  initMs: number;
  runMs: number;
}

export interface JobFailure {
  code: string;
  reason: string;
}

export interface JobRecord {
  jobId: string;
  jobType: 'createServer';
  projectId: string;
  createdAt: number;
  /** When the work starts; null while the yearly/monthly order is unpaid (PENDING_PAYMENT). */
  startAt: number | null;
  orderId?: string;
  subJobs: SubJobRecord[];
  /** Set when the job is doomed (a fault such as insufficient capacity); every sub-job then fails. */
  failure?: JobFailure;
}

export interface ServerNic {
  subnetId: string;
  ipAddress: string;
  /** Set when the NIC is an existing port attached through nics[].port_id. */
  portId?: string;
}

export interface ServerRecord {
  id: string;
  name: string;
  jobId: string;
  projectId: string;
  flavorId: string;
  imageId: string;
  availabilityZone: string;
  vpcId: string;
  nics: ServerNic[];
  securityGroupIds: string[];
  keyName?: string;
  serverGroupId?: string;
  description: string;
  tags: string[];
  chargingMode: 'postPaid' | 'prePaid' | 'spot';
  createdAt: number;
}

export type OrderStatus = 'pending' | 'paid' | 'cancelled';

export interface OrderRecord {
  orderId: string;
  jobId: string;
  status: OrderStatus;
  createdAt: number;
  paidAt?: number;
}

/** The first successful answer to a create call, replayed for retries with the same X-Client-Token. */
export interface IdempotencyRecord {
  token: string;
  /** Hash of route + canonical body; a retry must match it. */
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: number;
}

export interface StateSnapshot {
  version: 1;
  jobs: JobRecord[];
  servers: ServerRecord[];
  orders: OrderRecord[];
  idempotency: IdempotencyRecord[];
}
