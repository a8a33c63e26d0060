import { DateTime } from 'luxon';
import type { LocalPeriod } from '../../kpis/status/local-period.js';

/**
 * The local dates a review looks at: [the local date of `periodStart`, the local date of
 * `periodEnd`) in the client's zone, at least one day. Scheduled reviews start and end at local
 * midnight, so this is exact for them; a hand-made period at other times is cut to whole days.
 *
 * @example
 * reviewLocalPeriod({ periodStart: 2025-12-31T22:00Z, periodEnd: 2026-01-31T22:00Z }, 'Europe/Helsinki')
 * //=> { from: '2026-01-01', to: '2026-02-01' }
 */
export function reviewLocalPeriod(review: { periodStart: Date; periodEnd: Date }, timeZone: string): LocalPeriod {
  const from = DateTime.fromJSDate(review.periodStart, { zone: timeZone }).startOf('day');
  const end = DateTime.fromJSDate(review.periodEnd, { zone: timeZone }).startOf('day');
  return { from: from.toISODate()!, to: (end > from ? end : from.plus({ days: 1 })).toISODate()! };
}

/**
 * The instant a local date starts in `timeZone`.
 *
 * @example
 * localMidnight('2026-01-01', 'Europe/Helsinki') //=> 2025-12-31T22:00:00.000Z
 */
export function localMidnight(date: string, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).toJSDate();
}
