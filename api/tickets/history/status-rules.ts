import { StatusCategory } from '../status-category.js';

const RESPONDED: ReadonlySet<StatusCategory> = new Set([StatusCategory.IN_PROGRESS, StatusCategory.RESOLVED, StatusCategory.CLOSED]);
const RESOLVED: ReadonlySet<StatusCategory> = new Set([StatusCategory.RESOLVED, StatusCategory.CLOSED]);

/**
 * Whether a move into `status` counts as a response (rule 4: IN_PROGRESS, RESOLVED, CLOSED).
 *
 * @example
 * isRespondedStatus(StatusCategory.IN_PROGRESS); //=> true
 * isRespondedStatus(StatusCategory.WAITING_CUSTOMER); //=> false
 */
export function isRespondedStatus(status: StatusCategory): boolean {
  return RESPONDED.has(status);
}

/**
 * Whether `status` is a resolved one (RESOLVED or CLOSED).
 *
 * @example
 * isResolvedStatus(StatusCategory.CLOSED); //=> true
 * isResolvedStatus(StatusCategory.CANCELLED); //=> false
 */
export function isResolvedStatus(status: StatusCategory): boolean {
  return RESOLVED.has(status);
}

/**
 * Whether `status` is open for the backlog (rule 10): anything but RESOLVED, CLOSED and
 * CANCELLED. UNMAPPED is open: it behaves as OPEN in every KPI.
 *
 * @example
 * isOpenStatus(StatusCategory.WAITING_CUSTOMER); //=> true
 * isOpenStatus(StatusCategory.UNMAPPED); //=> true
 * isOpenStatus(StatusCategory.CANCELLED); //=> false
 */
export function isOpenStatus(status: StatusCategory): boolean {
  return !isResolvedStatus(status) && status !== StatusCategory.CANCELLED;
}

/**
 * Rule 7: a resolution is entering RESOLVED or CLOSED from another category, so RESOLVED ->
 * CLOSED is not a new one (but CANCELLED -> RESOLVED is: the ticket was not resolved before).
 *
 * @example
 * isResolution(StatusCategory.IN_PROGRESS, StatusCategory.RESOLVED); //=> true
 * isResolution(StatusCategory.RESOLVED, StatusCategory.CLOSED); //=> false
 */
export function isResolution(previous: StatusCategory, next: StatusCategory): boolean {
  return !isResolvedStatus(previous) && isResolvedStatus(next);
}

/**
 * Rule 7: a reopen is leaving RESOLVED or CLOSED for any category but RESOLVED, CLOSED and
 * CANCELLED. Un-cancelling (CANCELLED -> OPEN) is not one, even after a resolution, because the
 * ticket left CANCELLED, not a resolved category.
 *
 * @example
 * isReopen(StatusCategory.CLOSED, StatusCategory.OPEN); //=> true
 * isReopen(StatusCategory.RESOLVED, StatusCategory.UNMAPPED); //=> true
 * isReopen(StatusCategory.RESOLVED, StatusCategory.CANCELLED); //=> false
 * isReopen(StatusCategory.CANCELLED, StatusCategory.OPEN); //=> false
 */
export function isReopen(previous: StatusCategory, next: StatusCategory): boolean {
  return isResolvedStatus(previous) && !isResolvedStatus(next) && next !== StatusCategory.CANCELLED;
}
