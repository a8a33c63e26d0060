import type { CalendarRules } from './calendar-rules.js';
import { transitionBetween, type OffsetAt } from './zone-offset.js';
import { DAY_MS } from './wall-clock.js';

/** Working intervals of consecutive UTC days, as UTC epoch milliseconds. */
export interface DaySegment {
  /** Index in `starts`/`ends` of each day's first interval, one entry per day. */
  readonly dayFirst: ArrayLike<number>;
  /** Interval starts, sorted; an interval never crosses a UTC midnight. */
  readonly starts: ArrayLike<number>;
  /** Interval ends (exclusive); intervals are disjoint and, within a day, never touch. */
  readonly ends: ArrayLike<number>;
}

/**
 * The working intervals of the UTC days `[firstDay, firstDay + count)` (days since 1970-01-01 UTC):
 * every real instant whose local wall-clock date and time lie in that date's working intervals.
 * The UTC offset is probed at each UTC midnight and, where it changed, the transition is found
 * by bisection, so a day with a DST change is split in pieces of constant offset. An instant is
 * never counted twice and a repeated (fall-back) wall-clock hour is counted both times.
 * Limitation: two transitions that cancel out within one UTC day go unnoticed (tzdb has none).
 *
 * @example
 * // 24x7 in Europe/Helsinki, over the spring-forward day 2025-03-30:
 * buildUtcDays(rules, offsetAt, 20_177, 1);
 * //=> { dayFirst: [0], starts: [1_743_292_800_000], ends: [1_743_379_200_000] }
 */
export function buildUtcDays(rules: CalendarRules, offsetAt: OffsetAt, firstDay: number, count: number): DaySegment {
  const dayFirst: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let dayStart = firstDay * DAY_MS;
  let offsetAtStart = offsetAt(dayStart);
  for (let i = 0; i < count; i++) {
    const dayEnd = dayStart + DAY_MS;
    const offsetAtEnd = offsetAt(dayEnd);
    const first = starts.length;
    dayFirst.push(first);
    let from = dayStart;
    let offset = offsetAtStart;
    while (offset !== offsetAtEnd) {
      const transition = transitionBetween(offsetAt, from, dayEnd, offset);
      appendPiece(rules, from, transition, offset, first, starts, ends);
      from = transition;
      offset = offsetAt(transition);
    }
    appendPiece(rules, from, dayEnd, offset, first, starts, ends);
    dayStart = dayEnd;
    offsetAtStart = offsetAtEnd;
  }
  return { dayFirst, starts, ends };
}

/** Appends the working time of `[from, to)`, a stretch of constant UTC offset inside one UTC day. */
function appendPiece(
  rules: CalendarRules,
  from: number,
  to: number,
  offset: number,
  dayFirstIndex: number,
  starts: number[],
  ends: number[],
): void {
  if (from >= to) return;
  const lastLocalDay = Math.ceil((to + offset) / DAY_MS) - 1;
  for (let localDay = Math.floor((from + offset) / DAY_MS); localDay <= lastLocalDay; localDay++) {
    const intervals = rules.intervalsOn(localDay);
    const localMidnight = localDay * DAY_MS - offset;
    for (let i = 0; i < intervals.length; i += 2) {
      const start = Math.max(localMidnight + intervals[i], from);
      const end = Math.min(localMidnight + intervals[i + 1], to);
      if (!(start < end)) continue;
      const last = ends.length - 1;
      if (last >= dayFirstIndex && ends[last] === start) ends[last] = end;
      else {
        starts.push(start);
        ends.push(end);
      }
    }
  }
}
