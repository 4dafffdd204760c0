/**
 * The seeded world the emulator serves (IDs fixed by /work/notes/world.md; examples and tests rely on them).
 * Everything here is plain data so a test can tweak it (e.g. lower a quota) through `RunningEmulator.world`.
 */

export interface WorldProject {
  id: string;
  name: string;
}

export interface WorldImage {
  id: string;
  name: string;
  osType: 'Linux' | 'Windows';
  platform: string;
  osVersion: string;
  minDiskGb: number;
  minRamMb: number;
  status: 'active' | 'queued' | 'saving' | 'deleted' | 'killed';
  /** CPU architecture the image runs on; default `x86`. */
  architecture?: 'x86' | 'arm';
  /** `__imagetype`: `gold` (public, the default), `private` or `shared`. */
  imageType?: 'gold' | 'private' | 'shared';
}

/** Sale status of a flavor in one AZ, as in the flavor extra spec `cond:operation:az`. */
export type FlavorSaleStatus = 'normal' | 'sellout' | 'abandon' | 'obt' | 'promotion';

export interface WorldFlavor {
  id: string;
  vcpus: number;
  ramMb: number;
  /** Per-AZ sale status; an AZ missing from the map counts as `normal`. */
  azStatus: Record<string, FlavorSaleStatus>;
  /** Billing modes the flavor can be bought with (`cond:operation:charge`). */
  billing: { prePaid: boolean; postPaid: boolean };
  maxNics: number;
  maxDataDisks: number;
  performanceType: string;
  generation: string;
  /** QingTian flavors may use a SCSI system disk; the others only a VBD one (CS-ZH). */
  qingTian: boolean;
  /** Extra spec `cond:storage` contains `scsi`: SCSI (`hw:passthrough`) disks can be attached. */
  scsi: boolean;
  /** Extra specs `hw:cpu_policy` / `hw:cpu_threads`, when the flavor has them (for cpu_options). */
  cpuPolicy?: 'dedicated' | 'shared';
  cpuThreads?: number;
  /** Region-wide sale status (`cond:operation:status`); default `normal`. */
  regionStatus?: FlavorSaleStatus;
  /** `arm64` for Kunpeng flavors (extra spec `ecs:instance_architecture`); default x86. */
  architecture?: 'x86' | 'arm64';
}

export interface WorldSubnet {
  id: string;
  name: string;
  cidr: string;
  gatewayIp: string;
  vpcId: string;
  /** The AZ the subnet is bound to; absent (the default) = the whole region. */
  availabilityZone?: string;
}

/** An existing NIC (VPC port) that `nics[].port_id` can attach; only a `DOWN` port is free. */
export interface WorldPort {
  id: string;
  name: string;
  subnetId: string;
  ipAddress: string;
  status: 'DOWN' | 'ACTIVE';
}

/** An enterprise project (EPS); `"0"` is the default one and always exists. */
export interface WorldEnterpriseProject {
  id: string;
  name: string;
  status: 'enabled' | 'disabled';
}

export interface WorldVpc {
  id: string;
  name: string;
  cidr: string;
}

export interface WorldSecurityGroup {
  id: string;
  name: string;
  description: string;
}

export interface WorldKeyPair {
  name: string;
  fingerprint: string;
  publicKey: string;
}

export interface WorldServerGroup {
  id: string;
  name: string;
  policies: string[];
}

/** An elastic IP (`publicip.id`); only a `DOWN` one is free to bind. */
export interface WorldEip {
  id: string;
  address: string;
  status: 'DOWN' | 'ACTIVE';
  /** The bandwidth it uses: its own (`PER`) or a shared one (`WHOLE`). */
  bandwidthId: string;
  shareType: 'PER' | 'WHOLE';
}

/** A shared bandwidth (`bandwidth.id` with `sharetype` WHOLE). */
export interface WorldBandwidth {
  id: string;
  name: string;
  sizeMbit: number;
}

/** An EVS quota entry (`limit` -1 = no limit); `used` counts disks that exist outside the emulator's servers. */
export interface WorldStorageQuota {
  limit: number;
  used: number;
}

/** Account-wide ECS quotas; RAM in GiB (the limits API answers in MiB). */
export interface WorldQuotas {
  instances: number;
  cores: number;
  ramGb: number;
}

