import { DateTime } from 'luxon';

/** A half-open period of local dates [from, to), both `YYYY-MM-DD`. */
export interface LocalPeriod {
  /** First local date of the period (included). */
  from: string;
  /** Local date just after the period (excluded). */
  to: string;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @name parseLocalPeriod
 * @summary Read a half-open period of local dates as two UTC-midnight `DateTime`s.
 *
 * @description
 * Local dates carry no zone, so they are held at UTC midnight where every day has 24 hours and
 * day and month arithmetic is plain calendar arithmetic. The dates must be real (`2026-02-30`
 * is rejected) and `from` must be before `to`.
 *
 * @throws {RangeError} when a date is not a real `YYYY-MM-DD` date or `to` is not after `from`.
 *
 * @example
 * parseLocalPeriod('2026-03-01', '2026-04-01').from.month; //=> 3
 * parseLocalPeriod('2026-03-01', '2026-03-01'); //=> throws RangeError (empty period)
 */
export function parseLocalPeriod(from: string, to: string): { from: DateTime; to: DateTime } {
  const start = parseLocalDate('from', from);
  const end = parseLocalDate('to', to);
  if (end <= start) throw new RangeError(`to must be after from; received [${from}, ${to})`);
  return { from: start, to: end };
}

/**
 * @name formatLocalDate
 * @summary The `YYYY-MM-DD` of a `DateTime` made by `parseLocalPeriod`.
 *
 * @example
 * formatLocalDate(parseLocalPeriod('2026-03-01', '2026-04-01').to); //=> '2026-04-01'
 */
export function formatLocalDate(date: DateTime): string {
  return date.toFormat('yyyy-MM-dd');
}

function parseLocalDate(name: string, text: string): DateTime {
  const date = LOCAL_DATE.test(text) ? DateTime.fromISO(text, { zone: 'utc' }) : null;
  if (date === null || !date.isValid) throw new RangeError(`${name} must be a real local date YYYY-MM-DD; received "${text}"`);
  return date;
}
