import { Field, Float, ObjectType } from 'type-graphql';
import { KpiStatusEnum } from '../../kpis/graphql/kpi-enums.js';

@ObjectType({
  description: "RESTATED: the figure recomputed from today's data for the same period, shown only where it differs from the frozen value. "
    + "The frozen value stays the review's record; late tickets, reopened tickets or recomputed clocks cause restatements.",
})
export class RestatedKpiValue {
  @Field(() => Float, { nullable: true })
  value!: number | null;
  @Field(() => Float, { nullable: true })
  numerator!: number | null;
  @Field(() => Float, { nullable: true })
  denominator!: number | null;
  @Field(() => KpiStatusEnum, { nullable: true, description: 'Against the frozen target.' })
  status!: KpiStatusEnum | null;
  @Field(() => Date)
  recomputedAt!: Date;
}
