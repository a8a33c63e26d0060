import { DateTime } from 'luxon';
import { BadInputError } from '../../graphql/errors.js';
import type { Granularity } from './kpi-request.js';

/** One bucket of a series: local dates [start, end), and its length in calendar months. */
export interface Bucket {
  start: string;
  end: string;
  /** Calendar months covered, partial months pro rata by days (rule 14). */
  months: number;
}

const UNIT = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' } as const;
export const MAX_BUCKETS = 1000;

const date = (iso: string, field: string) => {
  const value = DateTime.fromISO(iso, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !value.isValid) throw new BadInputError(field, `must be a local date YYYY-MM-DD, got "${iso}"`);
  return value;
};

function monthsBetween(start: DateTime, end: DateTime): number {
  let months = 0;
  for (let month = start.startOf('month'); month < end; month = month.plus({ months: 1 })) {
    const from = start > month ? start : month;
    const next = month.plus({ months: 1 });
    const to = end < next ? end : next;
    months += to.diff(from, 'days').days / month.daysInMonth!;
  }
  return months;
}

/**
 * The buckets of [from, to) at `granularity`: calendar-aligned (ISO weeks from Monday, quarters
 * from January, April, July, October) and clipped to the period.
 *
 * @example
 * kpiBuckets('2026-01-15', '2026-03-01', 'MONTH')
 * //=> [{ start: '2026-01-15', end: '2026-02-01', months: 17/31 }, { start: '2026-02-01', end: '2026-03-01', months: 1 }]
 */
export function kpiBuckets(from: string, to: string, granularity: Granularity): Bucket[] {
  const start = date(from, 'period.from');
  const end = date(to, 'period.to');
  if (start >= end) throw new BadInputError('period', `from (${from}) must be before to (${to})`);
  const unit = UNIT[granularity];
  const buckets: Bucket[] = [];
  for (let s = start.startOf(unit); s < end; s = s.plus({ [unit + 's']: 1 })) {
    const b = s < start ? start : s;
    const next = s.plus({ [unit + 's']: 1 });
    const e = next > end ? end : next;
    buckets.push({ start: b.toISODate()!, end: e.toISODate()!, months: monthsBetween(b, e) });
    if (buckets.length > MAX_BUCKETS) throw new BadInputError('granularity', `gives more than ${MAX_BUCKETS} buckets for this period`);
  }
  return buckets;
}
