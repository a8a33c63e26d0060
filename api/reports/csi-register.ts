import { CsiItem } from '../csi/csi-item.entity.js';
import { baselineOf, measurableIn } from '../csi/impact/csi-baseline.js';
import { kpiImpacts } from '../csi/impact/kpi-impacts.js';
import type { Context } from '../graphql/context.js';
import type { KpiSnapshot } from '../reviews/snapshots/kpi-snapshot.entity.js';
import type { ReviewSnapshot } from '../reviews/snapshots/review-snapshot.entity.js';
import type { ReportCsiItem } from './qbr-report.js';

/**
 * The client's CSI register as it stands, each item with its impact measured in this review's
 * frozen snapshot: its target KPIs against their baseline, where the baseline's period ended
 * before this review's period began (the rule of `ServiceReview.csiImpacts`).
 */
export async function csiRegister(ctx: Context, snapshot: ReviewSnapshot, rows: readonly KpiSnapshot[]): Promise<ReportCsiItem[]> {
  const items = await ctx.loaders.manyBy(CsiItem, 'clientId', 'createdAt').load(snapshot.clientId);
  const baselines = await Promise.all(items.map((i) => baselineOf(ctx, i.id)));
  return items.map((item, i) => ({ item, impacts: measurableIn(baselines[i]!, snapshot) ? kpiImpacts(baselines[i]!, rows) : null }));
}
