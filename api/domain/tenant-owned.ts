import { Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantRow } from './tenant-row.js';

/**
 * A tenant row users create and manage. Archiving hides it from default listings;
 * nothing is deleted, so history (reviews, snapshots) keeps its references.
 */
// Not emitted itself (type-graphql only prints reachable types); subclasses inherit its fields.
@ObjectType()
export abstract class TenantOwned extends TenantRow {
  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}
