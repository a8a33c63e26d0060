import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes } from './add-business-minutes.js';
import { compileCalendar, TWENTY_FOUR_SEVEN_UTC, type WeeklyIntervalSpec } from './business-calendar.js';
import { businessMinutesBetween } from './business-minutes-between.js';

/** The instant at which the wall clock of `zone` reads `localIso`. */
function local(zone: string, localIso: string): Date {
  return DateTime.fromISO(localIso, { zone }).toJSDate();
}

function every(weekdays: number[], start: string, end: string): WeeklyIntervalSpec[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

const MON_FRI = [1, 2, 3, 4, 5];

describe('addBusinessMinutes', () => {
  const ny = 'America/New_York';
  const newYork = compileCalendar({
    timeZone: ny,
    weeklyIntervals: every(MON_FRI, '09:00', '17:30'),
    holidays: [{ date: '2025-07-04', name: 'Independence Day', yearly: true }],
    exceptions: [],
  });

  it.each([
    { name: 'lands exactly on the Friday 17:30 close, not Monday 09:00', start: '2025-03-07T16:30', minutes: 60, due: '2025-03-07T17:30' },
    { name: 'lands exactly on a close from the opening', start: '2025-03-07T09:00', minutes: 510, due: '2025-03-07T17:30' },
    { name: 'rolls over a weekend (and the spring-forward Sunday)', start: '2025-03-07T17:00', minutes: 90, due: '2025-03-10T10:00' },
    { name: 'rolls over a weekend from after closing', start: '2025-03-07T19:00', minutes: 1, due: '2025-03-10T09:01' },
    { name: 'starts on a Saturday', start: '2025-03-08T12:00', minutes: 30, due: '2025-03-10T09:30' },
    { name: 'starts before opening', start: '2025-03-10T06:00', minutes: 30, due: '2025-03-10T09:30' },
    { name: 'rolls over a holiday (Thursday 4 July) and a weekend', start: '2025-07-03T17:00', minutes: 60, due: '2025-07-07T09:30' },
    { name: 'the yearly holiday in a later year (2030-07-04 is a Thursday)', start: '2030-07-03T17:00', minutes: 60, due: '2030-07-05T09:30' },
    { name: 'a whole week of 42.5 hours', start: '2025-03-03T09:00', minutes: 5 * 510, due: '2025-03-07T17:30' },
    { name: 'a fractional minute', start: '2025-03-10T09:00', minutes: 0.5, due: '2025-03-10T09:00:30' },
  ])('$name', ({ start, minutes, due }) => {
    expect(addBusinessMinutes(newYork, local(ny, start), minutes)).toEqual(local(ny, due));
  });

  it('returns the start itself for 0 minutes, even outside working hours', () => {
    const saturday = local(ny, '2025-03-08T12:00');
    const result = addBusinessMinutes(newYork, saturday, 0);
    expect(result).toEqual(saturday);
    expect(result).not.toBe(saturday);
  });

  it('accepts epoch milliseconds', () => {
    expect(addBusinessMinutes(newYork, local(ny, '2025-03-07T16:30').getTime(), 60)).toEqual(local(ny, '2025-03-07T17:30'));
  });

  it('rounds a due instant between milliseconds up to the next one', () => {
    const start = local(ny, '2025-03-10T09:00');
    const due = addBusinessMinutes(newYork, start, 1 / 120_000); // half a millisecond
    expect(due.getTime() - start.getTime()).toBe(1);
  });

  it('ends a split-shift morning at its close rather than after lunch', () => {
    const split = compileCalendar({
      timeZone: 'Europe/Helsinki',
      weeklyIntervals: [...every(MON_FRI, '08:00', '12:00'), ...every(MON_FRI, '13:00', '17:00')],
      holidays: [],
      exceptions: [],
    });
    const start = local('Europe/Helsinki', '2025-03-03T11:00');
    expect(addBusinessMinutes(split, start, 60)).toEqual(local('Europe/Helsinki', '2025-03-03T12:00'));
    expect(addBusinessMinutes(split, start, 61)).toEqual(local('Europe/Helsinki', '2025-03-03T13:01'));
  });

  it.each([
    { name: 'spring-forward', sunday: '2025-03-30', minutes: 180, due: '2025-03-30T01:00:00Z' },
    { name: 'fall-back', sunday: '2025-10-26', minutes: 300, due: '2025-10-26T02:00:00Z' },
  ])('reaches the end of a Helsinki 00:00-04:00 interval on a $name night after $minutes minutes', ({ sunday, minutes, due }) => {
    const nightly = compileCalendar({ timeZone: 'Europe/Helsinki', weeklyIntervals: every([7], '00:00', '04:00'), holidays: [], exceptions: [] });
    expect(addBusinessMinutes(nightly, local('Europe/Helsinki', `${sunday}T00:00`), minutes)).toEqual(new Date(due));
  });

  it('adds elapsed minutes on the 24x7 UTC calendar', () => {
    expect(addBusinessMinutes(TWENTY_FOUR_SEVEN_UTC, new Date('2025-03-01T00:00:00Z'), 1440 * 365)).toEqual(new Date('2026-03-01T00:00:00Z'));
  });

  it('round-trips with businessMinutesBetween over years', () => {
    const start = local(ny, '2025-01-02T10:00');
    const due = addBusinessMinutes(newYork, start, 525_600);
    expect(businessMinutesBetween(newYork, start, due)).toBe(525_600);
  });

  it.each([
    { name: 'negative minutes', start: new Date(), minutes: -1, message: /^minutes must be a finite number >= 0; received -1$/ },
    { name: 'NaN minutes', start: new Date(), minutes: Number.NaN, message: /^minutes must be .*received NaN$/ },
    { name: 'infinite minutes', start: new Date(), minutes: Number.POSITIVE_INFINITY, message: /^minutes must be/ },
    { name: 'an invalid start', start: new Date('nope'), minutes: 1, message: /^start must be a valid Date or epoch milliseconds; received Invalid Date$/ },
  ])('throws a RangeError for $name', ({ start, minutes, message }) => {
    expect(() => addBusinessMinutes(newYork, start, minutes)).toThrow(RangeError);
    expect(() => addBusinessMinutes(newYork, start, minutes)).toThrow(message);
  });

  it('throws when the calendar never accumulates enough working time', () => {
    const oneDay = compileCalendar({
      timeZone: 'UTC',
      weeklyIntervals: [],
      holidays: [],
      exceptions: [{ date: '2025-01-01', intervals: [{ start: '10:00', end: '11:00' }] }],
    });
    expect(addBusinessMinutes(oneDay, new Date('2024-06-01T00:00:00Z'), 60)).toEqual(new Date('2025-01-01T11:00:00Z'));
    expect(() => addBusinessMinutes(oneDay, new Date('2024-06-01T00:00:00Z'), 61)).toThrow(/no working time/);
    const never = compileCalendar({ timeZone: 'UTC', weeklyIntervals: [], holidays: [], exceptions: [] });
    expect(() => addBusinessMinutes(never, 0, 1)).toThrow(/no working time/);
  });

  it('throws when the due instant is beyond what a Date holds', () => {
    expect(() => addBusinessMinutes(TWENTY_FOUR_SEVEN_UTC, 8.64e15 - 60_000, 2)).toThrow(/after the last instant a Date can hold/);
    expect(addBusinessMinutes(TWENTY_FOUR_SEVEN_UTC, 8.64e15 - 60_000, 1)).toEqual(new Date(8.64e15));
  });
});
