import rrulePkg from 'rrule';
import { DateTime } from 'luxon';

const { RRule } = rrulePkg;

/** One occurrence of a cadence: its instant, its local date, and its neighbours' local dates. */
export interface Occurrence {
  at: Date;
  /** YYYY-MM-DD in the client's zone. */
  localDate: string;
  /** The cadence's occurrence before this one; null for the first. */
  previousLocalDate: string | null;
  /** The cadence's occurrence after this one; null for the last the rule gives. */
  nextLocalDate: string | null;
}

/** Wall-clock time held as if it were UTC: rrule has no usable zone support, luxon does. */
const floating = (local: DateTime) => new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
const wallClock = (date: Date) => DateTime.fromJSDate(date, { zone: 'UTC' });

/** Which occurrences to list: after `after` (exclusive; from the start when absent), up to and including `until`. */
export interface OccurrenceWindow {
  after?: Date | null;
  until: Date;
}

/**
 * The occurrences of an RRULE cadence (without DTSTART) starting on local date `startsOn` at
 * `meetingTime`, in `timeZone`, within `window`, at most `limit + 1` (so a caller can tell it had
 * more). The rule runs on wall-clock time and each occurrence is placed in the zone afterwards,
 * so "first Tuesday at 10:00" stays 10:00 local across DST changes (a time inside a
 * spring-forward gap moves to the next valid minute).
 *
 * @example
 * cadenceOccurrences('FREQ=MONTHLY;BYDAY=+1TU', '2026-01-01', '10:00', 'Europe/Helsinki', { until: new Date('2026-03-01T00:00:00Z') }, 10)
 * //=> [{ at: 2026-01-06T08:00Z, localDate: '2026-01-06', previousLocalDate: null, nextLocalDate: '2026-02-03' },
 * //    { at: 2026-02-03T08:00Z, localDate: '2026-02-03', previousLocalDate: '2026-01-06', nextLocalDate: '2026-03-03' }]
 */
export function cadenceOccurrences(
  cadence: string, startsOn: string, meetingTime: string, timeZone: string, window: OccurrenceWindow, limit: number,
): Occurrence[] {
  const [hour, minute] = meetingTime.split(':').map(Number);
  const start = floating(DateTime.fromISO(startsOn, { zone: 'UTC' }).set({ hour, minute }));
  const rule = new RRule({ ...RRule.parseString(cadence), dtstart: start });
  const after = window.after ? floating(DateTime.fromJSDate(window.after, { zone: timeZone })) : null;
  const end = floating(DateTime.fromJSDate(window.until, { zone: timeZone }));
  const found: Date[] = [];
  // The iterator stops early, so an unbounded rule (FREQ=DAILY, no UNTIL) costs at most `limit + 1` steps.
  rule.between(after && after > start ? after : start, end, !after || after < start, (date) => found.push(date) <= limit);
  const localDate = (date: Date | null) => (date ? wallClock(date).toISODate()! : null);
  return found.map((date, i) => ({
    at: DateTime.fromObject(wallClock(date).toObject(), { zone: timeZone }).toJSDate(),
    localDate: localDate(date)!,
    previousLocalDate: localDate(found[i - 1] ?? rule.before(date)),
    nextLocalDate: localDate(found[i + 1] ?? rule.after(date)),
  }));
}
