import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { compileCalendar, type BusinessCalendarSpec, type WeeklyIntervalSpec } from './business-calendar.js';
import { businessMinutesBetween } from './business-minutes-between.js';

/** The instant at which the wall clock of `zone` reads `localIso` (which must exist and be unambiguous). */
function local(zone: string, localIso: string): Date {
  const dateTime = DateTime.fromISO(localIso, { zone });
  if (!dateTime.isValid || dateTime.toISO({ includeOffset: false })!.slice(0, localIso.length) !== localIso) {
    throw new Error(`${localIso} is not a wall-clock time in ${zone}`);
  }
  return dateTime.toJSDate();
}

function every(weekdays: number[], start: string, end: string): WeeklyIntervalSpec[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

const MON_FRI = [1, 2, 3, 4, 5];
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];
const calendar = (timeZone: string, weeklyIntervals: WeeklyIntervalSpec[], extra: Partial<BusinessCalendarSpec> = {}) =>
  compileCalendar({ timeZone, weeklyIntervals, holidays: [], exceptions: [], ...extra });

describe('businessMinutesBetween across DST transitions', () => {
  // Every transition below happens on a Sunday.
  const transitions = [
    { zone: 'Europe/Helsinki', kind: 'spring-forward', saturday: '2025-03-29', sunday: '2025-03-30', monday: '2025-03-31', friday: '2025-03-28', shift: -60 },
    { zone: 'Europe/Helsinki', kind: 'fall-back', saturday: '2025-10-25', sunday: '2025-10-26', monday: '2025-10-27', friday: '2025-10-24', shift: 60 },
    { zone: 'America/New_York', kind: 'spring-forward', saturday: '2025-03-08', sunday: '2025-03-09', monday: '2025-03-10', friday: '2025-03-07', shift: -60 },
    { zone: 'America/New_York', kind: 'fall-back', saturday: '2025-11-01', sunday: '2025-11-02', monday: '2025-11-03', friday: '2025-10-31', shift: 60 },
    { zone: 'Australia/Sydney', kind: 'fall-back', saturday: '2025-04-05', sunday: '2025-04-06', monday: '2025-04-07', friday: '2025-04-04', shift: 60 },
    { zone: 'Australia/Sydney', kind: 'spring-forward', saturday: '2025-10-04', sunday: '2025-10-05', monday: '2025-10-06', friday: '2025-10-03', shift: -60 },
    { zone: 'Australia/Lord_Howe', kind: 'fall-back (30 min)', saturday: '2025-04-05', sunday: '2025-04-06', monday: '2025-04-07', friday: '2025-04-04', shift: 30 },
    { zone: 'Australia/Lord_Howe', kind: 'spring-forward (30 min)', saturday: '2025-10-04', sunday: '2025-10-05', monday: '2025-10-06', friday: '2025-10-03', shift: -30 },
  ];

  it.each(transitions)('$zone $kind: a Sunday 00:00-04:00 interval lasts 240 + $shift real minutes', (t) => {
    const nightly = calendar(t.zone, every([7], '00:00', '04:00'));
    const minutes = businessMinutesBetween(nightly, local(t.zone, `${t.saturday}T12:00`), local(t.zone, `${t.monday}T00:00`));
    expect(minutes).toBe(240 + t.shift);
  });

  it.each(transitions)('$zone $kind: a 24x7 calendar counts the Sunday as 1440 + $shift minutes', (t) => {
    const allDay = calendar(t.zone, every(ALL_WEEK, '00:00', '24:00'));
    const minutes = businessMinutesBetween(allDay, local(t.zone, `${t.sunday}T00:00`), local(t.zone, `${t.monday}T00:00`));
    expect(minutes).toBe(1440 + t.shift);
  });

  it.each(transitions)('$zone $kind: an 08:00-16:00 workday is unaffected across the DST weekend', (t) => {
    const office = calendar(t.zone, every(MON_FRI, '08:00', '16:00'));
    const fridayNoon = local(t.zone, `${t.friday}T12:00`);
    const mondayNoon = local(t.zone, `${t.monday}T12:00`);
    expect((mondayNoon.getTime() - fridayNoon.getTime()) / 60_000).toBe(72 * 60 + t.shift);
    expect(businessMinutesBetween(office, fridayNoon, mondayNoon)).toBe(480);
    const weekBefore = DateTime.fromISO(t.monday).minus({ days: 7 }).toISODate()!;
    expect(businessMinutesBetween(office, local(t.zone, `${weekBefore}T00:00`), local(t.zone, `${t.monday}T00:00`))).toBe(2400);
  });

  it('counts the repeated hour of a fall-back night twice (Helsinki 03:30 first pass to 03:30 second pass)', () => {
    const nightly = calendar('Europe/Helsinki', every([7], '00:00', '04:00'));
    // 03:30 EEST is 00:30Z; 03:30 EET is 01:30Z.
    expect(businessMinutesBetween(nightly, new Date('2025-10-26T00:30:00Z'), new Date('2025-10-26T01:30:00Z'))).toBe(60);
    expect(businessMinutesBetween(nightly, new Date('2025-10-26T00:30:00Z'), new Date('2025-10-26T02:00:00Z'))).toBe(90);
  });

  it('counts nothing in the skipped hour of a spring-forward night (an interval inside it is empty)', () => {
    const gap = calendar('Europe/Helsinki', every([7], '03:00', '04:00'));
    expect(businessMinutesBetween(gap, local('Europe/Helsinki', '2025-03-29T00:00'), local('Europe/Helsinki', '2025-03-31T00:00'))).toBe(0);
    expect(businessMinutesBetween(gap, local('Europe/Helsinki', '2025-04-05T00:00'), local('Europe/Helsinki', '2025-04-07T00:00'))).toBe(60);
  });
});

