import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantRow } from '../../domain/tenant-row.js';
import { KpiStatusEnum } from '../../kpis/graphql/kpi-enums.js';

/** A CSF as a review saw it: its title then and its status rolled up from its KPIs over the period. */
@ObjectType({ description: 'A CSF as the review saw it: title then, and status rolled up from its KPIs over the whole period.' })
@Entity({ tableName: 'review_snapshot_csf' })
export class CsfStatusSnapshot extends TenantRow {
  @Property({ type: 'uuid' })
  snapshotId!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  csfId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => KpiStatusEnum)
  @Property({ type: 'string' })
  status!: KpiStatusEnum;

  @Field(() => [ID], { description: 'The KPI definitions that judged it.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  kpiDefinitionIds: string[] = [];
}
