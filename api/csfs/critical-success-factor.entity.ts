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
}
