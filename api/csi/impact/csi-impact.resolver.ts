import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';
import { clientSnapshotHistory } from '../../reviews/comparisons/snapshot-history.js';
import { ServiceReview } from '../../reviews/service-review.entity.js';
import type { ReviewSnapshot } from '../../reviews/snapshots/review-snapshot.entity.js';
import { kpisOfSnapshot, snapshotOfReview } from '../../reviews/snapshots/snapshot-rows.js';
import { CsiItem } from '../csi-item.entity.js';
import { CsiStatus } from '../csi-status.js';
import { CsiImpact, CsiKpiImpact } from './csi-impact.types.js';
import { CsiKpiMeasurement, CsiMeasurementKind } from './csi-kpi-measurement.entity.js';
import { baselineOf, measurableIn, measurementsOf } from './csi-baseline.js';
import { kpiImpacts } from './kpi-impacts.js';


/** An item's impact as one snapshot measured it. */
async function impactIn(ctx: Context, item: CsiItem, baseline: CsiKpiMeasurement[], snapshot: ReviewSnapshot): Promise<CsiImpact> {
  const [review, rows] = await Promise.all([ctx.loaders.byId(ServiceReview).load(snapshot.reviewId), kpisOfSnapshot(ctx, snapshot.id)]);
  return { item, review, period: { from: snapshot.periodFrom, to: snapshot.periodTo }, kpis: kpiImpacts(baseline, rows) };
}

@Resolver(() => CsiItem)
export class CsiImpactResolver {
  @FieldResolver(() => [CsiKpiMeasurement], { description: 'Its target KPIs as recorded on approval; empty before.' })
  baseline(@Root() item: CsiItem, @Ctx() ctx: Context) {
    return baselineOf(ctx, item.id);
  }

  @FieldResolver(() => CsiImpact, { nullable: true, description: 'The measured change of its target KPIs when it was done; null before.' })
  async completion(@Root() item: CsiItem, @Ctx() ctx: Context): Promise<CsiImpact | null> {
    const measurements = await measurementsOf(ctx, item.id);
    const baseline = measurements.filter((m) => m.kind === CsiMeasurementKind.BASELINE);
    const done = measurements.filter((m) => m.kind === CsiMeasurementKind.COMPLETION);
    if (!done[0]) return null;
    const review = done[0].reviewId ? await ctx.loaders.byId(ServiceReview).load(done[0].reviewId) : null;
    return { item, review, period: { from: done[0].periodFrom, to: done[0].periodTo }, kpis: kpiImpacts(baseline, done) };
  }

  @FieldResolver(() => [CsiImpact], { description: 'The measured change of its target KPIs in each review after its baseline period, oldest first.' })
  async impact(@Root() item: CsiItem, @Ctx() ctx: Context): Promise<CsiImpact[]> {
    const baseline = await baselineOf(ctx, item.id);
    if (!baseline[0]) return [];
    const later = (await clientSnapshotHistory(ctx, item.clientId)).filter((s) => measurableIn(baseline, s));
    return Promise.all(later.map((snapshot) => impactIn(ctx, item, baseline, snapshot)));
  }
}

@Resolver(() => ServiceReview)
export class ReviewCsiImpactResolver {
  @FieldResolver(() => [CsiImpact], {
    description: "The client's approved, in-progress and done CSI items measured in this review's snapshot against their baselines "
      + '(items whose baseline period ended before this period began); empty until prepared.',
  })
  async csiImpacts(@Root() review: ServiceReview, @Ctx() ctx: Context): Promise<CsiImpact[]> {
    const snapshot = await snapshotOfReview(ctx, review.id);
    if (!snapshot) return [];
    const items = (await ctx.loaders.manyBy(CsiItem, 'clientId', 'createdAt').load(review.clientId))
      .filter((i) => [CsiStatus.APPROVED, CsiStatus.IN_PROGRESS, CsiStatus.DONE].includes(i.status));
    const impacts = await Promise.all(items.map(async (item) => {
      const baseline = await baselineOf(ctx, item.id);
      return baseline[0] && baseline[0].periodTo <= snapshot.periodFrom ? impactIn(ctx, item, baseline, snapshot) : null;
    }));
    return impacts.filter((i): i is CsiImpact => i !== null);
  }
}

@Resolver(() => CsiKpiImpact)
export class CsiKpiImpactResolver {
  @FieldResolver(() => KpiDefinition, { nullable: true })
  kpiDefinition(@Root() impact: CsiKpiImpact, @Ctx() ctx: Context) {
    return ctx.loaders.byId(KpiDefinition).load(impact.kpiDefinitionId);
  }
}

@Resolver(() => CsiKpiMeasurement)
export class CsiKpiMeasurementResolver {
  @FieldResolver(() => KpiDefinition, { nullable: true })
  kpiDefinition(@Root() measurement: CsiKpiMeasurement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(KpiDefinition).load(measurement.kpiDefinitionId);
  }
}
