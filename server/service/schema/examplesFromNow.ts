/**
 * Example values that are computed when shown, so that they never expire: a field whose schema has
 * `x-exampleDaysFromNow: N` (auto_terminate_time) gets the UTC time N days from now, on the hour.
 * Hover and completion read examples through `schemaExamples`; the standalone schema, read by other
 * editors, simply has no example for such a field.
 */
import type { JsonSchema } from './jsonSchema';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** `yyyy-MM-ddTHH:mm:ssZ`, the form the API wants for times (no milliseconds). */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The examples of a (resolved) schema: its own, then the computed one. */
export function schemaExamples(schema: JsonSchema, now: Date = new Date()): unknown[] {
  const examples = Array.isArray(schema.examples) ? [...schema.examples] : [];
  const days = schema['x-exampleDaysFromNow'];
  if (typeof days === 'number' && Number.isFinite(days)) {
    examples.push(formatUtc(new Date(Math.floor((now.getTime() + days * DAY) / HOUR) * HOUR)));
  }
  return examples;
}
