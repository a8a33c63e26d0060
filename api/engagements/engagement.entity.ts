import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
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

  @Field(() => String, { description: "YYYY-MM-DD in the client's zone: the cadence's first possible occurrence." })
  @Property({ type: 'string', columnType: 'date' })
  startsOn: string = new Date().toISOString().slice(0, 10);

  @Field(() => String, { description: "HH:mm in the client's zone at which occurrences are scheduled." })
  @Property({ type: 'string' })
  meetingTime: string = '10:00';

  @Field(() => Int, { description: 'How many days ahead occurrences are scheduled as PLANNED reviews.' })
  @Property({ type: 'integer' })
  horizonDays: number = 92;
}
