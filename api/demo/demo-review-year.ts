import type { Context } from '../graphql/context.js';
import { CsiItemService } from '../csi/csi-item.service.js';
import { CsiStatus } from '../csi/csi-status.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { EngagementLevel } from '../engagements/engagement-level.js';
import { ReviewLifecycleService } from '../reviews/lifecycle/review-lifecycle.service.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { ReviewStatus } from '../reviews/review-status.js';

const HELD_LEVELS = new Set([
  EngagementLevel.MONTHLY_SERVICE_REVIEW, EngagementLevel.QUARTERLY_BUSINESS_REVIEW,
  EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW, EngagementLevel.ANNUAL_BUSINESS_REVIEW,
]);

/**
 * A year of a client's reviews as an SDM would have run them: every monthly review and business
 * review whose period ended is prepared (its snapshot frozen) and held a week later; informal syncs
 * of the last month are held, older ones were skipped. One CSI item is proposed in the review half a
 * year back, approved, and completed in the latest one, so the reports show its measured impact.
 */
export async function holdDemoReviews(ctx: Context, clientId: string, csi: { csfId: string; kpiId: string; owner: string }): Promise<void> {
  const now = new Date();
  const lifecycle = new ReviewLifecycleService(ctx);
  const reviews = await ctx.em.find(ServiceReview, { tenantId: ctx.viewer.tenantId, clientId, archivedAt: null, status: ReviewStatus.PLANNED },
    { orderBy: { periodEnd: 'asc' } });
  const levels = new Map((await ctx.em.find(Engagement, { tenantId: ctx.viewer.tenantId, clientId })).map((e) => [e.id, e.level]));
  const levelOf = (review: ServiceReview) => levels.get(review.engagementId)!;
  const monthAgo = now.getTime() - 30 * 86_400_000;
  const monthly = reviews.filter((r) => levelOf(r) === EngagementLevel.MONTHLY_SERVICE_REVIEW && r.periodEnd.getTime() + 7 * 86_400_000 < now.getTime());
  const proposeIn = monthly.at(-7);
  const completeIn = monthly.at(-1);
  let itemId: string | null = null;
  for (const review of reviews) {
    const heldAt = new Date(Math.min(review.periodEnd.getTime() + 7 * 86_400_000, now.getTime() - 60_000));
    if (review.periodEnd.getTime() >= now.getTime()) continue;
    if (!HELD_LEVELS.has(levelOf(review)) && review.periodEnd.getTime() < monthAgo) {
      await lifecycle.cancel(review.id, 'Skipped: the monthly review covered it');
      continue;
    }
    await lifecycle.prepare(review.id);
    if (review.id === completeIn?.id && itemId) {
      await new CsiItemService(ctx).update(itemId, { status: CsiStatus.DONE });
    }
    await lifecycle.hold(review.id, { heldAt, notes: 'Reviewed KPIs against the CSFs; actions agreed below.', findings: [], decisions: [] });
    if (review.id === proposeIn?.id) {
      const items = new CsiItemService(ctx);
      const item = await items.create({
        clientId, reviewId: review.id, csfId: csi.csfId, title: 'Knowledge base for the ten most common incidents',
        rationale: 'Tier 1 escalates password and VPN issues it could solve with a runbook.', owner: csi.owner,
        dueDate: null, targetKpiIds: [csi.kpiId],
      });
      await items.update(item.id, { status: CsiStatus.APPROVED });
      await items.update(item.id, { status: CsiStatus.IN_PROGRESS });
      itemId = item.id;
    }
  }
}
