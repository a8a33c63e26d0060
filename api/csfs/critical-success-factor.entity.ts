import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';

/** Something the client considers essential to reach a business goal; KPIs measure it. */
@ObjectType()
@Entity({ tableName: 'critical_success_factor' })
export class CriticalSuccessFactor extends TenantOwned {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD from which it applies; null: from the start.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD from which it no longer applies (changed in a business review); null: still applies.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  retiredFrom?: string | null;

  @Field(() => ID, { nullable: true, description: 'The factor this one replaced.' })
  @Property({ type: 'uuid', nullable: true })
  supersedesId?: string | null;
}
