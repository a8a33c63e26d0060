import { Entity, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantRow } from '../domain/tenant-row.js';
import { SyncRunStatus } from './sync-run-status.js';
import { SyncTrigger } from './sync-trigger.js';

/** One sync of one stream of a connector instance, with its counts. */
@ObjectType()
@Entity({ tableName: 'sync_run' })
export class SyncRun extends TenantRow {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  connectorInstanceId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  stream!: string;

  @Field(() => SyncTrigger)
  @Property({ type: 'string' })
  trigger: SyncTrigger = SyncTrigger.MANUAL;

  @Field(() => SyncRunStatus)
  @Property({ type: 'string' })
  status: SyncRunStatus = SyncRunStatus.RUNNING;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  pages: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  recordsRead: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  recordsInserted: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  recordsUpdated: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  recordsUnchanged: number = 0;

  @Field(() => Int, { description: 'Tickets removed because the vendor no longer lists them.' })
  @Property({ type: 'integer' })
  recordsDeleted: number = 0;

  @Field(() => GraphQLJSONObject, { description: 'Vendor values no mapping covered, by field, with how often each was seen: fix them in the instance mappings.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  unmapped: Record<string, Record<string, number>> = {};

  @Field(() => String, { nullable: true, description: 'The stream cursor when the run started.' })
  @Property({ type: 'string', nullable: true })
  cursorBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'The stream cursor the run committed last.' })
  @Property({ type: 'string', nullable: true })
  cursorAfter?: string | null;

  @Field(() => [GraphQLJSONObject])
  @Property({ type: 'json', columnType: 'jsonb' })
  errors: Record<string, unknown>[] = [];

  @Field(() => Float, { nullable: true, description: '0..1 when the connector can tell.' })
  @Property({ type: 'double', nullable: true })
  progress?: number | null;
}
