/**
 * A realistic large create-server request, built in code for the warm-up (no disk reads): many
 * data disks, NICs, tags and metadata entries and a big base64 user_data, so that warming it
 * runs the same parser, schema and rule paths as a user's largest documents.
 */

/** How big the warm-up request is; `scale` 1 is about the size of the largest real requests. */
export function buildWarmUpRequest(scale: number): object {
  const count = (full: number): number => Math.max(1, Math.round(full * scale));
  const id = (seed: number): string => {
    const hex = ((seed * 2654435761) >>> 0).toString(16).padStart(8, '0');
    return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(4, 7)}-${hex}${hex.slice(0, 4)}`;
  };
  const volumeTypes = ['SSD', 'GPSSD', 'ESSD', 'SAS', 'GPSSD2', 'ESSD2', 'SATA'];
  return {
    server: {
      availability_zone: 'cn-north-4a',
      name: 'warm-up-server',
      imageRef: id(1),
      flavorRef: 'c7.4xlarge.4',
      vpcid: id(2),
      root_volume: { volumetype: 'SSD', size: 100, metadata: { __system__encrypted: '1', __system__cmkid: id(3) } },
      data_volumes: Array.from({ length: count(59) }, (_, index) => ({
        volumetype: volumeTypes[index % volumeTypes.length],
        size: 10 + index * 16,
        ...(index % 3 === 0 ? { multiattach: true, 'hw:passthrough': true } : {}),
        ...(index % 2 === 0 ? { delete_on_termination: true } : {}),
      })),
      security_groups: [{ id: id(4) }, { id: id(5) }],
      nics: Array.from({ length: count(12) }, (_, index) => ({
        subnet_id: id(100 + index),
        ip_address: `192.168.${index}.${10 + index}`,
        allowed_address_pairs: [{ ip_address: `10.${index}.0.0/24` }, { ip_address: `10.${index}.1.0/24` }],
      })),
      publicip: {
        eip: {
          iptype: '5_bgp',
          bandwidth: { size: 300, sharetype: 'PER', chargemode: 'traffic' },
          extendparam: { chargingMode: 'postPaid' },
        },
        delete_on_termination: true,
      },
      key_name: 'warm-up-key',
      // Base64 of repeated shell text: long enough to exercise the size and encoding checks.
      user_data: Buffer.from('#!/bin/bash\necho warm-up\n'.repeat(count(1300))).toString('base64'),
      count: 1,
      metadata: Object.fromEntries(
        Array.from({ length: count(10) }, (_, index) => [`app.label.${index}`, `value-${index}`]),
      ),
      extendparam: { chargingMode: 'postPaid', enterprise_project_id: id(6), support_auto_recovery: true },
      'os:scheduler_hints': { group: id(7) },
      server_tags: Array.from({ length: count(10) }, (_, index) => ({ key: `tag-${index}`, value: `value-${index}` })),
      description: 'Warm-up request.',
    },
  };
}

/** The request as a JSON text, formatted the way editors save it. */
export function warmUpJson(scale: number): string {
  return JSON.stringify(buildWarmUpRequest(scale), null, 4);
}

/** The same request as YAML, written by hand (block style) so this module does not need the yaml package. */
export function warmUpYaml(scale: number): string {
  const lines: string[] = [];
  const scalar = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));
  const write = (value: unknown, indent: string, prefix: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) write(item, `${indent}  `, `${indent}- `);
    } else if (value !== null && typeof value === 'object') {
      let first = prefix;
      for (const [key, child] of Object.entries(value)) {
        const head = `${first || indent}${/^[A-Za-z_][\w.:-]*$/.test(key) ? key : JSON.stringify(key)}:`;
        first = '';
        if (child !== null && typeof child === 'object') {
          lines.push(head);
          write(child, `${indent}  `, '');
        } else {
          lines.push(`${head} ${scalar(child)}`);
        }
      }
    } else {
      lines.push(`${prefix}${scalar(value)}`);
    }
  };
  write(buildWarmUpRequest(scale), '', '');
  return `${lines.join('\n')}\n`;
}
