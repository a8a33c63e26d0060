import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';

/**
 * A named business calendar; its hours live in versions with effective dates, so a change
 * applies from its date forward and never rewrites the past. Shared by the tenant, or one client's.
 */
@ObjectType()
@Entity({ tableName: 'business_calendar' })
export class BusinessCalendar extends TenantOwned {
  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The client it belongs to; null when shared.' })
  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;
}
