import { BadInputError } from '../../graphql/errors.js';
import type { Granularity } from './kpi-request.js';

/** One bucket of a series: local dates [start, end), and its length in calendar months. */
export interface Bucket {
  start: string;
  end: string;
  /** Calendar months covered, partial months pro rata by days (rule 14). */
  months: number;
}

export const MAX_BUCKETS = 1000;

// Local dates are plain civil dates (no zone): day numbers since 1970-01-01, proleptic Gregorian
// (H. Hinnant's days_from_civil / civil_from_days), so a bucket list is integer arithmetic.
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const daysInMonth = (y: number, m: number) => dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoOf = (day: number) => {
  const [y, m, d] = civil(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

function date(iso: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new BadInputError(field, `must be a local date YYYY-MM-DD, got "${iso}"`);
  return dayNumber(y, m, d);
}

/** The first day of the `granularity` unit containing `day`. */
function unitStart(day: number, granularity: Granularity): number {
  const [y, m] = civil(day);
  switch (granularity) {
    case 'DAY': return day;
    case 'WEEK': return day - (((day % 7) + 10) % 7); // 1970-01-01 was a Thursday; weeks start on Monday
    case 'MONTH': return dayNumber(y, m, 1);
    case 'QUARTER': return dayNumber(y, m - ((m - 1) % 3), 1);
    case 'YEAR': return dayNumber(y, 1, 1);
  }
}

/** The start of the next unit after `start` (itself a unit's start). */
function nextUnit(start: number, granularity: Granularity): number {
  const [y, m] = civil(start);
  const plusMonths = (n: number) => dayNumber(y + Math.floor((m - 1 + n) / 12), ((m - 1 + n) % 12) + 1, 1);
  switch (granularity) {
    case 'DAY': return start + 1;
    case 'WEEK': return start + 7;
    case 'MONTH': return plusMonths(1);
    case 'QUARTER': return plusMonths(3);
    case 'YEAR': return dayNumber(y + 1, 1, 1);
  }
}

/** Calendar months in [start, end): whole months count 1, partial ones days / days of that month. */
function monthsBetween(start: number, end: number): number {
  let months = 0;
  for (let month = unitStart(start, 'MONTH'); month < end; month = nextUnit(month, 'MONTH')) {
    const next = nextUnit(month, 'MONTH');
    months += (Math.min(end, next) - Math.max(start, month)) / (next - month);
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
  const buckets: Bucket[] = [];
  for (let s = unitStart(start, granularity); s < end; s = nextUnit(s, granularity)) {
    const b = Math.max(s, start);
    const e = Math.min(nextUnit(s, granularity), end);
    buckets.push({ start: isoOf(b), end: isoOf(e), months: monthsBetween(b, e) });
    if (buckets.length > MAX_BUCKETS) throw new BadInputError('granularity', `gives more than ${MAX_BUCKETS} buckets for this period`);
  }
  return buckets;
}
