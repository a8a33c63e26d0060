import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';

/** A named SLA policy; targets live in versions with effective dates. Shared, or one client's. */
@ObjectType()
@Entity({ tableName: 'sla_policy' })
export class SlaPolicy extends TenantOwned {
  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The client it belongs to; null when shared.' })
  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;
}
