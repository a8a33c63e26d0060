import { Field, Float, ObjectType } from 'type-graphql';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { KpiFigureEnum, KpiStatusEnum, KpiTrendEnum } from './kpi-enums.js';

@ObjectType('KpiComparison', { description: 'This value against an earlier one, in the KPI\'s better direction.' })
export class KpiComparisonType {
  @Field(() => Float, { nullable: true, description: 'The earlier value.' })
  value!: number | null;
  @Field(() => Float, { nullable: true })
  delta!: number | null;
  @Field(() => Float, { nullable: true, description: 'delta / |earlier value|; null when that is 0 or missing.' })
  relativeDelta!: number | null;
  @Field(() => KpiTrendEnum)
  trend!: KpiTrendEnum;
}

@ObjectType()
export class KpiPoint {
  @Field(() => String, { description: "The bucket's first local date." })
  bucket!: string;
  @Field(() => Float, { nullable: true, description: 'Null when the denominator is empty.' })
  value!: number | null;
  @Field(() => Float, { nullable: true })
  numerator!: number | null;
  @Field(() => Float, { nullable: true, description: 'For MEDIAN / P90 / MEAN: the number of values summarised.' })
  denominator!: number | null;
  @Field(() => KpiComparisonType, { description: 'Against the bucket just before.' })
  previous!: KpiComparisonType;
  @Field(() => KpiComparisonType, { description: 'Against the bucket a year earlier.' })
  yearAgo!: KpiComparisonType;
  @Field(() => Float, { nullable: true, description: "The client's KPI definition target in force at the bucket's start." })
  target!: number | null;
  @Field(() => KpiStatusEnum, { nullable: true, description: 'Null unless one client is asked for and it defines this KPI figure.' })
  status!: KpiStatusEnum | null;
}

@ObjectType()
export class KpiSeries {
  @Field(() => KpiKey)
  key!: KpiKey;
  @Field(() => KpiFigureEnum)
  figure!: KpiFigureEnum;
  @Field(() => String, { nullable: true, description: 'The breakdown value; null without a breakdown.' })
  group!: string | null;
  @Field(() => [KpiPoint])
  points!: KpiPoint[];
}
