import { Client } from '../clients/client.entity.js';
import { Engagement } from '../engagements/engagement.entity.js';
import type { Context } from '../graphql/context.js';
import { compareCsfs } from '../reviews/comparisons/compare-snapshots.js';
import { earlierSnapshots, yearAgoSnapshot } from '../reviews/comparisons/earlier-snapshots.js';
import { snapshotHistory } from '../reviews/comparisons/snapshot-history.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { restatementsOf } from '../reviews/snapshots/restate-kpis.js';
import { csfsOfSnapshot, kpisOfSnapshot, slaOfSnapshot, snapshotOfReview } from '../reviews/snapshots/snapshot-rows.js';
import { csiRegister } from './csi-register.js';
import type { QbrReport } from './qbr-report.js';
import { kpiTrends, reportKpis } from './report-kpis.js';
import { volumeByType } from './volume-by-type.js';

/** How many reviews of the level the trend charts span, this one included (three years of QBRs). */
const HISTORY_LENGTH = 12;

/**
 * Gathers one review's report as `ctx.viewer` may see it, inside its tenant transaction: the
 * frozen snapshot and those of earlier reviews of the same client and level, the deltas against
 * the previous review and a year earlier, restatements, and the CSI register. Throws NotFoundError
 * for a review the viewer cannot see. Talks to the review and CSI services' read functions.
 */
export async function loadQbrReport(ctx: Context, reviewId: string): Promise<QbrReport> {
  const review = await ctx.store.get(ServiceReview, reviewId, 'service review');
  const client = await ctx.store.get(Client, review.clientId, 'client');
  const { level } = await ctx.store.get(Engagement, review.engagementId, 'engagement');
  const generatedAt = new Date();
  const snapshot = await snapshotOfReview(ctx, review.id);
  if (!snapshot) {
    return {
      review, client, level, snapshot, previous: null, yearAgo: null, history: [], trends: [], kpis: [], sla: [], csfs: [],
      volumeByType: [], csi: [], generatedAt,
    };
  }
  const all = await snapshotHistory(ctx, client.id, level);
  const history = [...all.filter((s) => s.periodFrom < snapshot.periodFrom && s.id !== snapshot.id).slice(-(HISTORY_LENGTH - 1)), snapshot];
  const previous = earlierSnapshots(all, snapshot)[0] ?? null;
  const yearAgo = yearAgoSnapshot(all, snapshot) ?? null;

  // Each Promise.all below is one loader's batch: one statement, never two at once on the transaction.
  const rowsOf = async (s: { id: string } | null) => (s ? kpisOfSnapshot(ctx, s.id) : null);
  const [historyRows, previousRows, yearAgoRows] = await Promise.all([
    Promise.all(history.map((s) => kpisOfSnapshot(ctx, s.id))), rowsOf(previous), rowsOf(yearAgo),
  ]);
  const current = historyRows.at(-1)!;
  const csfsOf = async (s: { id: string } | null) => (s ? csfsOfSnapshot(ctx, s.id) : []);
  const [csfs, previousCsfs, yearAgoCsfs] = await Promise.all([csfsOf(snapshot), csfsOf(previous), csfsOf(yearAgo)]);
  const sla = await slaOfSnapshot(ctx, snapshot.id);
  const restated = await restatementsOf(ctx, snapshot.id);
  const yearAgoStatus = new Map(yearAgoCsfs.map((c) => [c.csfId, c.status]));

  return {
    review, client, level, snapshot, previous, yearAgo, history, generatedAt, sla,
    trends: kpiTrends(historyRows),
    kpis: reportKpis(current, { previous: previousRows, yearAgo: yearAgoRows }, restated, csfs),
    csfs: compareCsfs(csfs, previousCsfs).map((c) => ({
      title: c.title, status: c.status, previous: previous ? c.earlierStatus : null, yearAgo: yearAgoStatus.get(c.csfId) ?? null,
    })),
    volumeByType: await volumeByType(ctx.em, ctx.viewer.tenantId, history),
    csi: await csiRegister(ctx, snapshot, current),
  };
}
