import { Client } from '../../clients/client.entity.js';
import { Engagement } from '../../engagements/engagement.entity.js';
import type { Context } from '../../graphql/context.js';
import { BadInputError, ConflictError } from '../../graphql/errors.js';
import { ReviewStatus } from '../review-status.js';
import { canMoveReview } from '../review-transitions.js';
import { ServiceReview } from '../service-review.entity.js';
import { freezeReviewSnapshot } from '../snapshots/freeze-review-snapshot.js';
import type { HoldServiceReviewInput } from './hold-service-review.input.js';

/** A meeting recorded a few minutes ahead of the server's clock is still "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Responsible for a review's lifecycle, PLANNED -> PREPARED -> HELD -> CLOSED (or CANCELLED):
 * the one place its status moves. Preparing freezes the snapshot, holding records the meeting.
 */
export class ReviewLifecycleService {
  constructor(private readonly ctx: Context) {}

  async prepare(id: string): Promise<ServiceReview> {
    return this.move(await this.writable(id), ReviewStatus.PREPARED);
  }

  async hold(id: string, input: HoldServiceReviewInput): Promise<ServiceReview> {
    const review = await this.writable(id);
    this.assertStep(review, ReviewStatus.HELD);
    const participants = input.attendees ?? (await this.ctx.store.get(Engagement, review.engagementId, 'engagement')).participants;
    this.ctx.em.assign(review, {
      attendees: participants.map((p) => ({ name: p.name, email: p.email ?? null, role: p.role })),
      ...(input.notes != null ? { notes: input.notes } : {}),
      ...(input.findings ? { findings: [...input.findings] } : {}),
      ...(input.decisions ? { decisions: [...input.decisions] } : {}),
    });
    return this.move(review, ReviewStatus.HELD, input.heldAt ?? undefined);
  }

  async close(id: string): Promise<ServiceReview> {
    const review = await this.writable(id);
    this.assertStep(review, ReviewStatus.CLOSED);
    return this.move(review, ReviewStatus.CLOSED);
  }

  async cancel(id: string, reason: string): Promise<ServiceReview> {
    if (reason.length > 2000) throw new BadInputError('reason', `must be at most 2000 characters, got ${reason.length}`);
    const review = await this.writable(id);
    review.cancellationReason = reason;
    return this.move(review, ReviewStatus.CANCELLED);
  }

  /** A lifecycle mutation asked of a review in the wrong state: a conflict with its state, said in its terms. */
  private assertStep(review: ServiceReview, to: ReviewStatus): void {
    if (review.status === to) throw new ConflictError(`review ${review.id} is already ${to}`);
    if (to === ReviewStatus.HELD && review.status === ReviewStatus.PLANNED) {
      throw new ConflictError(`review ${review.id} is PLANNED: prepare it first, so the meeting looks at a frozen snapshot`);
    }
    if (!canMoveReview(review.status, to)) throw new ConflictError(`review ${review.id} is ${review.status} and cannot become ${to}`);
  }

  /** The review, if the viewer may write it and it is still open for edits. */
  async writable(id: string): Promise<ServiceReview> {
    this.ctx.viewer.assertCanWrite();
    const review = await this.ctx.store.get(ServiceReview, id, 'service review');
    if (review.status === ReviewStatus.CLOSED || review.status === ReviewStatus.CANCELLED) {
      throw new ConflictError(`review ${id} is ${review.status} and can no longer be edited`);
    }
    return review;
  }

  /**
   * Moves `review` to `to`, doing what the step means; `heldAt` only for HELD. A step the lifecycle
   * does not allow is a bad `status` (updateServiceReview's field); the mutations check first.
   */
  async move(review: ServiceReview, to: ReviewStatus, heldAt?: Date): Promise<ServiceReview> {
    const now = new Date();
    if (to === ReviewStatus.PREPARED && review.status !== ReviewStatus.PLANNED) {
      throw new ConflictError(`review ${review.id} is ${review.status}: its snapshot was frozen at ${review.preparedAt?.toISOString()}, and a review is prepared once`);
    }
    if (to === ReviewStatus.HELD && review.status === ReviewStatus.PLANNED) {
      throw new ConflictError(`review ${review.id} is PLANNED: prepare it first, so the meeting looks at a frozen snapshot`);
    }
    if (!canMoveReview(review.status, to)) throw new BadInputError('status', `a ${review.status} review cannot move to ${to}`);
    switch (to) {
      case ReviewStatus.PREPARED: {
        if (review.periodEnd > now) {
          throw new ConflictError(`review ${review.id} looks at a period that ends ${review.periodEnd.toISOString()}; prepare it once the period is over`);
        }
        const engagement = await this.ctx.store.get(Engagement, review.engagementId, 'engagement');
        const client = await this.ctx.store.get(Client, review.clientId, 'client');
        await freezeReviewSnapshot(this.ctx, review, engagement.level, client);
        review.preparedAt = now;
        break;
      }
      case ReviewStatus.HELD: {
        const at = heldAt ?? now;
        if (at < review.periodEnd) {
          throw new BadInputError('heldAt', `must be on or after the end of the reviewed period (${review.periodEnd.toISOString()}), got ${at.toISOString()}`);
        }
        if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new BadInputError('heldAt', `cannot be in the future, got ${at.toISOString()}`);
        review.heldAt = at;
        break;
      }
      case ReviewStatus.CLOSED:
        review.closedAt = now;
        break;
      case ReviewStatus.CANCELLED:
        review.cancelledAt = now;
        break;
      case ReviewStatus.PLANNED:
        break;
    }
    review.status = to;
    await this.ctx.em.flush();
    return review;
  }
}
