import type { Granularity } from '../engine/kpi-request.js';
import { formatLocalDate, parseLocalPeriod, type LocalPeriod } from './local-period.js';

/**
 * @name previousPeriod
 * @summary The period of the same length immediately before a period of local dates.
 *
 * @description
 * The result always ends where the given period starts (`to` = the given `from`). Its length:
 * - MONTH, QUARTER or YEAR granularity and both ends on the 1st of a month: the same number of
 *   whole calendar months, so a month is preceded by the previous month whatever their days
 *   (March's 31 days by February), a quarter by the previous quarter, a year by the previous
 *   year. A period aligned to quarters or years is aligned to months too, so it shifts by whole
 *   quarters or years; a month-aligned period under QUARTER or YEAR granularity (Feb-Apr) still
 *   shifts by its months (Nov-Jan) rather than by a count of days that would start on the 4th.
 * - otherwise (DAY or WEEK granularity, or a period starting or ending mid-month): the same
 *   number of days. An ISO-week-aligned period thus stays week-aligned.
 *
 * @param from - first local date of the period, `YYYY-MM-DD` (included)
 * @param to - local date after the period, `YYYY-MM-DD` (excluded)
 * @param granularity - the bucket size the period is reviewed in
 *
 * @throws {RangeError} when a date is not a real `YYYY-MM-DD` date or `to` is not after `from`.
 *
 * @example
 * previousPeriod('2026-03-01', '2026-04-01', 'MONTH'); //=> { from: '2026-02-01', to: '2026-03-01' }
 * previousPeriod('2026-04-01', '2026-07-01', 'QUARTER'); //=> { from: '2026-01-01', to: '2026-04-01' }
 * previousPeriod('2026-01-01', '2027-01-01', 'YEAR'); //=> { from: '2025-01-01', to: '2026-01-01' }
 * previousPeriod('2026-03-01', '2026-04-01', 'DAY'); //=> { from: '2026-01-29', to: '2026-03-01' } (31 days)
 * previousPeriod('2026-03-10', '2026-03-17', 'WEEK'); //=> { from: '2026-03-03', to: '2026-03-10' }
 * previousPeriod('2026-03-15', '2026-04-15', 'MONTH'); //=> { from: '2026-02-12', to: '2026-03-15' } (31 days, not month-aligned)
 */
export function previousPeriod(from: string, to: string, granularity: Granularity): LocalPeriod {
  const period = parseLocalPeriod(from, to);
  const byMonths = granularity === 'MONTH' || granularity === 'QUARTER' || granularity === 'YEAR';
  const start =
    byMonths && period.from.day === 1 && period.to.day === 1
      ? period.from.minus({ months: (period.to.year - period.from.year) * 12 + (period.to.month - period.from.month) })
      : period.from.minus({ days: period.to.diff(period.from, 'days').days });
  return { from: formatLocalDate(start), to: from };
}
