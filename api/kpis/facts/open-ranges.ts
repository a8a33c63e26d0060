import { isOpenStatus } from '../../tickets/history/status-rules.js';
import type { StatusCategory } from '../../tickets/status-category.js';
import type { ValueChange } from './value-changes.js';

/** A half-open span `[start, end)` in epoch ms; `end` null: still open at as-of. */
export type MsRange = [start: number, end: number | null];

/**
 * @name openRanges
 * @summary The maximal spans during which the ticket was open (rules 3 and 10), as epoch ms.
 *
 * @description
 * Open is any category but RESOLVED, CLOSED and CANCELLED (UNMAPPED is open). Each span is
 * half-open `[start, end)`: a change at t applies from t. Only the state after the last event of
 * an instant lasts, so a state entered and left at the same instant leaves no trace: a span that
 * would be empty (`start === end`) is dropped, and two spans that would touch (closed and reopened
 * at one instant) are one. Hence the spans are non-empty, ordered, and separated by a gap
 * (`end` of one < `start` of the next); only the last can end in `null`.
 *
 * @param createdAt - creation instant, epoch ms (the first span can start there, never earlier)
 * @param initial - status at creation
 * @param changes - the status changes as of as-of, from `valueChanges`
 *
 * @example
 * openRanges(nine, NEW, [
 *   { at: ten, from: NEW, to: IN_PROGRESS, ... },
 *   { at: eleven, from: IN_PROGRESS, to: RESOLVED, ... },
 *   { at: noon, from: RESOLVED, to: OPEN, ... },
 * ]);
 * //=> [[nine, eleven], [noon, null]]
 *
 * @example
 * // created RESOLVED, reopened and re-resolved at the same instant: never observably open
 * openRanges(nine, RESOLVED, [{ at: ten, from: RESOLVED, to: OPEN, ... }, { at: ten, from: OPEN, to: CLOSED, ... }]);
 * //=> []
 */
export function openRanges(createdAt: number, initial: StatusCategory, changes: readonly ValueChange<StatusCategory>[]): MsRange[] {
  const ranges: MsRange[] = [];
  let openSince: number | null = isOpenStatus(initial) ? createdAt : null;
  for (const { at, from, to } of changes) {
    const wasOpen = isOpenStatus(from);
    const isOpen = isOpenStatus(to);
    if (wasOpen && !isOpen && openSince !== null) {
      if (openSince < at) ranges.push([openSince, at]);
      openSince = null;
    } else if (!wasOpen && isOpen) {
      // Closed and reopened at one instant: the closed state lasted no time, so continue the span.
      const last = ranges[ranges.length - 1];
      openSince = last !== undefined && last[1] === at ? (ranges.pop() as MsRange)[0] : at;
    }
  }
  if (openSince !== null) ranges.push([openSince, null]);
  return ranges;
}
