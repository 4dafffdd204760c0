/**
 * The one list of emulator error codes whose refusal depends on the account (its resources, its
 * limits, the cloud's stock), which the editor cannot know: a body the editor accepts and the
 * emulator refuses with only these codes is not a disagreement. Meanings from errors.md.
 *
 * `lookup` codes say a referenced resource is missing. The generated variants use the emulator's
 * seeded world, so such a refusal of a generated body that references nothing outside that world
 * (see OUTSIDE_WORLD_ID in variants.ts) is a wrong verdict, not an account matter.
 * `limit` codes are limits of the account or of a flavor, and hold for any body.
 */
export type AccountDependence = 'lookup' | 'limit';

export const ACCOUNT_DEPENDENT_CODES: Readonly<Record<string, AccountDependence>> = {
  'Ecs.0001': 'limit', // quota of instances, vCPUs or RAM
  'Ecs.0008': 'limit', // the flavor does not support the billing mode
  'Ecs.0010': 'limit', // the fixed private IP is already in use
  'Ecs.0012': 'limit', // the subnet has no free IP address left
  'Ecs.0014': 'lookup', // VPC, subnet or security group not found or not related
  'Ecs.0016': 'limit', // no open-beta permission for the flavor
  'Ecs.0018': 'limit', // flavor sold out in the zone
  'Ecs.0019': 'limit', // flavor withdrawn
  'Ecs.0029': 'lookup', // flavor does not exist
  'Ecs.0031': 'lookup', // image does not exist
  'Ecs.0032': 'lookup', // image not active
  'Ecs.0037': 'limit', // the flavor does not take a SCSI disk there (hw:passthrough true; R37's account part)
  'Ecs.0038': 'lookup', // subnet does not exist
  'Ecs.0039': 'lookup', // fixed IP outside the subnet's CIDR (the CIDR needs the account)
  'Ecs.0042': 'limit', // more data disks than the flavor allows
  'Ecs.0043': 'limit', // disk type not offered in the zone
  'Ecs.0049': 'lookup', // enterprise project missing or disabled
  'Ecs.0050': 'limit', // more NICs than the flavor allows
  'Ecs.0064': 'lookup', // the primary subnet is not in vpcid
  'Ecs.0074': 'lookup', // the image is a Windows image (the image's OS needs the account)
  'Ecs.0313': 'lookup', // server group not found
  'Ecs.0314': 'lookup', // key pair not found
  'Ecs.0319': 'limit', // no capacity left for the flavor
  'Ecs.0919': 'lookup', // the port is attached elsewhere
};

/**
 * How a refusal depends on the account: `limit` or `lookup` when every code is listed (an
 * `Ecs.0005` wrapper counts by its detail codes), undefined when any code is about the body itself.
 */
export function accountDependence(codes: readonly string[]): AccountDependence | undefined {
  const meaningful = codes.length > 1 && codes[0] === 'Ecs.0005' ? codes.slice(1) : codes;
  if (meaningful.length === 0) return undefined;
  const kinds = meaningful.map((code) => ACCOUNT_DEPENDENT_CODES[code]);
  if (kinds.some((kind) => kind === undefined)) return undefined;
  return kinds.includes('lookup') ? 'lookup' : 'limit';
}
