import { Entity, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../domain/tenant-row.js';
import { SlaClockKind } from '../../sla/clock-store/ticket-sla-clock.entity.js';
import { Priority } from '../../tickets/priority.js';

/** SLA attainment of one clock and priority over a review's period (tickets created in it), as frozen. */
@ObjectType({ description: "SLA attainment of one clock and one (current) priority over the review's period: tickets created in it." })
@Entity({ tableName: 'review_snapshot_sla' })
export class SlaAttainmentSnapshot extends TenantRow {
  @Property({ type: 'uuid' })
  snapshotId!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => SlaClockKind)
  @Property({ type: 'string' })
  clock!: SlaClockKind;

  @Field(() => Priority)
  @Property({ type: 'string' })
  priority!: Priority;

  @Field(() => Float, { nullable: true, description: 'The target of the SLA policy version in force at the period start.' })
  @Property({ type: 'double', nullable: true })
  targetMinutes?: number | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  met!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  breached!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  pending!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  noTarget!: number;

  @Field(() => Float, { nullable: true, description: 'met / (met + breached); null when both are 0.' })
  @Property({ type: 'double', nullable: true })
  attainment?: number | null;
}
