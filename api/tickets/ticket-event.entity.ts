import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../domain/tenant-row.js';
import { TicketEventKind } from './ticket-event-kind.js';

/** One change in a ticket's life; the SLA clocks replay these in `seq` order. */
@ObjectType()
@Entity({ tableName: 'ticket_event' })
export class TicketEvent extends TenantRow {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  ticketId!: string;

  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => Int, { description: 'Source order; events at the same instant apply in this order.' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => TicketEventKind)
  @Property({ type: 'string' })
  kind!: TicketEventKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  fromValue?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  toValue?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  fromRaw?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  toRaw?: string | null;

  @Field(() => Boolean, { description: 'An automatic acknowledgement: stops no clock, is no agent reply.' })
  @Property({ type: 'boolean' })
  automatic: boolean = false;
}
