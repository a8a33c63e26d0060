import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';
import { Participant } from '../engagements/participant.js';
import { ReviewStatus } from './review-status.js';

/** One occurrence of an engagement: the period it looks at, when it is held, where it stands, what was said. */
@ObjectType()
@Entity({ tableName: 'service_review' })
export class ServiceReview extends TenantOwned {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  engagementId!: string;

  @Field(() => Date, { nullable: true, description: 'The cadence occurrence it was scheduled for; null when created by hand.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  occurrenceAt?: Date | null;

  @Field(() => Date, { description: 'Start of the reviewed period (inclusive).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  periodStart!: Date;

  @Field(() => Date, { description: 'End of the reviewed period (exclusive).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  periodEnd!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  scheduledAt!: Date;

  @Field(() => ReviewStatus)
  @Property({ type: 'string' })
  status: ReviewStatus = ReviewStatus.PLANNED;

  @Field(() => [String], { description: "Agenda items; the level's default agenda unless edited." })
  @Property({ type: 'json', columnType: 'jsonb' })
  agenda: string[] = [];

  @Field(() => String)
  @Property({ type: 'text' })
  notes: string = '';

  @Field(() => [String], { description: 'What the review found.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  findings: string[] = [];

  @Field(() => [String], { description: 'What the review decided.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  decisions: string[] = [];

  @Field(() => [Participant], { description: 'Who attended.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  attendees: Participant[] = [];

  @Field(() => Date, { nullable: true, description: 'When its snapshot was frozen.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  preparedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the meeting took place.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  heldAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String)
  @Property({ type: 'text' })
  cancellationReason: string = '';
}
