import { DateTime } from 'luxon';

/**
 * A review period [from, to) of local dates as people name it: a month, a quarter, a half-year, a
 * year, or else its first and last day.
 *
 * @example
 * periodLabel('2025-03-01', '2025-04-01') //=> 'Mar 2025'
 * periodLabel('2025-04-01', '2025-07-01') //=> 'Q2 2025'
 * periodLabel('2025-07-01', '2026-01-01') //=> 'H2 2025'
 * periodLabel('2025-01-01', '2026-01-01') //=> '2025'
 * periodLabel('2025-03-10', '2025-03-17') //=> '10–16 Mar 2025'
 */
export function periodLabel(from: string, to: string): string {
  const start = DateTime.fromISO(from, { zone: 'UTC' });
  const end = DateTime.fromISO(to, { zone: 'UTC' });
  const months = end.diff(start, 'months').months;
  if (start.day === 1 && Number.isInteger(months)) {
    if (months === 1) return start.toFormat('LLL yyyy');
    if (months === 3 && (start.month - 1) % 3 === 0) return `Q${start.quarter} ${start.year}`;
    if (months === 6 && (start.month === 1 || start.month === 7)) return `H${start.month === 1 ? 1 : 2} ${start.year}`;
    if (months === 12 && start.month === 1) return String(start.year);
  }
  const last = end.minus({ days: 1 });
  if (last.hasSame(start, 'month')) return `${start.day}–${last.day} ${start.toFormat('LLL yyyy')}`;
  return `${start.toFormat('d LLL yyyy')} – ${last.toFormat('d LLL yyyy')}`;
}
