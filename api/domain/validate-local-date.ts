import { DateTime } from 'luxon';
import { BadInputError } from '../graphql/errors.js';

/** Rejects strings shaped like YYYY-MM-DD that are no real date (2026-02-30). */
export function assertLocalDate(field: string, value: string): void {
  if (!DateTime.fromISO(value, { zone: 'UTC' }).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new BadInputError(field, `must be a real local date YYYY-MM-DD, got "${value}"`);
  }
}

/** HH:MM to minutes of the day; 24:00 is 1440. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** Each interval must start before it ends. */
export function assertIntervalsOrdered(field: string, intervals: { start: string; end: string }[]): void {
  intervals.forEach((interval, i) => {
    if (minutesOfDay(interval.start) >= minutesOfDay(interval.end)) {
      throw new BadInputError(`${field}.${i}`, `start ${interval.start} must be before end ${interval.end}`);
    }
  });
}
