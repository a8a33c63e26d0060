import { compileCalendar } from '../../api/sla/calendar/business-calendar.js';
import { businessMinutesBetween } from '../../api/sla/calendar/business-minutes-between.js';
import { HELSINKI_BUSINESS_HOURS } from './helsinki-calendar.js';
import { naiveBusinessMinutes } from './naive-business-minutes.js';
import { Rng } from './rng.js';

export interface SpanResult {
  spans: number;
  spansPerSecond: number;
  loopSpans: number;
  loopSpansPerSecond: number;
  ratio: number;
  /** Spans of the loop subset where the two disagree beyond 1e-9 minutes. */
  disagreements: number;
}

const HOUR = 3_600_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2026, 0, 1);

/**
 * `businessMinutesBetween` on `count` random spans (1 hour to 3 weeks, log-uniform, starts over
 * 2024-2025) on Helsinki business hours with holidays, against the day-by-day luxon loop on the
 * first `loopCount` of the same spans; both rates from this run.
 */
export function benchSpans(count: number, loopCount: number): SpanResult {
  const rng = new Rng(99);
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    from[i] = FROM + Math.floor(rng.next() * (TO - FROM));
    to[i] = from[i] + Math.round(HOUR * Math.exp(rng.next() * Math.log(21 * 24)));
  }
  const calendar = compileCalendar(HELSINKI_BUSINESS_HOURS);
  // Warm-up: the calendar's cache fills with the days the spans touch, and the JIT settles.
  businessMinutesBetween(calendar, FROM - 30 * 24 * HOUR, TO + 30 * 24 * HOUR);
  let sink = 0;
  for (let i = 0; i < Math.min(count, 100_000); i++) sink += businessMinutesBetween(calendar, from[i], to[i]);
  const start = performance.now();
  for (let i = 0; i < count; i++) sink += businessMinutesBetween(calendar, from[i], to[i]);
  const fastSeconds = (performance.now() - start) / 1000;

  const loop = naiveBusinessMinutes(HELSINKI_BUSINESS_HOURS);
  const n = Math.min(loopCount, count);
  for (let i = 0; i < Math.min(n, 500); i++) sink += loop(from[i], to[i]);
  let disagreements = 0;
  const loopStart = performance.now();
  const results = new Float64Array(n);
  for (let i = 0; i < n; i++) results[i] = loop(from[i], to[i]);
  const loopSeconds = (performance.now() - loopStart) / 1000;
  for (let i = 0; i < n; i++) if (Math.abs(results[i] - businessMinutesBetween(calendar, from[i], to[i])) > 1e-9) disagreements++;
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const spansPerSecond = count / fastSeconds;
  const loopSpansPerSecond = n / loopSeconds;
  return { spans: count, spansPerSecond, loopSpans: n, loopSpansPerSecond, ratio: spansPerSecond / loopSpansPerSecond, disagreements };
}
