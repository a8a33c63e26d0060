import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { KpiFigureEnum, KpiStatusEnum, KpiTrendEnum } from '../../kpis/graphql/kpi-enums.js';
import { SlaClockKind } from '../../sla/clock-store/ticket-sla-clock.entity.js';
import { Priority } from '../../tickets/priority.js';
import type { ReviewSnapshot } from '../snapshots/review-snapshot.entity.js';

export enum ReviewDeltaAgainst {
  PREVIOUS = 'PREVIOUS',
  YEAR_AGO = 'YEAR_AGO',
  EARLIER = 'EARLIER',
}
registerEnumType(ReviewDeltaAgainst, {
  name: 'ReviewDeltaAgainst',
  description: 'PREVIOUS: the review of the same level before. YEAR_AGO: the same period a year earlier. EARLIER: one of the earlier reviews asked for.',
});

@ObjectType({ description: "A frozen KPI figure against the same figure of an earlier review's snapshot, in the KPI's better direction." })
export class KpiDelta {
  @Field(() => KpiKey)
  key!: KpiKey;
  @Field(() => KpiFigureEnum)
  figure!: KpiFigureEnum;
  @Field(() => Float, { nullable: true })
  value!: number | null;
  @Field(() => Float, { nullable: true })
  earlierValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'value - earlierValue.' })
  delta!: number | null;
  @Field(() => Float, { nullable: true, description: 'delta / |earlierValue|; null when that is 0 or missing.' })
  relativeDelta!: number | null;
  @Field(() => KpiTrendEnum)
  trend!: KpiTrendEnum;
  @Field(() => KpiStatusEnum, { nullable: true })
  status!: KpiStatusEnum | null;
  @Field(() => KpiStatusEnum, { nullable: true })
  earlierStatus!: KpiStatusEnum | null;
}

@ObjectType({ description: "SLA attainment of one clock and priority against an earlier review's." })
export class SlaAttainmentDelta {
  @Field(() => SlaClockKind)
  clock!: SlaClockKind;
  @Field(() => Priority)
  priority!: Priority;
  @Field(() => Float, { nullable: true })
  attainment!: number | null;
  @Field(() => Float, { nullable: true })
  earlierAttainment!: number | null;
  @Field(() => Float, { nullable: true })
  delta!: number | null;
  @Field(() => KpiTrendEnum)
  trend!: KpiTrendEnum;
}

@ObjectType({ description: "A CSF's status against its status in an earlier review." })
export class CsfStatusChange {
  @Field(() => ID)
  csfId!: string;
  @Field(() => String)
  title!: string;
  @Field(() => KpiStatusEnum, { nullable: true, description: 'Null when the CSF was not in force in this review.' })
  status!: KpiStatusEnum | null;
  @Field(() => KpiStatusEnum, { nullable: true, description: 'Null when the CSF was not in force in the earlier review.' })
  earlierStatus!: KpiStatusEnum | null;
}

/** This review's snapshot against one earlier snapshot; its lists are field resolvers (ReviewDeltaResolver). */
@ObjectType({ description: "This review's frozen figures against an earlier review's frozen figures." })
export class ReviewDelta {
  current!: ReviewSnapshot;
  @Field(() => ReviewDeltaAgainst)
  against!: ReviewDeltaAgainst;
  earlier!: ReviewSnapshot;
}

@ObjectType({ description: "A review's deltas, all from frozen snapshots of the same client and level." })
export class ReviewComparison {
  @Field(() => ReviewDelta, { nullable: true, description: 'Against the previous review of the same level.' })
  previous!: ReviewDelta | null;
  @Field(() => ReviewDelta, { nullable: true, description: 'Against the review of the same level whose period started a year earlier.' })
  yearAgo!: ReviewDelta | null;
  @Field(() => [ReviewDelta], { description: 'Against each of the earlier reviews of the same level asked for, most recent first.' })
  earlier!: ReviewDelta[];
}
