/** The few facts a person checks before creating (and paying for) servers. */

export interface RequestSummary {
  readonly region: string;
  readonly projectId: string;
  readonly name: string;
  readonly count: number;
  readonly flavor: string;
  readonly image: string;
  readonly billing: string;
  readonly availabilityZone?: string;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asText = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : fallback;

function billingOf(extendparam: Record<string, unknown>): string {
  const mode = extendparam.chargingMode;
  if (mode === 'prePaid' || mode === 1 || mode === '1') {
    const unit = asText(extendparam.periodType, 'month');
    const periods = asText(extendparam.periodNum, '1');
    const auto = extendparam.isAutoRenew === true || extendparam.isAutoRenew === 'true' ? ', auto-renew' : '';
    const pay = extendparam.isAutoPay === true || extendparam.isAutoPay === 'true' ? ', paid automatically' : ', order left unpaid';
    return `yearly/monthly (${periods} ${unit}${Number(periods) === 1 ? '' : 's'}${auto}${pay})`;
  }
  return 'pay-per-use';
}

export function summarizeRequest(body: unknown, region: string, projectId: string): RequestSummary {
  const server = asRecord(asRecord(body).server);
  const count = typeof server.count === 'number' ? server.count : 1;
  return {
    region,
    projectId,
    name: asText(server.name, '(no name)'),
    count,
    flavor: asText(server.flavorRef, '(no flavor)'),
    image: asText(server.imageRef, '(no image)'),
    billing: billingOf(asRecord(server.extendparam)),
    availabilityZone: typeof server.availability_zone === 'string' ? server.availability_zone : undefined,
  };
}

export function formatSummary(summary: RequestSummary): string[] {
  const names = summary.count > 1 ? `${summary.name} (x${summary.count}, ECS numbers the names)` : summary.name;
  return [
    `  region:   ${summary.region}${summary.availabilityZone ? ` (AZ ${summary.availabilityZone})` : ''}`,
    `  project:  ${summary.projectId}`,
    `  name:     ${names}`,
    `  count:    ${summary.count}`,
    `  flavor:   ${summary.flavor}`,
    `  image:    ${summary.image}`,
    `  billing:  ${summary.billing}`,
  ];
}
