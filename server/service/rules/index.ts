/**
 * The cross-field rules of the create-server body (cross-field-rules.md), as data: the validator
 * runs `allRules`, hover lists `rulesForField`, the README rule table is generated from the
 * ids, severities, titles and API errors carried here.
 */
import type { ParsedDocument } from '../../../request/parser/ast';
import { asObject, getValue, type NodePath } from '../../../request/parser/nodes';
import type { CrossFieldRule, RuleContext } from '../types';
import { autoTerminateTime, prePaidPeriod } from './billing';
import { autoRenameNeedsBatch, countLimit, prePaidOrderSize } from './count';
import { iopsOnlyForProvisionedDisks, provisionedDisksArePayPerUse, throughputOnlyForGpssd2 } from './diskPerformance';
import {
  clusterTypeNeedsClusterId,
  cmkIdNeedsEncryption,
  dataDiskCount,
  dataDiskSize,
  dataImageWithoutMetadata,
  deleteOnTerminationNeedsPayPerUse,
  passthroughIsBoolean,
  shareableVersusMultiattach,
  systemDiskSize,
} from './disks';
import { metadataShape, prePaidKeyPairNeedsUserId, tagsShape } from './metadataAndTags';
import { descriptionContent, nameLengthAndCharacters } from './naming';
import { allowedAddressPairs, nicCount, portIdNics } from './network';
import { adminPassComplexity } from './password';
import { dedicatedHostNeedsTenancy, multiAzNeedsNoZone } from './placement';
import {
  bandwidthChargeMode,
  bandwidthShareType,
  eipDeleteOnTermination,
  eipIdOrNew,
  prePaidServerEipBilling,
  sharedBandwidthEipIsPayPerUse,
} from './publicIp';
import { spotBlockDuration, spotNeedsPayPerUse, spotWithoutAutoRecovery } from './spot';
import { userDataEncoding, userDataOverridesPassword } from './userData';

export const allRules: readonly CrossFieldRule[] = Object.freeze(
  [
    nameLengthAndCharacters,
    autoRenameNeedsBatch,
    countLimit,
    prePaidOrderSize,
    dataDiskCount,
    nicCount,
    allowedAddressPairs,
    userDataEncoding,
    userDataOverridesPassword,
    adminPassComplexity,
    systemDiskSize,
    dataDiskSize,
    iopsOnlyForProvisionedDisks,
    throughputOnlyForGpssd2,
    provisionedDisksArePayPerUse,
    clusterTypeNeedsClusterId,
    shareableVersusMultiattach,
    dataImageWithoutMetadata,
    prePaidKeyPairNeedsUserId,
    prePaidPeriod,
    deleteOnTerminationNeedsPayPerUse,
    eipDeleteOnTermination,
    autoTerminateTime,
    eipIdOrNew,
    bandwidthShareType,
    bandwidthChargeMode,
    prePaidServerEipBilling,
    sharedBandwidthEipIsPayPerUse,
    multiAzNeedsNoZone,
    dedicatedHostNeedsTenancy,
    spotNeedsPayPerUse,
    spotWithoutAutoRecovery,
    spotBlockDuration,
    metadataShape,
    tagsShape,
    descriptionContent,
    cmkIdNeedsEncryption,
    portIdNics,
    passthroughIsBoolean,
    // Plain code-unit order (the ids are ASCII): localeCompare would load ICU's collation data,
    // about 2.5 MiB of resident memory in the server for nothing.
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));

/** A rule by its id ('R14') or diagnostic code ('ECS-R14'). */
export function ruleById(id: string): CrossFieldRule | undefined {
  return rulesById.get(id.replace(/^ECS-/i, '').toUpperCase());
}

/**
 * The hover path of a node path: ['server', 'data_volumes', 0, 'iops'] → 'data_volumes[].iops'.
 * Undefined for paths outside `server`.
 */
export function fieldPathOf(path: NodePath): string | undefined {
  if (path[0] !== 'server') return undefined;
  let result = '';
  for (const segment of path.slice(1)) {
    if (typeof segment === 'number') result += '[]';
    else result += result === '' ? segment : `.${segment}`;
  }
  return result;
}

/** Accepts 'data_volumes[].iops', 'data_volumes[2].iops' and 'server.data_volumes.2.iops' alike. */
function normalizeFieldPath(path: string): string {
  return path
    .replace(/^server(\.|$)/, '')
    .replace(/\[\d+\]/g, '[]')
    .replace(/\.(\d+)(?=\.|$)/g, '[]');
}

const rulesByField = new Map<string, CrossFieldRule[]>();
for (const rule of allRules) {
  for (const field of rule.fields) {
    const list = rulesByField.get(field) ?? [];
    list.push(rule);
    rulesByField.set(field, list);
  }
}

/**
 * The rules that read a field (dotted path under `server`), in id order; for hover.
 * An array item ('tags[]') also lists the rules of its array ('tags').
 */
export function rulesForField(path: string): CrossFieldRule[] {
  const field = normalizeFieldPath(path);
  const found = new Set([...(rulesByField.get(field) ?? []), ...(rulesByField.get(field.replace(/\[\]$/, '')) ?? [])]);
  return allRules.filter((rule) => found.has(rule));
}

/** The context the rules run in; undefined when the document has no object at its root. */
export function createRuleContext(document: ParsedDocument, now: Date = new Date()): RuleContext | undefined {
  const root = asObject(document.root);
  if (!root) return undefined;
  return { document, root, server: asObject(getValue(root, 'server')), now };
}
