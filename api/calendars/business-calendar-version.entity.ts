import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../domain/tenant-row.js';
import { DateException, Holiday, WorkingInterval } from './calendar-parts.js';

/** The hours of a calendar from `effectiveFrom` (a local date) until the next version. Immutable. */
@ObjectType()
@Entity({ tableName: 'business_calendar_version' })
export class BusinessCalendarVersion extends TenantRow {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  calendarId!: string;

  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String, { description: 'YYYY-MM-DD, local date in the calendar zone.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => String, { description: 'IANA time zone.' })
  @Property({ type: 'string' })
  timeZone!: string;

  @Field(() => [WorkingInterval])
  @Property({ type: 'json', columnType: 'jsonb' })
  weeklyIntervals!: WorkingInterval[];

  @Field(() => [Holiday])
  @Property({ type: 'json', columnType: 'jsonb' })
  holidays: Holiday[] = [];

  @Field(() => [DateException])
  @Property({ type: 'json', columnType: 'jsonb' })
  exceptions: DateException[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
