/**
 * The one request builder for tests: the emulator's seeded IDs and a create-server body that every
 * judge accepts (the schema, the cross-field rules, the emulator), pay-per-use in the seeded world.
 * Tests start from it and override the fields they exercise, so a change to what makes a request
 * valid is made here once.
 */
import { stringify as yamlText } from 'yaml';

/** IDs of the emulator's seeded world (emulator/world.ts); the examples and snippets use them too. */
export const SEEDED = {
  projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
  ubuntuImage: '1a2b3c4d-0000-4000-8000-000000000001',
  windowsImage: '1a2b3c4d-0000-4000-8000-000000000002',
  centosImage: '1a2b3c4d-0000-4000-8000-000000000003',
  vpc: '2b3c4d5e-0000-4000-8000-000000000001',
  otherVpc: '2b3c4d5e-0000-4000-8000-000000000002',
  subnetApp: '3c4d5e6f-0000-4000-8000-000000000001',
  subnetDb: '3c4d5e6f-0000-4000-8000-000000000002',
  subnetLab: '3c4d5e6f-0000-4000-8000-000000000003',
  securityGroupDefault: '4d5e6f70-0000-4000-8000-000000000001',
  securityGroupWeb: '4d5e6f70-0000-4000-8000-000000000002',
  keyPair: 'demo-keypair',
  serverGroup: '5e6f7081-0000-4000-8000-000000000001',
  portAppFree: '6f708192-0000-4000-8000-000000000001',
  portDbFree: '6f708192-0000-4000-8000-000000000002',
  portAppInUse: '6f708192-0000-4000-8000-000000000003',
  enterpriseProject: '7a8b9c0d-0000-4000-8000-000000000001',
  disabledEnterpriseProject: '7a8b9c0d-0000-4000-8000-000000000002',
  flavor: 's6.small.1',
  availabilityZone: 'cn-north-4a',
} as const;

/** The smallest valid server: image, flavor, VPC, one NIC, an SSD system disk. */
export const VALID_SERVER: Readonly<Record<string, unknown>> = Object.freeze({
  imageRef: SEEDED.ubuntuImage,
  flavorRef: SEEDED.flavor,
  name: 'web-01',
  vpcid: SEEDED.vpc,
  nics: [{ subnet_id: SEEDED.subnetApp }],
  root_volume: { volumetype: 'SSD', size: 40 },
});

/** VALID_SERVER with `fields` over it (fresh copies); a field set to undefined is left out. */
export function validServer(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const server: Record<string, unknown> = { ...structuredClone({ ...VALID_SERVER }), ...fields };
  for (const key of Object.keys(server)) if (server[key] === undefined) delete server[key];
  return server;
}

/** `{ ...top, server: validServer(server) }`. */
export function validBody(
  server: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
): { server: Record<string, unknown> } & Record<string, unknown> {
  return { ...top, server: validServer(server) };
}

/** A body as the text of a request file: JSON indented by 2, or block-style YAML. */
export function requestText(body: unknown, format: 'json' | 'yaml'): string {
  return format === 'json' ? `${JSON.stringify(body, null, 2)}\n` : yamlText(body, { lineWidth: 0 });
}
