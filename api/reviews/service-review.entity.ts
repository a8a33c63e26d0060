import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';
import { ReviewStatus } from './review-status.js';

/** One occurrence of an engagement: the period it looks at, when it is held, where it stands. */
@ObjectType()
@Entity({ tableName: 'service_review' })
export class ServiceReview extends TenantOwned {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  engagementId!: string;

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

  @Field(() => String)
  @Property({ type: 'text' })
  notes: string = '';
}
