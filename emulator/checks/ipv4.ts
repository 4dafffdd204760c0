/** Small IPv4 helpers for subnet checks and address allocation. */

/** The address as a 32-bit unsigned number, or undefined when it is not dotted-quad IPv4. */
export function parseIpv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

interface Cidr {
  network: number;
  prefix: number;
}

function parseCidr(cidr: string): Cidr {
  const [address, prefixText] = cidr.split('/');
  const prefix = Number(prefixText);
  const base = parseIpv4(address) ?? 0;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { network: (base & mask) >>> 0, prefix };
}

export function addressCount(cidr: string): number {
  return 2 ** (32 - parseCidr(cidr).prefix);
}

export function cidrContains(cidr: string, address: string): boolean {
  const value = parseIpv4(address);
  if (value === undefined) return false;
  const { network, prefix } = parseCidr(cidr);
  return value >= network && value < network + 2 ** (32 - prefix);
}

/** True for the network and broadcast addresses, which can never be given to a NIC. */
export function isReservedInCidr(cidr: string, address: string): boolean {
  const value = parseIpv4(address);
  const { network, prefix } = parseCidr(cidr);
  return value === network || value === network + 2 ** (32 - prefix) - 1;
}

/** The lowest free host address of the subnet (starting after the gateway), or undefined when full. */
export function nextFreeAddress(cidr: string, used: Set<string>): string | undefined {
  const { network, prefix } = parseCidr(cidr);
  const last = network + 2 ** (32 - prefix) - 2;
  for (let value = network + 2; value <= last; value++) {
    const candidate = formatIpv4(value);
    if (!used.has(candidate)) return candidate;
  }
  return undefined;
}
