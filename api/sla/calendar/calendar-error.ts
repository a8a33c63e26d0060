/**
 * A business calendar specification that cannot be compiled. `field` is the path of the
 * offending field (e.g. `weeklyIntervals[2].end`) and `value` what was received there.
 *
 * @example
 * try {
 *   compileCalendar({ ...spec, timeZone: 'Mars/Olympus' });
 * } catch (error) {
 *   error instanceof CalendarError; //=> true
 *   error instanceof RangeError; //=> true
 *   error.field; //=> 'timeZone'
 *   error.message; //=> 'timeZone must be an IANA time zone; received "Mars/Olympus"'
 * }
 */
export class CalendarError extends RangeError {
  override readonly name = 'CalendarError';

  constructor(
    readonly field: string,
    readonly value: unknown,
    expectation: string,
  ) {
    super(`${field} ${expectation}; received ${describeValue(value)}`);
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return `Date(${String(value.getTime())})`;
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}
