import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { DEFAULT_AGENDA } from '../engagements/schedule/default-agenda.js';
import { BadInputError } from '../graphql/errors.js';
import { windowCondition } from '../graphql/time-window.js';
import { ReviewLifecycleService } from './lifecycle/review-lifecycle.service.js';
import { canMoveReview } from './review-transitions.js';
import { ServiceReview } from './service-review.entity.js';
import type { CreateServiceReviewInput, ServiceReviewFilter, UpdateServiceReviewInput } from './service-review.inputs.js';
import { ReviewStatus } from './review-status.js';

/** Dates in order: periodStart < periodEnd <= scheduledAt. */
function assertDates(start: Date, end: Date, scheduledAt: Date): void {
  if (start.getTime() >= end.getTime()) {
    throw new BadInputError('periodEnd', `must be after periodStart (${start.toISOString()}), got ${end.toISOString()}`);
  }
  if (scheduledAt.getTime() < end.getTime()) {
    throw new BadInputError('scheduledAt', `must not be before periodEnd (${end.toISOString()}): a review looks back at a finished period, got ${scheduledAt.toISOString()}`);
  }
}

/** Responsible for review occurrences: their periods, schedule and record; their lifecycle is ReviewLifecycleService's. */
export class ServiceReviewService extends ClientOwnedService<ServiceReview, ServiceReviewFilter> {
  protected readonly entity = ServiceReview;
  protected readonly label = 'service review';
  protected readonly sort: Sort<ServiceReview> = { field: 'scheduledAt', direction: 'asc' };

  protected async where(filter: ServiceReviewFilter | undefined) {
    let engagementIds = filter?.engagementId ? [filter.engagementId] : undefined;
    if (filter?.level) {
      const ofLevel = await this.ctx.em.find(Engagement, { $and: [this.ctx.store.scope(Engagement), { level: filter.level }] });
      engagementIds = ofLevel.map((e) => e.id).filter((id) => !filter.engagementId || id === filter.engagementId);
    }
    return {
      // An empty list matches nothing (MikroORM renders `$in: []` as false).
      ...(engagementIds ? { engagementId: { $in: engagementIds } } : {}),
      ...(filter?.status?.length ? { status: { $in: filter.status } } : {}),
      ...windowCondition('scheduledAt', filter?.scheduled, 'filter.scheduled'),
    };
  }

  async create(input: CreateServiceReviewInput) {
    assertDates(input.periodStart, input.periodEnd, input.scheduledAt);
    const engagement = await this.ctx.store.get(Engagement, input.engagementId, 'engagement');
    if (engagement.archivedAt) throw new BadInputError('engagementId', 'names an archived engagement');
    return this.insert({
      ...input, clientId: engagement.clientId, status: ReviewStatus.PLANNED,
      agenda: input.agenda ?? [...DEFAULT_AGENDA[engagement.level].agenda],
    });
  }

  async update(id: string, input: UpdateServiceReviewInput) {
    const lifecycle = new ReviewLifecycleService(this.ctx);
    const review = await lifecycle.writable(id);
    const moves = input.status !== undefined && input.status !== review.status;
    if (moves && input.status !== ReviewStatus.PREPARED && !canMoveReview(review.status, input.status!)) {
      throw new BadInputError('status', `a ${review.status} review cannot move to ${input.status}`);
    }
    const periodChanges = (input.periodStart && input.periodStart.getTime() !== review.periodStart.getTime())
      || (input.periodEnd && input.periodEnd.getTime() !== review.periodEnd.getTime());
    if (periodChanges && review.status !== ReviewStatus.PLANNED) {
      throw new BadInputError(input.periodStart ? 'periodStart' : 'periodEnd', `is frozen with the snapshot once the review is prepared (this one is ${review.status})`);
    }
    assertDates(input.periodStart ?? review.periodStart, input.periodEnd ?? review.periodEnd, input.scheduledAt ?? review.scheduledAt);
    const { status: _status, attendees, ...fields } = input;
    await this.patch(id, {
      ...fields,
      ...(attendees ? { attendees: attendees.map((p) => ({ name: p.name, email: p.email ?? null, role: p.role })) } : {}),
    });
    return moves ? lifecycle.move(review, input.status!) : review;
  }
}
