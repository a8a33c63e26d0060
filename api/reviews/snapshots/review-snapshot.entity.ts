import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantRow } from '../../domain/tenant-row.js';
import { EngagementLevel } from '../../engagements/engagement-level.js';

/**
 * What a review saw, frozen when it was prepared: its KPI figures, SLA attainment and CSF
 * statuses (child rows) and the definition versions behind them. Never updated: the database
 * lets the API insert and read snapshots, nothing else.
 */
@ObjectType({ description: 'What a review saw, frozen when it was prepared; later data or definition changes never alter it.' })
@Entity({ tableName: 'review_snapshot' })
export class ReviewSnapshot extends TenantRow {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  reviewId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => EngagementLevel)
  @Property({ type: 'string' })
  level!: EngagementLevel;

  /** Local date, inclusive. */
  @Property({ type: 'string', columnType: 'date' })
  periodFrom!: string;

  /** Local date, exclusive. */
  @Property({ type: 'string', columnType: 'date' })
  periodTo!: string;

  @Field(() => String, { description: "The client's IANA zone the period was cut in." })
  @Property({ type: 'string' })
  timeZone!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  takenAt!: Date;

  @Field(() => ID, { nullable: true, description: "The client's SLA policy when the snapshot was taken." })
  @Property({ type: 'uuid', nullable: true })
  slaPolicyId?: string | null;

  /** SLA policy versions behind the period's clocks (and the one in force at its start). */
  @Property({ type: 'json', columnType: 'jsonb' })
  slaPolicyVersionIds: string[] = [];

  /** Business calendar versions behind the period's clocks (and the one in force at its start). */
  @Property({ type: 'json', columnType: 'jsonb' })
  businessCalendarVersionIds: string[] = [];
}
