import { describe, expect, it } from 'vitest';
import { compileCalendar, TWENTY_FOUR_SEVEN_UTC, type BusinessCalendarSpec } from './business-calendar.js';
import { businessMinutesBetween } from './business-minutes-between.js';
import { CalendarError } from './calendar-error.js';

const VALID: BusinessCalendarSpec = {
  timeZone: 'Europe/Helsinki',
  weeklyIntervals: [{ weekday: 1, start: '08:00', end: '16:00' }],
  holidays: [{ date: '2025-12-06', name: 'Independence Day', yearly: true }],
  exceptions: [{ date: '2025-12-24', intervals: [{ start: '08:00', end: '12:00' }] }],
};

describe('compileCalendar', () => {
  it('compiles a valid calendar and keeps a frozen copy of its spec', () => {
    const spec = structuredClone(VALID) as { -readonly [K in keyof BusinessCalendarSpec]: BusinessCalendarSpec[K] };
    const calendar = compileCalendar(spec);
    spec.timeZone = 'America/New_York';
    expect(calendar.timeZone).toBe('Europe/Helsinki');
    expect(calendar.spec).toEqual(VALID);
    expect(Object.isFrozen(calendar.spec.weeklyIntervals[0])).toBe(true);
  });

  it.each([
    { name: 'a zone with an offset-free name', timeZone: 'UTC' },
    { name: 'a half-hour zone', timeZone: 'Asia/Kolkata' },
    { name: 'a zone with a 30-minute DST shift', timeZone: 'Australia/Lord_Howe' },
  ])('accepts $name', ({ timeZone }) => {
    expect(compileCalendar({ ...VALID, timeZone }).timeZone).toBe(timeZone);
  });

  const weekly = (interval: object) => ({ ...VALID, weeklyIntervals: [interval] }) as BusinessCalendarSpec;
  const exception = (value: object) => ({ ...VALID, exceptions: [value] }) as BusinessCalendarSpec;
  it.each([
    { name: 'an unknown zone', spec: { ...VALID, timeZone: 'Mars/Olympus' }, field: 'timeZone', received: '"Mars/Olympus"' },
    { name: 'an empty zone', spec: { ...VALID, timeZone: '' }, field: 'timeZone', received: '""' },
    { name: 'hour 25', spec: weekly({ weekday: 1, start: '08:00', end: '25:00' }), field: 'weeklyIntervals[0].end', received: '"25:00"' },
    { name: 'a one-digit hour', spec: weekly({ weekday: 1, start: '8:00', end: '16:00' }), field: 'weeklyIntervals[0].start', received: '"8:00"' },
    { name: 'minute 60', spec: weekly({ weekday: 1, start: '08:60', end: '16:00' }), field: 'weeklyIntervals[0].start', received: '"08:60"' },
    { name: 'a start of 24:00', spec: weekly({ weekday: 1, start: '24:00', end: '24:00' }), field: 'weeklyIntervals[0].start', received: '"24:00"' },
    { name: 'start equal to end', spec: weekly({ weekday: 1, start: '09:00', end: '09:00' }), field: 'weeklyIntervals[0].end', received: '"09:00"' },
    { name: 'start after end (overnight)', spec: weekly({ weekday: 1, start: '22:00', end: '06:00' }), field: 'weeklyIntervals[0].end', received: '"06:00"' },
    { name: 'weekday 8', spec: weekly({ weekday: 8, start: '08:00', end: '16:00' }), field: 'weeklyIntervals[0].weekday', received: '8' },
    { name: 'weekday 0', spec: weekly({ weekday: 0, start: '08:00', end: '16:00' }), field: 'weeklyIntervals[0].weekday', received: '0' },
    { name: 'a fractional weekday', spec: weekly({ weekday: 1.5, start: '08:00', end: '16:00' }), field: 'weeklyIntervals[0].weekday', received: '1.5' },
    { name: 'weekly intervals not an array', spec: { ...VALID, weeklyIntervals: null }, field: 'weeklyIntervals', received: 'null' },
    { name: 'a malformed holiday date', spec: { ...VALID, holidays: [{ date: '2025-1-5', yearly: false }] }, field: 'holidays[0].date', received: '"2025-1-5"' },
    { name: 'an impossible holiday date', spec: { ...VALID, holidays: [{ date: '2025-02-29', yearly: true }] }, field: 'holidays[0].date', received: '"2025-02-29"' },
    { name: 'month 13', spec: { ...VALID, holidays: [{ date: '2025-13-01', yearly: false }] }, field: 'holidays[0].date', received: '"2025-13-01"' },
    { name: 'yearly not a boolean', spec: { ...VALID, holidays: [{ date: '2025-12-06', yearly: 'yes' }] }, field: 'holidays[0].yearly', received: '"yes"' },
    { name: 'a malformed exception date', spec: exception({ date: '24.12.2025', intervals: [] }), field: 'exceptions[0].date', received: '"24.12.2025"' },
    { name: 'a bad exception time', spec: exception({ date: '2025-12-24', intervals: [{ start: '08:00', end: '12:0' }] }), field: 'exceptions[0].intervals[0].end', received: '"12:0"' },
    { name: 'exception intervals missing', spec: exception({ date: '2025-12-24' }), field: 'exceptions[0].intervals', received: 'undefined' },
    {
      name: 'a repeated exception date',
      spec: { ...VALID, exceptions: [{ date: '2025-12-24', intervals: [] }, { date: '2025-12-24', intervals: [] }] },
      field: 'exceptions[1].date',
      received: '"2025-12-24"',
    },
  ])('rejects $name, naming the field and the value', ({ spec, field, received }) => {
    let caught: unknown;
    try {
      compileCalendar(spec as BusinessCalendarSpec);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CalendarError);
    expect(caught).toBeInstanceOf(RangeError);
    expect(caught).toMatchObject({ field });
    expect((caught as Error).message).toMatch(new RegExp(`^${escape(field)} .*; received ${escape(received)}$`));
  });

  it('accepts 24:00 as an end and unites overlapping intervals', () => {
    const calendar = compileCalendar({
      timeZone: 'UTC',
      weeklyIntervals: [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 1, start: '10:00', end: '14:00' },
        { weekday: 1, start: '20:00', end: '24:00' },
      ],
      holidays: [],
      exceptions: [],
    });
    // Monday 2025-03-03, whole day: 08:00-14:00 and 20:00-24:00.
    expect(businessMinutesBetween(calendar, Date.UTC(2025, 2, 3), Date.UTC(2025, 2, 4))).toBe(600);
  });
});

describe('TWENTY_FOUR_SEVEN_UTC', () => {
  it.each([
    { name: 'one day', from: '2025-03-01T00:00:00Z', to: '2025-03-02T00:00:00Z', expected: 1440 },
    { name: 'a European DST weekend (UTC has none)', from: '2025-03-29T00:00:00Z', to: '2025-03-31T00:00:00Z', expected: 2880 },
    { name: 'a leap year', from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z', expected: 366 * 1440 },
    { name: '90 seconds', from: '2025-03-01T10:00:00Z', to: '2025-03-01T10:01:30Z', expected: 1.5 },
  ])('counts elapsed minutes over $name', ({ from, to, expected }) => {
    expect(businessMinutesBetween(TWENTY_FOUR_SEVEN_UTC, new Date(from), new Date(to))).toBe(expected);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('compileCalendar on a spec that is not an object', () => {
  it('names the spec itself', () => {
    expect(() => compileCalendar(null as unknown as BusinessCalendarSpec)).toThrow('spec must be an object; received null');
  });
});
