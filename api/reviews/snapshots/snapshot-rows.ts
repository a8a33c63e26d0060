import type { Context } from '../../graphql/context.js';
import { CsfStatusSnapshot } from './csf-status-snapshot.entity.js';
import { KpiSnapshot } from './kpi-snapshot.entity.js';
import { ReviewSnapshot } from './review-snapshot.entity.js';
import { SlaAttainmentSnapshot } from './sla-attainment-snapshot.entity.js';

/** A review's snapshot (null until prepared), batched across the request. */
export async function snapshotOfReview(ctx: Context, reviewId: string): Promise<ReviewSnapshot | null> {
  return (await ctx.loaders.manyBy(ReviewSnapshot, 'reviewId', 'takenAt').load(reviewId))[0] ?? null;
}

/** A snapshot's KPI figures, by key then figure, batched across the request. */
export function kpisOfSnapshot(ctx: Context, snapshotId: string): Promise<KpiSnapshot[]> {
  return ctx.loaders.manyBy(KpiSnapshot, 'snapshotId', 'key', 'figure').load(snapshotId);
}

/** A snapshot's SLA attainment, by clock then priority, batched across the request. */
export function slaOfSnapshot(ctx: Context, snapshotId: string): Promise<SlaAttainmentSnapshot[]> {
  return ctx.loaders.manyBy(SlaAttainmentSnapshot, 'snapshotId', 'clock', 'priority').load(snapshotId);
}

/** A snapshot's CSF statuses, by title, batched across the request. */
export function csfsOfSnapshot(ctx: Context, snapshotId: string): Promise<CsfStatusSnapshot[]> {
  return ctx.loaders.manyBy(CsfStatusSnapshot, 'snapshotId', 'title').load(snapshotId);
}
