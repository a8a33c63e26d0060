import { formatLocalDate, parseLocalPeriod, type LocalPeriod } from './local-period.js';

/**
 * @name samePeriodLastYear
 * @summary The same period of local dates one year earlier.
 *
 * @description
 * Both dates move back one calendar year. February 29 has no counterpart in the year before:
 * - as `from` (included) it becomes February 28, the last day of that February;
 * - as `to` (excluded) it becomes March 1. `to` is the day after the period, so the period's last
 *   day (February 28) still maps to February 28 and is kept; rounding `to` down to February 28
 *   instead would drop that day and turn [2024-02-28, 2024-02-29) into an empty period.
 * So a period that contains February 29 but starts before it maps to one a day shorter (a leap-year
 * February [2024-02-01, 2024-03-01) maps to the whole of February 2023), and the result is never
 * empty. The reverse needs no rule: February 2025 maps to the whole of February 2024, the 29th
 * included.
 *
 * @param from - first local date of the period, `YYYY-MM-DD` (included)
 * @param to - local date after the period, `YYYY-MM-DD` (excluded)
 *
 * @throws {RangeError} when a date is not a real `YYYY-MM-DD` date or `to` is not after `from`.
 *
 * @example
 * samePeriodLastYear('2026-03-01', '2026-04-01'); //=> { from: '2025-03-01', to: '2025-04-01' }
 * samePeriodLastYear('2024-02-29', '2024-03-07'); //=> { from: '2023-02-28', to: '2023-03-07' }
 * samePeriodLastYear('2024-02-01', '2024-02-29'); //=> { from: '2023-02-01', to: '2023-03-01' }
 * samePeriodLastYear('2025-02-01', '2025-03-01'); //=> { from: '2024-02-01', to: '2024-03-01' }
 */
export function samePeriodLastYear(from: string, to: string): LocalPeriod {
  const period = parseLocalPeriod(from, to);
  const start = period.from.minus({ years: 1 });
  const leapDayEnd = period.to.month === 2 && period.to.day === 29;
  const end = leapDayEnd ? period.to.minus({ years: 1 }).plus({ days: 1 }) : period.to.minus({ years: 1 });
  return { from: formatLocalDate(start), to: formatLocalDate(end) };
}
