import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SlaClockKind {
  FIRST_RESPONSE = 'FIRST_RESPONSE',
  RESOLUTION = 'RESOLUTION',
}
registerEnumType(SlaClockKind, { name: 'SlaClockKind' });

export enum SlaClockStatus {
  MET = 'MET',
  BREACHED = 'BREACHED',
  PENDING = 'PENDING',
  NO_TARGET = 'NO_TARGET',
}
registerEnumType(SlaClockStatus, {
  name: 'SlaClockStatus',
  description: 'MET: stopped at or before its due instant. BREACHED: stopped after it, or still running past it. PENDING: running, not yet due. NO_TARGET: priority NONE or no policy.',
});

/** One cycle of one SLA clock of a ticket, as the clock replay computed it (kpi-sla.md). */
@ObjectType()
@Entity({ tableName: 'ticket_sla_clock' })
export class TicketSlaClock {
  @Property({ type: 'uuid', fieldName: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  ticketId!: string;

  @Field(() => SlaClockKind)
  @PrimaryKey({ type: 'string' })
  clock!: SlaClockKind;

  @Field(() => Int, { description: '1 for the first cycle (the one KPIs count); a reopen starts the next.' })
  @PrimaryKey({ type: 'integer' })
  cycle!: number;

  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Business minutes; null when NO_TARGET.' })
  @Property({ type: 'double', nullable: true })
  targetMinutes?: number | null;

  @Field(() => Float, { description: 'Business minutes the clock ran, paused time excluded.' })
  @Property({ type: 'double' })
  elapsedMinutes!: number;

  @Field(() => Float, { description: 'Business minutes spent paused.' })
  @Property({ type: 'double' })
  pausedMinutes!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  stoppedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field(() => SlaClockStatus)
  @Property({ type: 'string' })
  status!: SlaClockStatus;

  @Field(() => ID, { nullable: true, description: 'The SLA policy version in force at the ticket\'s local creation date.' })
  @Property({ type: 'uuid', nullable: true })
  slaPolicyVersionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The calendar version used; null for 24x7 UTC.' })
  @Property({ type: 'uuid', nullable: true })
  businessCalendarVersionId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  computedAt: Date = new Date();
}
