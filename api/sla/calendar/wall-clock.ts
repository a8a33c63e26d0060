/** Milliseconds in a calendar day of 24 wall-clock hours (not necessarily elapsed time). */
export const DAY_MS = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
 *
 * @example
 * daysFromCivil(1970, 1, 2); //=> 1
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The month and day of a day number as `month * 100 + day`, the key of a yearly holiday.
 *
 * @example
 * monthDayOf(daysFromCivil(2025, 12, 25)); //=> 1225
 */
export function monthDayOf(dayNumber: number): number {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return month * 100 + day;
}

/**
 * ISO weekday of a day number: 1 = Monday ... 7 = Sunday.
 *
 * @example
 * isoWeekday(0); //=> 4 (1970-01-01 was a Thursday)
 */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * The day number of a local date `YYYY-MM-DD`, or `undefined` when it is malformed or not a real
 * date (2025-02-29).
 *
 * @example
 * parseLocalDate('1970-01-11'); //=> 10
 * parseLocalDate('2025-02-29'); //=> undefined
 */
export function parseLocalDate(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = LOCAL_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const dayNumber = daysFromCivil(year, month, day);
  return monthDayOf(dayNumber) === month * 100 + day ? dayNumber : undefined;
}

/**
 * Minutes after local midnight of a wall-clock time `HH:MM` (`24:00` is 1440), or `undefined`.
 *
 * @example
 * parseLocalTime('08:30'); //=> 510
 * parseLocalTime('25:00'); //=> undefined
 */
export function parseLocalTime(text: unknown): number | undefined {
  if (typeof text !== 'string' || !LOCAL_TIME.test(text)) return undefined;
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
