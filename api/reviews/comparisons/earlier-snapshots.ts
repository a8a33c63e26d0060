import { DateTime } from 'luxon';
import { samePeriodLastYear } from '../../kpis/status/same-period-last-year.js';

interface Dated {
  id: string;
  periodFrom: string;
  periodTo: string;
}

const days = (a: string, b: string) => DateTime.fromISO(b, { zone: 'UTC' }).diff(DateTime.fromISO(a, { zone: 'UTC' }), 'days').days;

/**
 * The snapshots of one client and level before `current` (by period start), most recent first.
 *
 * @example
 * earlierSnapshots([q1, q2, q3, q4], q4) //=> [q3, q2, q1]
 */
export function earlierSnapshots<S extends Dated>(history: readonly S[], current: S): S[] {
  return history.filter((s) => s.id !== current.id && s.periodFrom < current.periodFrom)
    .sort((a, b) => b.periodFrom.localeCompare(a.periodFrom));
}

/**
 * The snapshot of the same period a year earlier: the one whose period starts closest to
 * `samePeriodLastYear`'s start, within half the period's length (a weekly sync a year earlier
 * falls on another date), or undefined.
 *
 * @example
 * yearAgoSnapshot([march2025, march2026], march2026) //=> march2025
 */
export function yearAgoSnapshot<S extends Dated>(history: readonly S[], current: S): S | undefined {
  const target = samePeriodLastYear(current.periodFrom, current.periodTo).from;
  const slack = Math.max(0, Math.floor(days(current.periodFrom, current.periodTo) / 2));
  let best: S | undefined;
  for (const s of history) {
    const off = Math.abs(days(target, s.periodFrom));
    if (s.id !== current.id && off <= slack && (!best || off < Math.abs(days(target, best.periodFrom)))) best = s;
  }
  return best;
}
