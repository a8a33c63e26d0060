import { Entity, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';
import { KpiDirection } from './kpi-direction.js';
import { KpiKey } from './kpi-key.js';
import { KpiStatistic } from './kpi-statistic.js';

/** A client's use of a catalogue KPI: which figure, the target and tolerance, and the CSF it measures. */
@ObjectType()
@Entity({ tableName: 'kpi_definition' })
export class KpiDefinition extends TenantOwned {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The critical success factor this KPI measures.' })
  @Property({ type: 'uuid', nullable: true })
  csfId?: string | null;

  @Field(() => KpiKey)
  @Property({ type: 'string' })
  key!: KpiKey;

  @Field(() => KpiStatistic)
  @Property({ type: 'string' })
  statistic!: KpiStatistic;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  target!: number;

  @Field(() => Float, { description: 'How far past the target is still AMBER rather than RED.' })
  @Property({ type: 'double' })
  tolerance: number = 0;

  @Field(() => KpiDirection)
  @Property({ type: 'string' })
  direction!: KpiDirection;

  @Field(() => String, { description: 'YYYY-MM-DD from which this definition applies.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => ID, { nullable: true, description: 'The definition this one is the next version of (same figure, from a later date).' })
  @Property({ type: 'uuid', nullable: true })
  supersedesId?: string | null;
}
