/** Rules on the billing options of the server (R21, R24). */
import { getProperty } from '../../../request/parser/nodes';
import { formatUtc, schemaExamples } from '../schema/examplesFromNow';
import { getSchemaNavigator } from '../schema/ecsSchema';
import type { RuleFinding } from '../types';
import {
  addProperties,
  defineRule,
  literalString,
  objectAt,
  presentProperty,
  propertyOfType,
  removableFinding,
  replaceValue,
  serverBilling,
} from './ruleHelpers';

const PERIOD_RANGE: Readonly<Record<string, { max: number; unit: string }>> = {
  month: { max: 9, unit: 'months' },
  year: { max: 3, unit: 'years' },
};
const PREPAID_ONLY_OPTIONS = ['periodType', 'periodNum', 'isAutoRenew', 'isAutoPay'] as const;

export const prePaidPeriod = defineRule({
  id: 'R21',
  defaultSeverity: 'error',
  title:
    'Yearly/monthly servers need periodType and periodNum (1–9 months or 1–3 years); period and ' +
    'auto-renew/auto-pay options only apply to them',
  fields: PREPAID_ONLY_OPTIONS.map((key) => `extendparam.${key}`).concat('extendparam.chargingMode'),
  check({ server }) {
    const extendparam = objectAt(server, 'extendparam');
    const billing = serverBilling(server);
    if (!extendparam) return [];
    const findings: RuleFinding[] = [];

    if (billing.mode === 'postPaid') {
      for (const key of PREPAID_ONLY_OPTIONS) {
        const property = presentProperty(extendparam, key);
        if (!property) continue;
        findings.push(
          removableFinding(
            property,
            `extendparam.${key} only applies to yearly/monthly servers (chargingMode prePaid); this server is ` +
              `billed pay-per-use, so it is ignored. Remove it.`,
            'warning',
          ),
        );
      }
      return findings;
    }
    if (billing.mode !== 'prePaid' || !billing.node) return [];

    const missing = ['periodType', 'periodNum'].filter((key) => !getProperty(extendparam, key));
    if (missing.length > 0) {
      findings.push({
        node: billing.node,
        message:
          `A yearly/monthly server (chargingMode prePaid) needs ` +
          `extendparam.${missing.join(' and extendparam.')}. Add ${missing.length > 1 ? 'them' : 'it'}.`,
        fixes: [addProperties(extendparam, missing)],
      });
    }

    const periodType = literalString(extendparam, 'periodType')?.value.value;
    const periodNum = propertyOfType(extendparam, 'periodNum', 'number');
    const range = periodType !== undefined ? PERIOD_RANGE[periodType] : undefined;
    if (range && periodNum) {
      const value = periodNum.value.value;
      if (value < 1 || value > range.max) {
        findings.push({
          node: periodNum.value,
          message:
            `extendparam.periodNum is ${value}, but with periodType "${periodType}" it must be 1 ` +
            `to ${range.max} (${range.unit}).`,
          fixes: [replaceValue(periodNum.value, [value < 1 ? 1 : range.max])],
        });
      }
    }
    return findings;
  },
});

const MINUTE = 60_000;
const EARLIEST_OFFSET = 30 * MINUTE;
const STRICT_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
/** ISO 8601 with an explicit zone: we can rewrite it in the required shape without guessing. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Date.UTC rolls 2026-02-30 over to March: this tells a real calendar day from such a slip. */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant of a value written with an explicit zone in a shape we can rewrite, else undefined. */
function parseZonedIso(text: string): Date | undefined {
  if (!ISO_WITH_ZONE.test(text) || !isCalendarDay(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The instant of a strictly formatted value, or undefined when a component is out of range. */
function parseStrictUtc(text: string): Date | undefined {
  const match = STRICT_UTC.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Any rolled-over component (day 30 of February, hour 24, …) changes the text back.
  return formatUtc(date) === text ? date : undefined;
}

/** The schema's example for auto_terminate_time: computed from now, so it is always valid. */
function exampleTime(now: Date): string {
  const schema = getSchemaNavigator().subschemaAt(['server', 'auto_terminate_time']);
  const example = schema ? schemaExamples(schema, now)[0] : undefined;
  return typeof example === 'string' ? `, for example ${example}` : '';
}

export const autoTerminateTime = defineRule({
  id: 'R24',
  defaultSeverity: 'error',
  title: 'auto_terminate_time: pay-per-use only, UTC yyyy-MM-ddTHH:mm:ssZ, between 30 minutes and 3 years from now',
  fields: ['auto_terminate_time', 'extendparam.chargingMode'],
  apiErrors: ['Ecs.0081', 'Ecs.0082', 'Ecs.0083', 'Ecs.0084'],
  check({ server, now }) {
    const time = literalString(server, 'auto_terminate_time');
    if (!time || time.value.value.trim() === '') return [];
    if (serverBilling(server).mode === 'prePaid') {
      return [
        removableFinding(
          time.property,
          'auto_terminate_time only works for pay-per-use servers; this server is billed yearly/monthly ' +
            '(chargingMode prePaid). Remove it.',
        ),
      ];
    }

    const text = time.value.value;
    const date = parseStrictUtc(text);
    if (!date) {
      const reparsed = parseZonedIso(text);
      return [
        {
          node: time.value,
          message: `auto_terminate_time must be a UTC time written as yyyy-MM-ddTHH:mm:ssZ${exampleTime(now)}.`,
          fixes: reparsed ? [replaceValue(time.value, [formatUtc(reparsed)])] : undefined,
        },
      ];
    }

    // The service drops the seconds, so the window is checked against the start of that minute.
    const effective = new Date(Math.floor(date.getTime() / MINUTE) * MINUTE);
    const earliest = new Date(now.getTime() + EARLIEST_OFFSET);
    const latest = new Date(now.getTime());
    latest.setUTCFullYear(latest.getUTCFullYear() + 3);
    if (effective < earliest) {
      return [
        {
          node: time.value,
          message:
            `auto_terminate_time must be at least 30 minutes in the future (${formatUtc(earliest)} or later at ` +
            `the time of checking).`,
        },
      ];
    }
    if (effective > latest) {
      return [
        {
          node: time.value,
          message:
            `auto_terminate_time must be at most 3 years in the future (${formatUtc(latest)} or earlier at the ` +
            `time of checking).`,
        },
      ];
    }
    if (effective.getTime() !== date.getTime()) {
      return [
        {
          node: time.value,
          severity: 'information',
          message: `The seconds of auto_terminate_time are dropped: the server is deleted at ${formatUtc(effective)}.`,
          fixes: [replaceValue(time.value, [formatUtc(effective)])],
        },
      ];
    }
    return [];
  },
});
