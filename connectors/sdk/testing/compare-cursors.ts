import type { Stream } from '../connector.js';

/**
 * Orders two state cursors of a stream: instants by time, sequences numerically when both are digit
 * strings (as big integers, vendor ids can pass 2^53), else as strings. Negative when `a` is earlier.
 *
 * @example
 * compareCursors('instant', '2025-01-02T00:00:00Z', '2025-01-01T23:00:00-02:00'); //=> -3600000
 * compareCursors('sequence', '10', '9'); //=> 1
 */
export function compareCursors(type: Stream<unknown, unknown>['cursorType'], a: string, b: string): number {
  if (type === 'instant') return Date.parse(a) - Date.parse(b);
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Math.sign(Number(BigInt(a) - BigInt(b)));
  return a < b ? -1 : a > b ? 1 : 0;
}
