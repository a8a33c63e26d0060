import { ReviewStatus } from './review-status.js';

const { PLANNED, PREPARED, HELD, CLOSED, CANCELLED } = ReviewStatus;

/** The lifecycle: PLANNED -> PREPARED -> HELD -> CLOSED; anything not yet closed may be CANCELLED. */
export const REVIEW_TRANSITIONS: Record<ReviewStatus, ReviewStatus[]> = {
  [PLANNED]: [PREPARED, CANCELLED],
  [PREPARED]: [HELD, CANCELLED],
  [HELD]: [CLOSED, CANCELLED],
  [CLOSED]: [],
  [CANCELLED]: [],
};

/**
 * @example
 * canMoveReview(ReviewStatus.PLANNED, ReviewStatus.HELD) //=> false
 */
export function canMoveReview(from: ReviewStatus, to: ReviewStatus): boolean {
  return REVIEW_TRANSITIONS[from].includes(to);
}
