/**
 * The format of the fields inside the server's objects (a dry run checks them too): JSON types,
 * the values a field may take, number ranges, ID shapes and the members an object must have, for
 * the disks, NICs, EIP, billing options, scheduler hints, reserved metadata and the *_options
 * objects. One line per field, in the service's own words; the problems become `Ecs.0005`
 * details next to those of the shape check (shape.ts).
 *
 * Left out on purpose: fields the API reads leniently (`hw:passthrough` and
 * `support_auto_recovery`: any other value means false), fields another check owns (sizes,
 * `chargingMode`, period, IPv4 addresses, metadata pairs) and IDs whose existence the account
 * check looks up (subnets, ports, security groups, server groups, enterprise projects).
 */
import type { EcsErrorDetail } from '../errors';
import { isObject } from './input';

interface Text {
  readonly type: 'string';
  /** The only values the field takes. */
  readonly oneOf?: readonly string[];
  readonly nonEmpty?: true;
  /** Exact length in characters. */
  readonly length?: number;
  /** A test of the value's shape, and what it asks for. */
  readonly shape?: { readonly test: (value: string) => boolean; readonly asks: string };
}

interface WholeNumber {
  readonly type: 'integer';
  readonly min: number;
  readonly max?: number;
  readonly unit?: string;
}

type Expected =
  | Text
  | WholeNumber
  | { readonly type: 'boolean' }
  | { readonly type: 'array' }
  | { readonly type: 'object'; readonly needs?: readonly string[] };

/** A path below `server`: `.` between keys, `[]` after an array's key means each element. */
type FieldFormat = readonly [path: string, expected: Expected];

const RESOURCE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SPOT_PRICE = /^(?:[0-9]+(?:\.[0-9]+)?)?$/;
const AGENTS = new Set(['ces', 'hss', 'hss-ent']);

const BOOLEAN = { type: 'boolean' } as const;
const OBJECT = { type: 'object' } as const;
const STRING: Text = { type: 'string' };
const NON_EMPTY: Text = { type: 'string', nonEmpty: true };
const TRUE_OR_FALSE_TEXT: Text = { type: 'string', oneOf: ['true', 'false'] };
const ID: Text = { type: 'string', shape: { test: (v) => RESOURCE_ID.test(v), asks: 'an ID in 8-4-4-4-12 hex form' } };
const oneOf = (...values: string[]): Text => ({ type: 'string', oneOf: values });
const atLeastOne = (unit?: string): WholeNumber => ({ type: 'integer', min: 1, unit });

/** The fields both disk kinds have (root_volume and each data_volumes element). */
const diskFields = (disk: string): FieldFormat[] => [
  [`${disk}.extendparam`, OBJECT],
  [`${disk}.extendparam.resourceSpecCode`, STRING],
  [`${disk}.extendparam.resourceType`, STRING],
  [`${disk}.extendparam.snapshotId`, NON_EMPTY],
  [`${disk}.cluster_type`, oneOf('DSS')],
  [`${disk}.cluster_id`, NON_EMPTY],
  [`${disk}.metadata`, OBJECT],
  [`${disk}.metadata.__system__encrypted`, oneOf('0', '1')],
  [`${disk}.metadata.__system__cmkid`, { type: 'string', length: 36 }],
  [`${disk}.iops`, atLeastOne()],
  [`${disk}.throughput`, atLeastOne('MiB/s')],
];

