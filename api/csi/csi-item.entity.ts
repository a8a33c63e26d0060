import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../domain/tenant-owned.js';
import { CsiStatus } from './csi-status.js';

/** A continual service improvement action: proposed in a review, owned, dated, tracked to done. */
@ObjectType()
@Entity({ tableName: 'csi_item' })
export class CsiItem extends TenantOwned {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The review it was proposed in.' })
  @Property({ type: 'uuid', nullable: true })
  reviewId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  csfId?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  rationale: string = '';

  @Field(() => String)
  @Property({ type: 'string' })
  owner: string = '';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  dueDate?: string | null;

  @Field(() => CsiStatus)
  @Property({ type: 'string' })
  status: CsiStatus = CsiStatus.PROPOSED;

  @Field(() => [ID], { description: 'KPI definitions whose change measures this item; fixed once approved.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  targetKpiIds: string[] = [];

  @Field(() => Date, { nullable: true, description: 'When it was approved (and its baseline recorded).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was done (and its completion measured).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date | null;
}
