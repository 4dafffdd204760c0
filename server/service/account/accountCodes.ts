/**
 * The diagnostic codes of the account checks, and the small types the check modules share.
 * R-numbers are those of the cross-field rules a check anticipates; checks without a rule get
 * codes of their own (one per kind of problem, so that `ecs.rules` can grade each).
 */
import type { AstNode } from '../../../request/parser/ast';
import type { FixData } from '../types';
import type { AccountFlavor, AccountImage } from './accountData';
import type { AccountPart } from './accountData';

export const AccountCodes = {
  flavorNotOnSale: 'ECS-R46',
  imageNotActive: 'ECS-R47',
  windowsImage: 'ECS-R44',
  rootDiskBelowImage: 'ECS-R12',
  nicsAndVpc: 'ECS-R06',
  fixedIpOutsideSubnet: 'ECS-R07',
  diskTypeNotInZone: 'ECS-R38',
  eipNotFree: 'ECS-R25',
  enterpriseProjectDisabled: 'ECS-R45',
  serverGroupPolicy: 'ECS-R32',
  architectureMismatch: 'ECS-ARCHITECTURE-MISMATCH',
  subnetFull: 'ECS-SUBNET-FULL',
  quotaInstances: 'ECS-QUOTA-INSTANCES',
  quotaCores: 'ECS-QUOTA-CORES',
  quotaRam: 'ECS-QUOTA-RAM',
  quotaVolumes: 'ECS-QUOTA-VOLUMES',
  quotaGigabytes: 'ECS-QUOTA-GIGABYTES',
  quotaEips: 'ECS-QUOTA-EIPS',
  quotaServerGroupMembers: 'ECS-QUOTA-SERVER-GROUP-MEMBERS',
  unknownFlavor: 'ECS-UNKNOWN-FLAVOR',
  unknownImage: 'ECS-UNKNOWN-IMAGE',
  unknownZone: 'ECS-UNKNOWN-ZONE',
  unknownVpc: 'ECS-UNKNOWN-VPC',
  unknownSubnet: 'ECS-UNKNOWN-SUBNET',
  unknownSecurityGroup: 'ECS-UNKNOWN-SECURITY-GROUP',
  unknownKeyPair: 'ECS-UNKNOWN-KEY-PAIR',
  unknownDiskType: 'ECS-UNKNOWN-DISK-TYPE',
  unknownEip: 'ECS-UNKNOWN-EIP',
  unknownBandwidth: 'ECS-UNKNOWN-BANDWIDTH',
  unknownServerGroup: 'ECS-UNKNOWN-SERVER-GROUP',
  unknownEnterpriseProject: 'ECS-UNKNOWN-ENTERPRISE-PROJECT',
} as const;

/** Adds one warning; the caller appends where the data comes from (profile, region, age). */
export type Warn = (node: AstNode, code: string, message: string, fixes?: FixData[]) => void;

/** An item by ID; 'unknown-list' when the list itself is unknown (then nothing may be called missing). */
export type Lookup = <T>(part: AccountPart<T>, id: string) => T | 'unknown-list' | undefined;

/** Quick fixes offer a few values, not a whole list (completion does that). */
export const MAX_FIX_CANDIDATES = 5;

/** What the request names and the account has, looked up once for all checks. */
export interface ResolvedIds {
  readonly flavor?: AccountFlavor;
  readonly image?: AccountImage;
  /** The literal `availability_zone`, when written. */
  readonly zone?: string;
}
