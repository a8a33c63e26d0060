import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { BadInputError, ConflictError } from '../graphql/errors.js';
import { windowCondition } from '../graphql/time-window.js';
import { canMoveReview } from './review-transitions.js';
import { ServiceReview } from './service-review.entity.js';
import type { CreateServiceReviewInput, ServiceReviewFilter, UpdateServiceReviewInput } from './service-review.inputs.js';
import { ReviewStatus } from './review-status.js';

function assertPeriod(start: Date, end: Date): void {
  if (start.getTime() >= end.getTime()) {
    throw new BadInputError('periodEnd', `must be after periodStart (${start.toISOString()}), got ${end.toISOString()}`);
  }
}

/** Responsible for review occurrences: their periods, schedule and lifecycle. */
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
    assertPeriod(input.periodStart, input.periodEnd);
    const engagement = await this.ctx.store.get(Engagement, input.engagementId, 'engagement');
    if (engagement.archivedAt) throw new BadInputError('engagementId', 'names an archived engagement');
    return this.insert({ ...input, clientId: engagement.clientId, status: ReviewStatus.PLANNED });
  }

  async update(id: string, input: UpdateServiceReviewInput) {
    const review = await this.get(id);
    if (review.status === ReviewStatus.CLOSED || review.status === ReviewStatus.CANCELLED) {
      throw new ConflictError(`review ${id} is ${review.status} and can no longer be edited`);
    }
    if (input.status && input.status !== review.status && !canMoveReview(review.status, input.status)) {
      throw new BadInputError('status', `a ${review.status} review cannot move to ${input.status}`);
    }
    assertPeriod(input.periodStart ?? review.periodStart, input.periodEnd ?? review.periodEnd);
    return this.patch(id, { ...input });
  }
}