describe('businessMinutesBetween with holidays and exceptions', () => {
  const zone = 'Europe/Helsinki';
  const helsinki = calendar(zone, every(MON_FRI, '08:00', '16:00'), {
    holidays: [
      { date: '2025-04-18', name: 'Good Friday', yearly: false },
      { date: '2025-12-24', name: 'Christmas Eve', yearly: true },
      { date: '2025-12-25', name: 'Christmas Day', yearly: true },
      { date: '2025-12-26', name: "St Stephen's Day", yearly: true },
    ],
    exceptions: [
      { date: '2025-12-24', intervals: [{ start: '08:00', end: '12:00' }] },
      { date: '2025-03-05', intervals: [] },
      { date: '2025-03-08', intervals: [{ start: '10:00', end: '11:00' }] },
    ],
  });

  it.each([
    { name: 'a one-off holiday inside the span (Good Friday)', from: '2025-04-14T00:00', to: '2025-04-21T00:00', expected: 4 * 480 },
    { name: 'the same week a year later, when it is not a holiday', from: '2026-04-13T00:00', to: '2026-04-20T00:00', expected: 5 * 480 },
    { name: 'yearly holidays in a later year (2026: Thu 24th, Fri 25th)', from: '2026-12-21T00:00', to: '2026-12-28T00:00', expected: 3 * 480 },
    { name: 'an exception beating a yearly holiday (2025-12-24 08:00-12:00)', from: '2025-12-22T00:00', to: '2025-12-29T00:00', expected: 2 * 480 + 240 },
    { name: 'a span inside the exception day', from: '2025-12-24T10:00', to: '2025-12-24T14:00', expected: 120 },
    { name: 'an empty exception closing a Wednesday', from: '2025-03-03T00:00', to: '2025-03-10T00:00', expected: 4 * 480 + 60 },
    { name: 'an exception opening a Saturday', from: '2025-03-08T00:00', to: '2025-03-09T00:00', expected: 60 },
    {
      // 261 weekdays; Good Friday, Christmas Day and St Stephen's closed, Christmas Eve 4 h,
      // Wednesday 2025-03-05 closed, Saturday 2025-03-08 one hour.
      name: 'a whole year',
      from: '2025-01-01T00:00',
      to: '2026-01-01T00:00',
      expected: 261 * 480 - 3 * 480 - 240 - 480 + 60,
    },
  ])('$name', ({ from, to, expected }) => {
    expect(businessMinutesBetween(helsinki, local(zone, from), local(zone, to))).toBe(expected);
  });
});