export interface World {
  region: string;
  regionDisplayName: string;
  /** The project every resource API belongs to (the region's project). */
  project: WorldProject;
  /** All projects the IAM lookup knows, one per region. */
  projects: WorldProject[];
  availabilityZones: string[];
  images: WorldImage[];
  flavors: WorldFlavor[];
  vpcs: WorldVpc[];
  subnets: WorldSubnet[];
  ports: WorldPort[];
  securityGroups: WorldSecurityGroup[];
  keyPairs: WorldKeyPair[];
  serverGroups: WorldServerGroup[];
  enterpriseProjects: WorldEnterpriseProject[];
  volumeTypes: string[];
  /** Zones a volume type is offered in; a type not named here is offered in every AZ. */
  volumeTypeZones: Record<string, string[]>;
  quotas: WorldQuotas;
  /**
   * Servers of the account that the emulator did not create (other tools, the console): counted
   * in the limits API and in every quota check, so a world can start near its limits.
   */
  preexistingUsage: { instances: number; cores: number; ramMb: number };
  eips: WorldEip[];
  bandwidths: WorldBandwidth[];
  /** EVS quota set keys (`volumes`, `gigabytes`, `snapshots`, `volumes_SSD`, …). */
  storageQuotas: Record<string, WorldStorageQuota>;
  /**
   * VPC v1 quota limits per `type` (`vpc`, `subnet`, `securityGroup`, `publicIp`, …); use is counted from the world.
   */
  networkQuotas: Record<string, number>;
  /**
   * List APIs the caller's IAM policy does not allow (the emulator's own names, e.g.
   * `vpc:publicips:list`; see emulator/README.md): they answer 403. Empty by default.
   */
  deniedLists: string[];
}

