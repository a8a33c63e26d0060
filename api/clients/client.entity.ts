import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';
import { ExternalRef } from './external-ref.js';

/** A client company of the MSP. */
@ObjectType()
@Entity({ tableName: 'client' })
export class Client extends TenantOwned {
  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'IANA time zone; KPI periods are cut in it.' })
  @Property({ type: 'string' })
  timeZone!: string;

  @Field(() => Int, { nullable: true, description: 'Managed endpoints, for tickets per endpoint.' })
  @Property({ type: 'integer', nullable: true })
  endpointCount?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  userCount?: number | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  businessCalendarId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  slaPolicyId?: string | null;

  @Field(() => [ExternalRef])
  @Property({ type: 'json', columnType: 'jsonb' })
  externalRefs: ExternalRef[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
