import { DateTime } from 'luxon';
import { EngagementLevel } from '../engagement-level.js';
import type { LocalPeriod } from '../../kpis/status/local-period.js';
import type { Occurrence } from './cadence-occurrences.js';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
const iso = (date: DateTime) => date.toISODate()!;

/**
 * The period an occurrence reviews by default, in local dates (domain.md, the levels):
 * - INFORMAL_SYNC: the days since the last sync; the first sync looks back as far as the next
 *   one is ahead (at least a day).
 * - MONTHLY_SERVICE_REVIEW: the last whole month before the meeting day.
 * - QUARTERLY_BUSINESS_REVIEW: the last whole quarter (from January, April, July, October).
 * - SEMIANNUAL_BUSINESS_REVIEW: the last whole half-year (January-June, July-December).
 * - ANNUAL_BUSINESS_REVIEW: the last whole calendar year.
 *
 * @example
 * defaultPeriod(EngagementLevel.MONTHLY_SERVICE_REVIEW, { localDate: '2026-02-03', ... }) //=> { from: '2026-01-01', to: '2026-02-01' }
 * defaultPeriod(EngagementLevel.QUARTERLY_BUSINESS_REVIEW, { localDate: '2026-04-14', ... }) //=> { from: '2026-01-01', to: '2026-04-01' }
 * defaultPeriod(EngagementLevel.INFORMAL_SYNC, { localDate: '2026-02-09', previousLocalDate: '2026-02-02', ... }) //=> { from: '2026-02-02', to: '2026-02-09' }
 */
export function defaultPeriod(level: EngagementLevel, occurrence: Pick<Occurrence, 'localDate' | 'previousLocalDate' | 'nextLocalDate'>): LocalPeriod {
  const date = day(occurrence.localDate);
  const before = (end: DateTime, months: number) => ({ from: iso(end.minus({ months })), to: iso(end) });
  switch (level) {
    case EngagementLevel.INFORMAL_SYNC: {
      const gap = occurrence.nextLocalDate ? day(occurrence.nextLocalDate).diff(date, 'days').days : 7;
      const from = occurrence.previousLocalDate ? day(occurrence.previousLocalDate) : date.minus({ days: gap });
      return { from: iso(from < date ? from : date.minus({ days: 1 })), to: iso(date) };
    }
    case EngagementLevel.MONTHLY_SERVICE_REVIEW:
      return before(date.startOf('month'), 1);
    case EngagementLevel.QUARTERLY_BUSINESS_REVIEW:
      return before(date.startOf('quarter'), 3);
    case EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW:
      return before(date.startOf('year').plus({ months: date.month > 6 ? 6 : 0 }), 6);
    case EngagementLevel.ANNUAL_BUSINESS_REVIEW:
      return before(date.startOf('year'), 12);
    default: {
      const unknown: never = level;
      throw new Error(`unknown engagement level ${String(unknown)}`);
    }
  }
}
