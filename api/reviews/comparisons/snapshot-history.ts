import { EngagementLevel } from '../../engagements/engagement-level.js';
import type { Context } from '../../graphql/context.js';
import { ReviewStatus } from '../review-status.js';
import { ServiceReview } from '../service-review.entity.js';
import { ReviewSnapshot } from '../snapshots/review-snapshot.entity.js';

/**
 * The frozen snapshots of one client's reviews of one level, oldest period first, leaving out
 * reviews cancelled or archived after they were prepared. One statement for every client and
 * level asked in the request.
 */
export function snapshotHistory(ctx: Context, clientId: string, level: EngagementLevel): Promise<ReviewSnapshot[]> {
  const loader = ctx.loaders.memo('ReviewSnapshot:history', async (keys) => {
    const wanted = keys.map((k) => {
      const [client, lvl] = k.split('|');
      return { clientId: client!, level: lvl as EngagementLevel };
    });
    const rows = await ctx.em.find(ReviewSnapshot, { $and: [ctx.store.scope(ReviewSnapshot), { $or: wanted }] }, {
      orderBy: [{ periodFrom: 'asc' }, { takenAt: 'asc' }],
    });
    const reviews = await ctx.loaders.byId(ServiceReview).loadMany([...new Set(rows.map((r) => r.reviewId))]);
    const dropped = new Set(reviews.flatMap((r) => (r instanceof ServiceReview && (r.status === ReviewStatus.CANCELLED || r.archivedAt) ? [r.id] : [])));
    const live = rows.filter((r) => !dropped.has(r.reviewId));
    return keys.map((k) => live.filter((r) => `${r.clientId}|${r.level}` === k));
  });
  return loader.load(`${clientId}|${level}`);
}

/** Every frozen snapshot of one client (all levels, cancelled reviews left out), oldest period first. */
export async function clientSnapshotHistory(ctx: Context, clientId: string): Promise<ReviewSnapshot[]> {
  const levels = await Promise.all(Object.values(EngagementLevel).map((level) => snapshotHistory(ctx, clientId, level)));
  return levels.flat().sort((a, b) => a.periodFrom.localeCompare(b.periodFrom) || a.takenAt.getTime() - b.takenAt.getTime());
}
