import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';
import { EngagementLevel } from './engagement-level.js';
import { Participant } from './participant.js';

/** One level of engagement with a client: its cadence, objectives and participants. */
@ObjectType()
@Entity({ tableName: 'engagement' })
export class Engagement extends TenantOwned {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => EngagementLevel)
  @Property({ type: 'string' })
  level!: EngagementLevel;

  @Field(() => String, { description: 'iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=1TU.' })
  @Property({ type: 'string' })
  cadence!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  objectives: string = '';

  @Field(() => [Participant])
  @Property({ type: 'json', columnType: 'jsonb' })
  participants: Participant[] = [];
}
