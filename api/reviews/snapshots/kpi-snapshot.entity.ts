import { Entity, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TenantRow } from '../../domain/tenant-row.js';
import { KpiDirection } from '../../kpi-definitions/kpi-direction.js';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { KpiFigureEnum, KpiStatusEnum } from '../../kpis/graphql/kpi-enums.js';

/** One catalogue figure over a review's whole period, with the KPI definition it was judged against, as frozen. */
@ObjectType('KpiSnapshot', { description: "One catalogue figure over the review's whole period, frozen with its target and status." })
@Entity({ tableName: 'review_snapshot_kpi' })
export class KpiSnapshot extends TenantRow {
  @Property({ type: 'uuid' })
  snapshotId!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => KpiKey)
  @Property({ type: 'string' })
  key!: KpiKey;

  @Field(() => KpiFigureEnum)
  @Property({ type: 'string' })
  figure!: KpiFigureEnum;

  @Field(() => Float, {
    nullable: true,
    description: 'Null when the denominator is empty, or for MEDIAN / P90 of a period that crosses a year boundary and is not one ISO week '
      + '(percentiles are computed per calendar bucket and cannot be combined).',
  })
  @Property({ type: 'double', nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'For MEDIAN / P90 / MEAN: the number of values summarised.' })
  @Property({ type: 'double', nullable: true })
  denominator?: number | null;

  @Field(() => ID, { nullable: true, description: 'The KPI definition in force at the period start that judged this figure.' })
  @Property({ type: 'uuid', nullable: true })
  kpiDefinitionId?: string | null;

  @Field(() => Float, { nullable: true, description: "The definition's target, as it was." })
  @Property({ type: 'double', nullable: true })
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  tolerance?: number | null;

  @Field(() => KpiDirection)
  @Property({ type: 'string' })
  direction!: KpiDirection;

  @Field(() => String, { nullable: true, description: "The definition's effectiveFrom, as it was." })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  definitionEffectiveFrom?: string | null;

  @Field(() => KpiStatusEnum, { nullable: true, description: 'Null when the client defines no target for this figure.' })
  @Property({ type: 'string', nullable: true })
  status?: KpiStatusEnum | null;
}