describe('businessMinutesBetween with split shifts', () => {
  const zone = 'Europe/Helsinki';
  const split = calendar(zone, [...every(MON_FRI, '08:00', '12:00'), ...every(MON_FRI, '13:00', '17:00')]);

  it.each([
    { name: 'a whole workday', from: '2025-03-03T00:00', to: '2025-03-04T00:00', expected: 480 },
    { name: 'across the lunch break', from: '2025-03-03T11:00', to: '2025-03-03T14:00', expected: 120 },
    { name: 'inside the lunch break', from: '2025-03-03T12:15', to: '2025-03-03T12:45', expected: 0 },
    { name: 'a start before opening', from: '2025-03-03T06:00', to: '2025-03-03T09:00', expected: 60 },
    { name: 'a start after closing', from: '2025-03-03T18:00', to: '2025-03-04T08:30', expected: 30 },
    { name: 'a start on a Saturday', from: '2025-03-08T10:00', to: '2025-03-10T09:00', expected: 60 },
    { name: 'a span ending exactly at closing', from: '2025-03-03T16:00', to: '2025-03-03T17:00', expected: 60 },
    { name: 'a span starting exactly at closing', from: '2025-03-03T17:00', to: '2025-03-03T18:00', expected: 0 },
    { name: '30 seconds', from: '2025-03-03T08:00:00', to: '2025-03-03T08:00:30', expected: 0.5 },
    { name: 'four weeks', from: '2025-03-03T00:00', to: '2025-03-31T00:00', expected: 20 * 480 },
  ])('$name', ({ from, to, expected }) => {
    expect(businessMinutesBetween(split, local(zone, from), local(zone, to))).toBe(expected);
  });

  it('counts one millisecond as 1/60000 of a minute', () => {
    const from = local(zone, '2025-03-03T09:00').getTime();
    expect(businessMinutesBetween(split, from, from + 1)).toBe(1 / 60_000);
  });

  it('accepts epoch milliseconds as well as Dates', () => {
    const from = local(zone, '2025-03-03T11:00');
    const to = local(zone, '2025-03-03T14:00');
    expect(businessMinutesBetween(split, from.getTime(), to.getTime())).toBe(120);
    expect(businessMinutesBetween(split, from, to.getTime())).toBe(120);
  });

  it('gives 0 for equal instants, inside or outside hours', () => {
    const inside = local(zone, '2025-03-03T09:00');
    const outside = local(zone, '2025-03-08T09:00');
    expect(businessMinutesBetween(split, inside, new Date(inside))).toBe(0);
    expect(businessMinutesBetween(split, outside, outside)).toBe(0);
  });

  it('gives the negative of the swapped call for reversed arguments (never -0)', () => {
    const monday = local(zone, '2025-03-03T11:00');
    const tuesday = local(zone, '2025-03-04T09:00');
    expect(businessMinutesBetween(split, tuesday, monday)).toBe(-360);
    expect(businessMinutesBetween(split, monday, tuesday)).toBe(360);
    const saturday = local(zone, '2025-03-08T09:00');
    const sunday = local(zone, '2025-03-09T09:00');
    expect(Object.is(businessMinutesBetween(split, sunday, saturday), 0)).toBe(true);
  });

  it('is additive over adjacent spans', () => {
    const a = local(zone, '2025-01-01T10:17');
    const b = local(zone, '2025-06-15T03:05');
    const c = local(zone, '2031-11-02T16:44');
    const whole = businessMinutesBetween(split, a, c);
    expect(businessMinutesBetween(split, a, b) + businessMinutesBetween(split, b, c)).toBe(whole);
    expect(businessMinutesBetween(split, c, a)).toBe(-whole);
  });

  it.each([
    { name: 'an invalid Date as from', from: new Date('not a date'), to: new Date(), message: /^from must be a valid Date/ },
    { name: 'an invalid Date as to', from: new Date(), to: new Date(Number.NaN), message: /^to must be a valid Date/ },
    { name: 'NaN', from: Number.NaN, to: 0, message: /^from must be a valid Date or epoch milliseconds; received NaN$/ },
    { name: 'Infinity', from: 0, to: Number.POSITIVE_INFINITY, message: /^to must be .*received Infinity$/ },
    { name: 'beyond the Date range', from: 0, to: 8.64e15 + 1, message: /^to must be/ },
    { name: 'a string', from: '2025-03-03' as unknown as Date, to: 0, message: /^from must be .*received 2025-03-03$/ },
  ])('throws a RangeError for $name', ({ from, to, message }) => {
    expect(() => businessMinutesBetween(split, from, to)).toThrow(RangeError);
    expect(() => businessMinutesBetween(split, from, to)).toThrow(message);
  });
});
