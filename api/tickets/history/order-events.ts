import type { HistoryEvent } from './history-event.js';
import { instantMs } from './instant-ms.js';

/**
 * A sorted copy of `events`: by instant, then by `seq` (rule 3: same-instant events apply in
 * source order). The sort is stable, so equal `(at, seq)` pairs keep their given order.
 *
 * @param events - the ticket's events, in any order
 * @param check - optional extra validation of each event, run (in index order) before its `at`
 *   is read; a caller's stricter rules throw from here
 *
 * @throws {RangeError} when an event's `at` is not a valid `Date` (or whatever `check` throws).
 *
 * @example
 * orderEvents([{ at: t10, seq: 2, ... }, { at: t10, seq: 1, ... }, { at: t9, seq: 3, ... }]).map((e) => e.seq);
 * //=> [3, 1, 2]
 */
export function orderEvents<E extends HistoryEvent>(events: readonly E[], check?: (event: E, index: number) => void): E[] {
  const keyed = events.map((event, index) => {
    check?.(event, index);
    return { event, at: instantMs(event.at, `events[${index}].at`) };
  });
  keyed.sort((a, b) => a.at - b.at || a.event.seq - b.event.seq);
  return keyed.map((k) => k.event);
}
