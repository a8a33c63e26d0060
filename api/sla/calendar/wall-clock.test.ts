import { describe, expect, it } from 'vitest';
import { DAY_MS, daysFromCivil, isoWeekday, monthDayOf, parseLocalDate, parseLocalTime } from './wall-clock.js';

describe('wall-clock day numbers', () => {
  it('agree with Date for every 13th day from 1600 to 2400', () => {
    for (let day = daysFromCivil(1600, 1, 1); day < daysFromCivil(2400, 1, 1); day += 13) {
      const date = new Date(day * DAY_MS);
      expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(day);
      expect(monthDayOf(day)).toBe((date.getUTCMonth() + 1) * 100 + date.getUTCDate());
      expect(isoWeekday(day)).toBe(date.getUTCDay() || 7);
    }
  });

  it.each([
    { text: '2024-02-29', expected: daysFromCivil(2024, 2, 29) },
    { text: '2000-02-29', expected: daysFromCivil(2000, 2, 29) },
    { text: '1900-02-29', expected: undefined },
    { text: '2025-04-31', expected: undefined },
    { text: '2025-00-10', expected: undefined },
    { text: '2025-1-10', expected: undefined },
    { text: ' 2025-01-10', expected: undefined },
    { text: 20250110, expected: undefined },
  ])('parseLocalDate($text) is $expected', ({ text, expected }) => {
    expect(parseLocalDate(text)).toBe(expected);
  });

  it.each([
    { text: '00:00', expected: 0 },
    { text: '23:59', expected: 1439 },
    { text: '24:00', expected: 1440 },
    { text: '24:01', expected: undefined },
    { text: '12:5', expected: undefined },
    { text: '12:00:00', expected: undefined },
  ])('parseLocalTime($text) is $expected', ({ text, expected }) => {
    expect(parseLocalTime(text)).toBe(expected);
  });
});
