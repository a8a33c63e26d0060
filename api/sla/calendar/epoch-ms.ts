/** The first and last instants a `Date` can hold, in epoch milliseconds. */
const MAX_INSTANT = 8.64e15;

/**
 * Epoch milliseconds of an instant given as a `Date` or a number of epoch milliseconds.
 *
 * @throws {RangeError} for an invalid `Date`, a non-finite number or one a `Date` cannot hold,
 * naming the argument.
 *
 * @example
 * toEpochMs(new Date('2025-01-01T00:00:00Z'), 'from'); //=> 1_735_689_600_000
 * toEpochMs(new Date('nope'), 'from'); //=> throws RangeError: from must be a valid Date or epoch milliseconds; received Invalid Date
 */
export function toEpochMs(instant: Date | number, name: string): number {
  const ms = typeof instant === 'number' ? instant : instant instanceof Date ? instant.getTime() : NaN;
  if (ms >= -MAX_INSTANT && ms <= MAX_INSTANT) return ms;
  throw new RangeError(`${name} must be a valid Date or epoch milliseconds; received ${String(instant)}`);
}
