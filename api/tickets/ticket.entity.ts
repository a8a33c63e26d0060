import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantRow } from '../domain/tenant-row.js';
import { Priority } from './priority.js';
import { StatusCategory } from './status-category.js';
import { TicketType } from './ticket-type.js';
import { Tier } from './tier.js';

/** A ticket in the normalized model of kpi-sla.md; every mapped value keeps its raw source value. */
@ObjectType()
@Entity({ tableName: 'ticket' })
export class Ticket extends TenantRow {
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  connectorInstanceId?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  sourceSystem!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  externalId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  externalKey?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  url?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  title: string = '';

  @Field(() => TicketType)
  @Property({ type: 'string' })
  type!: TicketType;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  typeRaw?: string | null;

  @Field(() => Priority)
  @Property({ type: 'string' })
  priority!: Priority;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  priorityRaw?: string | null;

  @Field(() => StatusCategory)
  @Property({ type: 'string' })
  status!: StatusCategory;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  statusRaw?: string | null;

  @Field(() => Tier)
  @Property({ type: 'string' })
  tier!: Tier;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  tierRaw?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstResponseAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstResolvedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastResolvedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  sourceUpdatedAt!: Date;

  @Field(() => Int)
  @Property({ type: 'integer' })
  reopenCount: number = 0;

  @Field(() => Int, { nullable: true, description: 'Agent public replies; null when the source does not expose them.' })
  @Property({ type: 'integer', nullable: true })
  agentReplyCount?: number | null;

  @Field(() => ID, { nullable: true, description: 'The ticket this one was merged into as a duplicate.' })
  @Property({ type: 'uuid', nullable: true })
  mergedIntoId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The vendor-reported SLA facts, for reconciliation.' })
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  vendorSla?: Record<string, unknown> | null;
}
