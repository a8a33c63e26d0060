import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BusinessCalendarVersion } from '../../calendars/business-calendar-version.entity.js';
import { CriticalSuccessFactor } from '../../csfs/critical-success-factor.entity.js';
import type { Context } from '../../graphql/context.js';
import { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { SlaPolicyVersion } from '../../sla-policies/sla-policy-version.entity.js';
import { LocalPeriodType } from '../period/local-period.type.js';
import { ServiceReview } from '../service-review.entity.js';
import { CsfStatusSnapshot } from './csf-status-snapshot.entity.js';
import { KpiSnapshot } from './kpi-snapshot.entity.js';
import { restatementsOf } from './restate-kpis.js';
import { RestatedKpiValue } from './restated-kpi-value.type.js';
import { ReviewSnapshot } from './review-snapshot.entity.js';
import { SlaAttainmentSnapshot } from './sla-attainment-snapshot.entity.js';
import { csfsOfSnapshot, kpisOfSnapshot, slaOfSnapshot } from './snapshot-rows.js';

const present = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => r !== null && !(r instanceof Error));

@Resolver(() => ReviewSnapshot)
export class ReviewSnapshotResolver {
  @FieldResolver(() => LocalPeriodType, { description: "The local dates frozen, in the snapshot's zone." })
  period(@Root() snapshot: ReviewSnapshot): LocalPeriodType {
    return { from: snapshot.periodFrom, to: snapshot.periodTo };
  }

  @FieldResolver(() => ServiceReview, { nullable: true })
  review(@Root() snapshot: ReviewSnapshot, @Ctx() ctx: Context) {
    return ctx.loaders.byId(ServiceReview).load(snapshot.reviewId);
  }

  @FieldResolver(() => [KpiSnapshot], { description: 'Every catalogue figure over the whole period (only `keys` when given).' })
  async kpis(
    @Root() snapshot: ReviewSnapshot,
    @Arg('keys', () => [KpiKey], { nullable: true }) keys: KpiKey[] | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await kpisOfSnapshot(ctx, snapshot.id);
    return keys?.length ? rows.filter((r) => keys.includes(r.key)) : rows;
  }

  @FieldResolver(() => [SlaAttainmentSnapshot], { description: 'SLA attainment by clock and priority.' })
  slaAttainment(@Root() snapshot: ReviewSnapshot, @Ctx() ctx: Context) {
    return slaOfSnapshot(ctx, snapshot.id);
  }

  @FieldResolver(() => [CsfStatusSnapshot], { description: 'The CSFs in force at the period start, with their status.' })
  csfStatuses(@Root() snapshot: ReviewSnapshot, @Ctx() ctx: Context) {
    return csfsOfSnapshot(ctx, snapshot.id);
  }

  @FieldResolver(() => [SlaPolicyVersion], { description: "The SLA policy versions behind the period's clocks." })
  async slaPolicyVersions(@Root() snapshot: ReviewSnapshot, @Ctx() ctx: Context) {
    return present(await ctx.loaders.byId(SlaPolicyVersion).loadMany(snapshot.slaPolicyVersionIds));
  }

  @FieldResolver(() => [BusinessCalendarVersion], { description: "The business calendar versions behind the period's clocks." })
  async businessCalendarVersions(@Root() snapshot: ReviewSnapshot, @Ctx() ctx: Context) {
    return present(await ctx.loaders.byId(BusinessCalendarVersion).loadMany(snapshot.businessCalendarVersionIds));
  }

  @FieldResolver(() => Boolean, { description: "Whether any KPI figure recomputed from today's data differs from its frozen value (see KpiSnapshot.restated)." })
  async restated(@Root() snapshot: ReviewSnapshot, @Ctx() ctx: Context) {
    return (await restatementsOf(ctx, snapshot.id)).size > 0;
  }
}

@Resolver(() => KpiSnapshot)
export class KpiSnapshotResolver {
  @FieldResolver(() => KpiDefinition, { nullable: true, description: 'The KPI definition that judged the figure (its current state; the frozen target is on this row).' })
  definition(@Root() row: KpiSnapshot, @Ctx() ctx: Context) {
    return row.kpiDefinitionId ? ctx.loaders.byId(KpiDefinition).load(row.kpiDefinitionId) : null;
  }

  @FieldResolver(() => RestatedKpiValue, { nullable: true, description: "RESTATED value from today's data, only when it differs from the frozen one." })
  async restated(@Root() row: KpiSnapshot, @Ctx() ctx: Context) {
    return (await restatementsOf(ctx, row.snapshotId)).get(row.id) ?? null;
  }
}

@Resolver(() => CsfStatusSnapshot)
export class CsfStatusSnapshotResolver {
  @FieldResolver(() => CriticalSuccessFactor, { nullable: true })
  criticalSuccessFactor(@Root() row: CsfStatusSnapshot, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CriticalSuccessFactor).load(row.csfId);
  }
}
