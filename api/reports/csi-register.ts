import { CsiItem } from '../csi/csi-item.entity.js';
import { CsiKpiMeasurement, CsiMeasurementKind } from '../csi/impact/csi-kpi-measurement.entity.js';
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
  const measurements = await Promise.all(items.map((i) => ctx.loaders.manyBy(CsiKpiMeasurement, 'csiItemId', 'recordedAt', 'key').load(i.id)));
  return items.map((item, i) => {
    const baseline = measurements[i]!.filter((m) => m.kind === CsiMeasurementKind.BASELINE);
    const measurable = baseline[0] && baseline[0].periodTo <= snapshot.periodFrom;
    return { item, impacts: measurable ? kpiImpacts(baseline, rows) : null };
  });
}
