/**
 * Mandatory fields and JSON types (the part `dry_run` is documented to check), with the formats of
 * the nested fields (fieldFormats.ts). All problems are reported at once as `Ecs.0005` details,
 * one per field.
 */
import { invalidParameter, type EcsErrorDetail } from '../errors';
import { fieldFormatProblems } from './fieldFormats';
import { isObject, type CreateCheck } from './input';

type JsonType = 'string' | 'integer' | 'boolean' | 'object' | 'array';

function typeMatches(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    default:
      return typeof value === type;
  }
}

const MANDATORY_SERVER_FIELDS: Array<[string, JsonType]> = [
  ['imageRef', 'string'],
  ['flavorRef', 'string'],
  ['name', 'string'],
  ['vpcid', 'string'],
  ['nics', 'array'],
  ['root_volume', 'object'],
];

const OPTIONAL_SERVER_FIELDS: Array<[string, JsonType]> = [
  ['count', 'integer'],
  ['isAutoRename', 'boolean'],
  ['adminPass', 'string'],
  ['user_data', 'string'],
  ['key_name', 'string'],
  ['availability_zone', 'string'],
  ['description', 'string'],
  ['data_volumes', 'array'],
  ['security_groups', 'array'],
  ['extendparam', 'object'],
  ['metadata', 'object'],
  ['publicip', 'object'],
  ['os:scheduler_hints', 'object'],
  ['tags', 'array'],
  ['server_tags', 'array'],
  ['batch_create_in_multi_az', 'boolean'],
  ['auto_terminate_time', 'string'],
  ['cpu_options', 'object'],
];

const nonEmptyString = (value: unknown): boolean => typeof value === 'string' && value !== '';

function detail(field: string, message: string): EcsErrorDetail {
  return { code: 'Ecs.0005', message: `${field}: ${message}` };
}

export const checkShape: CreateCheck = ({ body, server }) => {
  const details: EcsErrorDetail[] = [];
  if (body.dry_run !== undefined && typeof body.dry_run !== 'boolean')
    details.push(detail('dry_run', 'must be true or false.'));
  for (const [name, type] of MANDATORY_SERVER_FIELDS) {
    const value = server[name];
    if (value === undefined || value === null || value === '')
      details.push(detail(`server.${name}`, `is required (${type}).`));
    else if (!typeMatches(value, type)) details.push(detail(`server.${name}`, `must be a JSON ${type}.`));
  }
  for (const [name, type] of OPTIONAL_SERVER_FIELDS) {
    const value = server[name];
    if (value !== undefined && !typeMatches(value, type))
      details.push(detail(`server.${name}`, `must be a JSON ${type}.`));
  }
  if (Array.isArray(server.nics)) {
    if (server.nics.length === 0)
      details.push(detail('server.nics', 'needs at least one NIC (the first one is the primary NIC).'));
    server.nics.forEach((nic, i) => {
      if (!isObject(nic) || (!nonEmptyString(nic.subnet_id) && !nonEmptyString(nic.port_id))) {
        const what = 'is required (the ID of a subnet in the VPC), unless port_id names an existing NIC.';
        details.push(detail(`server.nics[${i}].subnet_id`, what));
      }
    });
  }
  const cpuThreads = isObject(server.cpu_options) ? server.cpu_options['hw:cpu_threads'] : undefined;
  if (cpuThreads !== undefined && cpuThreads !== 1 && cpuThreads !== 2) {
    details.push(detail('server.cpu_options.hw:cpu_threads', 'must be the number 1 (hyper-threading off) or 2 (on).'));
  }
  if (isObject(server.root_volume) && typeof server.root_volume.volumetype !== 'string') {
    details.push(detail('server.root_volume.volumetype', 'is required (for example SSD or GPSSD).'));
  }
  if (Array.isArray(server.data_volumes)) {
    server.data_volumes.forEach((disk, i) => {
      if (!isObject(disk) || typeof disk.volumetype !== 'string')
        details.push(detail(`server.data_volumes[${i}].volumetype`, 'is required.'));
      if (!isObject(disk) || !Number.isInteger(disk.size))
        details.push(detail(`server.data_volumes[${i}].size`, 'is required (GB, 10-32768).'));
    });
  }
  details.push(...fieldFormatProblems(server));
  if (details.length > 0) {
    throw invalidParameter(`The request body has ${details.length} invalid or missing field(s); see details.`, details);
  }
};

/** Checked before everything else: the body must be `{"server": {...}}`. */
export function requireServerObject(body: unknown): { body: Record<string, unknown>; server: Record<string, unknown> } {
  if (!isObject(body)) throw invalidParameter('The request body must be a JSON object with a "server" object inside.');
  if (!isObject(body.server)) {
    throw invalidParameter('The request body needs a "server" object.', [detail('server', 'is required (object).')]);
  }
  return { body, server: body.server };
}
