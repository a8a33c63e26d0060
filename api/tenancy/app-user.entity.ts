import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';

/** A person of the MSP who owns API tokens. */
@ObjectType()
@Entity({ tableName: 'app_user' })
export class AppUser extends TenantOwned {
  @Field(() => String)
  @Property({ type: 'string' })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;
}
