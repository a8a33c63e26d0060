import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../domain/tenant-row.js';
import { PausingStatuses, SlaTarget } from './sla-parts.js';

/** Per-priority targets from `effectiveFrom` until the next version. Immutable once written. */
@ObjectType()
@Entity({ tableName: 'sla_policy_version' })
export class SlaPolicyVersion extends TenantRow {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String, { description: 'YYYY-MM-DD; applies to tickets created from this local date.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => ID, { nullable: true, description: 'Calendar of the clocks when the client has none.' })
  @Property({ type: 'uuid', nullable: true })
  businessCalendarId?: string | null;

  @Field(() => [SlaTarget])
  @Property({ type: 'json', columnType: 'jsonb' })
  targets!: SlaTarget[];

  @Field(() => PausingStatuses)
  @Property({ type: 'json', columnType: 'jsonb' })
  pausingStatuses!: PausingStatuses;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
