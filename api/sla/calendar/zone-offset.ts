import { IANAZone } from 'luxon';

/** The offset of a zone from UTC, in milliseconds, at an instant (epoch milliseconds). */
export type OffsetAt = (epochMs: number) => number;

/** The last instant a `Date` can hold; probes beyond it use the offset there. */
const MAX_INSTANT = 8.64e15;

/**
 * The UTC offset function of an IANA zone, in milliseconds (local = utc + offset). Each call asks
 * `Intl` (a few microseconds), so it belongs in cache building, never in a per-query path.
 * Instants beyond what a `Date` holds get the offset at the nearest representable one.
 *
 * @example
 * offsetAtFor('Europe/Helsinki')(Date.UTC(2025, 0, 1)); //=> 7_200_000
 */
export function offsetAtFor(timeZone: string): OffsetAt {
  const zone = IANAZone.create(timeZone);
  return (epochMs) => Math.round(zone.offset(Math.min(Math.max(epochMs, -MAX_INSTANT), MAX_INSTANT)) * 60_000);
}

/**
 * The first whole second in `(after, before]` at which the offset differs from `offset`, given
 * that it differs at `before`. Time zone transitions fall on whole seconds; `after` and `before`
 * must be whole seconds too.
 *
 * @example
 * // Europe/Helsinki springs forward at 01:00 UTC on 2025-03-30:
 * transitionBetween(helsinki, Date.UTC(2025, 2, 30), Date.UTC(2025, 2, 31), 7_200_000);
 * //=> Date.UTC(2025, 2, 30, 1)
 */
export function transitionBetween(offsetAt: OffsetAt, after: number, before: number, offset: number): number {
  let low = after;
  let high = before;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(middle) === offset) low = middle;
    else high = middle;
  }
  return high;
}
