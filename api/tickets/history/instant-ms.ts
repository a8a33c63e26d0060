/**
 * Epoch milliseconds of a `Date`, refusing an invalid one: a NaN instant would silently fail
 * every comparison (dropping a ticket out of every KPI, or a clock out of order) instead of
 * pointing at the bad row.
 *
 * @throws {RangeError} for an invalid `Date` (or a value that is not one), naming the argument.
 *
 * @example
 * instantMs(new Date('2025-03-03T09:00:00Z'), 'createdAt'); //=> 1_740_992_400_000
 * instantMs(new Date('nope'), 'asOf'); //=> throws RangeError: asOf must be a valid Date; received Invalid Date
 */
export function instantMs(date: Date, name: string): number {
  const ms = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date; received ${String(date)}`);
  return ms;
}
