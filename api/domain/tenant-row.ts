import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A row of one tenant: `tenant_id` leads every key in the database (see the migrations). */
// Not emitted itself (type-graphql only prints reachable types); subclasses inherit its fields.
@ObjectType()
export abstract class TenantRow {
  @Property({ type: 'uuid', fieldName: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}
