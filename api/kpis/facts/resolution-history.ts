import { isReopen, isResolution, isResolvedStatus } from '../../tickets/history/status-rules.js';
import type { StatusCategory } from '../../tickets/status-category.js';
import type { ValueChange } from './value-changes.js';

/** An instant with its place in the replay order; `order` -1 is creation, before every event. */
export interface ReplayMoment {
  readonly at: number;
  readonly order: number;
}

/**
 * @name firstResolution
 * @summary When the ticket was first resolved (rule 7), or `null` if it has not been.
 *
 * @description
 * The first entry into RESOLVED or CLOSED from another category. A ticket created RESOLVED or
 * CLOSED was resolved at creation (`order` -1, ahead of every event, even one stamped at the
 * creation instant). RESOLVED -> CLOSED is not a resolution; CANCELLED -> RESOLVED is.
 *
 * @param createdAt - creation instant, epoch ms
 * @param initial - status at creation
 * @param changes - the status changes, from `valueChanges`
 *
 * @example
 * firstResolution(nine, NEW, [{ at: ten, order: 0, from: NEW, to: RESOLVED }, { at: eleven, order: 1, from: RESOLVED, to: CLOSED }]);
 * //=> { at: ten, order: 0 }
 *
 * @example
 * firstResolution(nine, CLOSED, []); //=> { at: nine, order: -1 }
 */
export function firstResolution(createdAt: number, initial: StatusCategory, changes: readonly ValueChange<StatusCategory>[]): ReplayMoment | null {
  if (isResolvedStatus(initial)) return { at: createdAt, order: -1 };
  const first = changes.find((change) => isResolution(change.from, change.to));
  return first ? { at: first.at, order: first.order } : null;
}

/**
 * @name reopenInstants
 * @summary Every reopen (rule 7), in order, as epoch ms.
 *
 * @description
 * A reopen leaves RESOLVED or CLOSED for a category other than RESOLVED, CLOSED and CANCELLED;
 * un-cancelling is none. Reopens at the same instant are each kept (a reopen undone at once is
 * still one reopen per change).
 *
 * @example
 * reopenInstants([
 *   { at: ten, from: OPEN, to: RESOLVED, ... },
 *   { at: eleven, from: RESOLVED, to: CANCELLED, ... },
 *   { at: noon, from: CANCELLED, to: OPEN, ... },
 *   { at: one, from: OPEN, to: CLOSED, ... },
 *   { at: two, from: CLOSED, to: IN_PROGRESS, ... },
 * ]);
 * //=> [two]
 */
export function reopenInstants(changes: readonly ValueChange<StatusCategory>[]): number[] {
  return changes.filter((change) => isReopen(change.from, change.to)).map((change) => change.at);
}