const PROJECT_CN_NORTH_4: WorldProject = { id: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5', name: 'cn-north-4' };
// Not part of the shared world notes: only here so the IAM lookup of the second region answers.
const PROJECT_AP_SOUTHEAST_1: WorldProject = { id: '7e8f9a0b1c2d43e5f6a7b8c9d0e1f2a3', name: 'ap-southeast-1' };

function flavor(
  id: string,
  vcpus: number,
  ramGb: number,
  extra: Partial<
    Pick<WorldFlavor, 'azStatus' | 'billing' | 'maxNics' | 'maxDataDisks' | 'qingTian' | 'cpuPolicy' | 'cpuThreads'>
  > = {},
): WorldFlavor {
  const generation = id.split('.')[0];
  return {
    id,
    vcpus,
    ramMb: ramGb * 1024,
    azStatus: extra.azStatus ?? {},
    billing: extra.billing ?? { prePaid: true, postPaid: true },
    maxNics: extra.maxNics ?? 12,
    maxDataDisks: extra.maxDataDisks ?? 23,
    performanceType: generation.startsWith('c') ? 'computingv3' : 'normal',
    generation,
    qingTian: extra.qingTian ?? false,
    scsi: true,
    cpuPolicy: extra.cpuPolicy,
    cpuThreads: extra.cpuThreads,
  };
}

const QINGTIAN_DEDICATED = { qingTian: true, cpuPolicy: 'dedicated', cpuThreads: 2 } as const;

/** A fresh copy of the seeded world (each emulator gets its own, so tests cannot leak into each other). */
export function createSeededWorld(): World {
  return {
    region: 'cn-north-4',
    regionDisplayName: 'CN North-Beijing4',
    project: { ...PROJECT_CN_NORTH_4 },
    projects: [{ ...PROJECT_CN_NORTH_4 }, { ...PROJECT_AP_SOUTHEAST_1 }],
    availabilityZones: ['cn-north-4a', 'cn-north-4b', 'cn-north-4c'],
    images: [
      {
        id: '1a2b3c4d-0000-4000-8000-000000000001',
        name: 'Ubuntu 22.04 server 64bit',
        osType: 'Linux',
        platform: 'Ubuntu',
        osVersion: 'Ubuntu 22.04 server 64bit',
        minDiskGb: 40,
        minRamMb: 0,
        status: 'active',
      },
      {
        id: '1a2b3c4d-0000-4000-8000-000000000002',
        name: 'Windows Server 2022 Datacenter 64bit',
        osType: 'Windows',
        platform: 'Windows',
        osVersion: 'Windows Server 2022 Datacenter 64bit English',
        minDiskGb: 40,
        minRamMb: 0,
        status: 'active',
      },
      {
        id: '1a2b3c4d-0000-4000-8000-000000000003',
        name: 'CentOS 7.9 64bit',
        osType: 'Linux',
        platform: 'CentOS',
        osVersion: 'CentOS 7.9 64bit',
        minDiskGb: 40,
        minRamMb: 0,
        status: 'active',
      },
    ],
    flavors: [
      flavor('s6.small.1', 1, 1),
      flavor('s6.medium.2', 1, 2),
      flavor('s6.large.2', 2, 4),
      // c7: QingTian, dedicated vCPUs with two threads per core (cpu_options hw:cpu_threads 1 allowed).
      flavor('c7.large.2', 2, 4, { azStatus: { 'cn-north-4b': 'sellout' }, maxDataDisks: 59, ...QINGTIAN_DEDICATED }),
      flavor('c7.xlarge.4', 4, 16, {
        billing: { prePaid: false, postPaid: true },
        maxDataDisks: 59,
        ...QINGTIAN_DEDICATED,
      }),
    ],
    vpcs: [
      { id: '2b3c4d5e-0000-4000-8000-000000000001', name: 'vpc-default', cidr: '10.0.0.0/16' },
      { id: '2b3c4d5e-0000-4000-8000-000000000002', name: 'vpc-lab', cidr: '192.168.0.0/16' },
    ],
    subnets: [
      {
        id: '3c4d5e6f-0000-4000-8000-000000000001',
        name: 'subnet-app',
        cidr: '10.0.1.0/24',
        gatewayIp: '10.0.1.1',
        vpcId: '2b3c4d5e-0000-4000-8000-000000000001',
      },
      {
        id: '3c4d5e6f-0000-4000-8000-000000000002',
        name: 'subnet-db',
        cidr: '10.0.2.0/24',
        gatewayIp: '10.0.2.1',
        vpcId: '2b3c4d5e-0000-4000-8000-000000000001',
      },
      {
        id: '3c4d5e6f-0000-4000-8000-000000000003',
        name: 'subnet-lab',
        cidr: '192.168.0.0/24',
        gatewayIp: '192.168.0.1',
        vpcId: '2b3c4d5e-0000-4000-8000-000000000002',
      },
    ],
    // Free NICs for nics[].port_id; their fixed IPs sit high in the subnets so automatic
    // allocation (from .2 upwards) is the same as before they existed.
    ports: [
      {
        id: '6f708192-0000-4000-8000-000000000001',
        name: 'port-app-spare',
        subnetId: '3c4d5e6f-0000-4000-8000-000000000001',
        ipAddress: '10.0.1.200',
        status: 'DOWN',
      },
      {
        id: '6f708192-0000-4000-8000-000000000002',
        name: 'port-db-spare',
        subnetId: '3c4d5e6f-0000-4000-8000-000000000002',
        ipAddress: '10.0.2.200',
        status: 'DOWN',
      },
      {
        id: '6f708192-0000-4000-8000-000000000003',
        name: 'port-app-in-use',
        subnetId: '3c4d5e6f-0000-4000-8000-000000000001',
        ipAddress: '10.0.1.201',
        status: 'ACTIVE',
      },
    ],
    securityGroups: [
      { id: '4d5e6f70-0000-4000-8000-000000000001', name: 'default', description: 'Default security group' },
      { id: '4d5e6f70-0000-4000-8000-000000000002', name: 'web', description: 'Allows HTTP and HTTPS in' },
    ],
    keyPairs: [
      {
        name: 'demo-keypair',
        fingerprint: 'SHA256:emulatordemokeypairfingerprint0000000000000',
        publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEmulatorDemoKeyPairPublicKeyOnly0000000 demo-keypair',
      },
    ],
    serverGroups: [
      { id: '5e6f7081-0000-4000-8000-000000000001', name: 'sg-anti-affinity', policies: ['anti-affinity'] },
    ],
    enterpriseProjects: [
      { id: '0', name: 'default', status: 'enabled' },
      { id: '7a8b9c0d-0000-4000-8000-000000000001', name: 'ep-production', status: 'enabled' },
      { id: '7a8b9c0d-0000-4000-8000-000000000002', name: 'ep-retired', status: 'disabled' },
    ],
    volumeTypes: ['SATA', 'SAS', 'SSD', 'GPSSD', 'ESSD', 'GPSSD2', 'ESSD2'],
    volumeTypeZones: {},
    quotas: { instances: 50, cores: 200, ramGb: 400 },
    preexistingUsage: { instances: 0, cores: 0, ramMb: 0 },
    eips: [
      {
        id: '8c9d0e1f-0000-4000-8000-000000000001',
        address: '100.85.10.11',
        status: 'DOWN',
        bandwidthId: '9d0e1f20-0000-4000-8000-000000000001',
        shareType: 'PER',
      },
      {
        id: '8c9d0e1f-0000-4000-8000-000000000002',
        address: '100.85.10.12',
        status: 'ACTIVE',
        bandwidthId: '9d0e1f20-0000-4000-8000-000000000100',
        shareType: 'WHOLE',
      },
    ],
    bandwidths: [{ id: '9d0e1f20-0000-4000-8000-000000000100', name: 'bandwidth-shared', sizeMbit: 100 }],
    storageQuotas: {
      volumes: { limit: 200, used: 0 },
      gigabytes: { limit: 20_000, used: 0 },
      snapshots: { limit: 200, used: 0 },
      per_volume_gigabytes: { limit: 32_768, used: 0 },
    },
    networkQuotas: {
      vpc: 150,
      subnet: 400,
      securityGroup: 100,
      securityGroupRule: 5000,
      publicIp: 10,
      shareBandwidth: 5,
      shareBandwidthIP: 20,
    },
    deniedLists: [],
  };
}

export function findFlavor(world: World, id: string): WorldFlavor | undefined {
  return world.flavors.find((f) => f.id === id);
}

export function findImage(world: World, id: string): WorldImage | undefined {
  return world.images.find((i) => i.id === id);
}

export function findSubnet(world: World, id: string): WorldSubnet | undefined {
  return world.subnets.find((s) => s.id === id);
}

export function findPort(world: World, id: string): WorldPort | undefined {
  return world.ports.find((p) => p.id === id);
}

export function findVpc(world: World, id: string): WorldVpc | undefined {
  return world.vpcs.find((v) => v.id === id);
}

/** Sale status of a flavor in an AZ (`normal` unless the world says otherwise). */
export function flavorStatusIn(flavor: WorldFlavor, az: string): FlavorSaleStatus {
  return flavor.azStatus[az] ?? 'normal';
}
