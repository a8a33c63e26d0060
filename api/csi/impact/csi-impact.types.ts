import { Field, Float, ID, ObjectType } from 'type-graphql';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { KpiFigureEnum, KpiTrendEnum } from '../../kpis/graphql/kpi-enums.js';
import { LocalPeriodType } from '../../reviews/period/local-period.type.js';
import { ServiceReview } from '../../reviews/service-review.entity.js';
import { CsiItem } from '../csi-item.entity.js';

@ObjectType({ description: "The measured change of one of a CSI item's target KPIs since its baseline." })
export class CsiKpiImpact {
  @Field(() => ID)
  kpiDefinitionId!: string;
  @Field(() => KpiKey)
  key!: KpiKey;
  @Field(() => KpiFigureEnum)
  figure!: KpiFigureEnum;
  @Field(() => Float, { nullable: true, description: 'Recorded on approval.' })
  baseline!: number | null;
  @Field(() => Float, { nullable: true, description: 'Measured in this review (or at completion).' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'value - baseline.' })
  delta!: number | null;
  @Field(() => Float, { nullable: true })
  relativeDelta!: number | null;
  @Field(() => KpiTrendEnum, { description: "In the KPI's better direction." })
  trend!: KpiTrendEnum;
}

@ObjectType({ description: "A CSI item's impact: its target KPIs measured in one review (or at completion) against its baseline." })
export class CsiImpact {
  @Field(() => CsiItem)
  item!: CsiItem;
  @Field(() => ServiceReview, { nullable: true, description: "The review whose frozen snapshot measured it; null when measured from the month's data at completion." })
  review!: ServiceReview | null;
  @Field(() => LocalPeriodType, { description: 'The period measured.' })
  period!: LocalPeriodType;
  @Field(() => [CsiKpiImpact])
  kpis!: CsiKpiImpact[];
}