export const FIELD_FORMATS: readonly FieldFormat[] = [
  ...diskFields('root_volume'),
  ...diskFields('data_volumes[]'),
  ['data_volumes[].shareable', BOOLEAN],
  ['data_volumes[].multiattach', BOOLEAN],
  ['data_volumes[].delete_on_termination', BOOLEAN],
  ['data_volumes[].data_image_id', ID],

  ['nics[].ip_address', STRING],
  ['nics[].ipv6_enable', BOOLEAN],
  ['nics[].ipv6_bandwidth', OBJECT],
  ['nics[].ipv6_bandwidth.id', NON_EMPTY],
  ['nics[].allowed_address_pairs', { type: 'array' }],
  ['nics[].allowed_address_pairs[]', OBJECT],
  ['nics[].allowed_address_pairs[].ip_address', STRING],
  ['nics[].allowed_address_pairs[].mac_address', STRING],

  ['publicip.id', ID],
  ['publicip.delete_on_termination', BOOLEAN],
  ['publicip.eip', { type: 'object', needs: ['iptype', 'bandwidth'] }],
  ['publicip.eip.iptype', NON_EMPTY],
  ['publicip.eip.bandwidth', { type: 'object', needs: ['sharetype'] }],
  ['publicip.eip.bandwidth.sharetype', oneOf('PER', 'WHOLE')],
  ['publicip.eip.bandwidth.size', { type: 'integer', min: 1, max: 2000, unit: 'Mbit/s' }],
  // Empty means billed by bandwidth, as "bandwidth" does; "traffic" bills the data sent.
  ['publicip.eip.bandwidth.chargemode', oneOf('', 'traffic', 'bandwidth')],
  ['publicip.eip.bandwidth.id', NON_EMPTY],
  ['publicip.eip.extendparam', OBJECT],
  ['publicip.eip.extendparam.chargingMode', oneOf('prePaid', 'postPaid')],

  ['extendparam.regionID', NON_EMPTY],
  ['extendparam.isAutoRenew', TRUE_OR_FALSE_TEXT],
  ['extendparam.isAutoPay', TRUE_OR_FALSE_TEXT],
  ['extendparam.diskPrior', TRUE_OR_FALSE_TEXT],
  ['extendparam.marketType', oneOf('spot')],
  [
    'extendparam.spotPrice',
    {
      type: 'string',
      shape: { test: (v) => SPOT_PRICE.test(v), asks: 'a price such as "0.5", or "" for the on-demand price' },
    },
  ],
  ['extendparam.spot_duration_hours', atLeastOne('hours')],
  ['extendparam.spot_duration_count', atLeastOne()],
  ['extendparam.interruption_policy', oneOf('immediate')],
  ['extendparam.CB_CSBS_BACKUP', STRING],

  [
    'metadata.__support_agent_list',
    {
      type: 'string',
      shape: {
        test: (v) => v.split(',').every((agent) => AGENTS.has(agent)),
        asks: 'ces, hss or hss-ent, comma-separated',
      },
    },
  ],

  ['os:scheduler_hints.tenancy', oneOf('shared', 'dedicated')],
  ['os:scheduler_hints.dedicated_host_id', NON_EMPTY],

  ['security_options', OBJECT],
  ['security_options.secure_boot_enabled', BOOLEAN],
  ['security_options.tpm_enabled', BOOLEAN],
  ['serial_console_options', OBJECT],
  ['serial_console_options.enabled', BOOLEAN],
  ['metadata_options', OBJECT],
  ['metadata_options.http_endpoint', oneOf('enabled', 'disabled')],
  ['metadata_options.http_tokens', oneOf('optional', 'required')],
  ['enclave_options', { type: 'object', needs: ['enabled'] }],
  ['enclave_options.enabled', BOOLEAN],
];

const quoted = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');

function range({ min, max, unit }: WholeNumber): string {
  const span = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
  return unit ? `${span} (${unit})` : span;
}

function textProblem(value: unknown, expected: Text): string | undefined {
  if (typeof value !== 'string') {
    return expected.oneOf ? `must be one of the strings ${quoted(expected.oneOf)}.` : 'must be a JSON string.';
  }
  if (expected.oneOf && !expected.oneOf.includes(value)) return `must be one of ${quoted(expected.oneOf)}.`;
  if (expected.nonEmpty && value === '') return 'must not be empty; leave the field out instead.';
  if (expected.length !== undefined && [...value].length !== expected.length) {
    return `must be ${expected.length} characters long.`;
  }
  if (expected.shape && !expected.shape.test(value)) return `must be ${expected.shape.asks}.`;
  return undefined;
}

/** What is wrong with `value`, or undefined when it has the expected format. */
function problemOf(value: unknown, expected: Expected): string | undefined {
  switch (expected.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false (a JSON boolean, without quotes).';
    case 'array':
      return Array.isArray(value) ? undefined : 'must be a JSON array.';
    case 'integer':
      if (!Number.isInteger(value)) return `must be a whole number ${range(expected)}.`;
      return (value as number) < expected.min || (expected.max !== undefined && (value as number) > expected.max)
        ? `must be ${range(expected)}.`
        : undefined;
    case 'object': {
      if (!isObject(value)) return 'must be a JSON object.';
      const missing = (expected.needs ?? []).filter((name) => value[name] === undefined);
      return missing.length > 0 ? `needs ${missing.join(' and ')}.` : undefined;
    }
    default:
      return textProblem(value, expected);
  }
}

/** Every value present at `steps` below `node`, with its readable path. Linear in the body's size. */
function valuesAt(node: unknown, steps: readonly string[], where: string, found: Array<[string, unknown]>): void {
  if (steps.length === 0) {
    found.push([where, node]);
    return;
  }
  if (!isObject(node)) return; // a wrong parent type is the parent's own problem
  const [step, ...rest] = steps;
  const each = step.endsWith('[]');
  const key = each ? step.slice(0, -2) : step;
  const value = node[key];
  if (value === undefined) return;
  if (!each) {
    valuesAt(value, rest, `${where}.${key}`, found);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => valuesAt(item, rest, `${where}.${key}[${i}]`, found));
  }
}

/** One `Ecs.0005` detail per field whose value does not have its format. */
export function fieldFormatProblems(server: Record<string, unknown>): EcsErrorDetail[] {
  const details: EcsErrorDetail[] = [];
  for (const [path, expected] of FIELD_FORMATS) {
    const found: Array<[string, unknown]> = [];
    valuesAt(server, path.split('.'), 'server', found);
    for (const [where, value] of found) {
      const problem = problemOf(value, expected);
      if (problem) details.push({ code: 'Ecs.0005', message: `${where}: ${problem}` });
    }
  }
  return details;
}
