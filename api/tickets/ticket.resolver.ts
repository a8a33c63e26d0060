import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Connection, PageArgs } from '../graphql/connection.js';
import { windowCondition } from '../graphql/time-window.js';
import { Client } from '../clients/client.entity.js';
import { CsatResponse } from './csat-response.entity.js';
import { TicketEvent } from './ticket-event.entity.js';
import { Ticket } from './ticket.entity.js';
import { TicketFilter } from './ticket.inputs.js';
import { TicketSlaClock } from '../sla/clock-store/ticket-sla-clock.entity.js';

export const TicketConnection = Connection(Ticket);

const anyOf = (field: string, values: readonly string[] | null | undefined) => (values?.length ? { [field]: { $in: values } } : {});

/** Normalized tickets are written by the sync engine only; the API reads them. */
@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => TicketConnection, { description: 'Normalized tickets, newest first.' })
  async tickets(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TicketFilter, { nullable: true }) filter: TicketFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const where = {
      ...(filter?.clientId ? { clientId: filter.clientId } : {}),
      ...windowCondition('createdAt', filter?.created, 'filter.created'),
      ...anyOf('status', filter?.status),
      ...anyOf('type', filter?.type),
      ...anyOf('priority', filter?.priority),
    };
    return new TicketConnection(await ctx.store.page(Ticket, where, page, { field: 'createdAt', direction: 'desc' }));
  }

  @Query(() => Ticket)
  ticket(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.store.get(Ticket, id, 'ticket');
  }

  @FieldResolver(() => Client, { nullable: true })
  client(@Root() ticket: Ticket, @Ctx() ctx: Context) {
    return ticket.clientId ? ctx.loaders.byId(Client).load(ticket.clientId) : null;
  }

  @FieldResolver(() => [TicketEvent], { description: 'Its events in source order.' })
  events(@Root() ticket: Ticket, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(TicketEvent, 'ticketId', 'seq').load(ticket.id);
  }

  @FieldResolver(() => [TicketSlaClock], { description: 'Its SLA clocks: FIRST_RESPONSE and RESOLUTION, by cycle.' })
  slaClocks(@Root() ticket: Ticket, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(TicketSlaClock, 'ticketId', 'clock', 'cycle').load(ticket.id);
  }

  @FieldResolver(() => [CsatResponse])
  csatResponses(@Root() ticket: Ticket, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CsatResponse, 'ticketId', 'receivedAt').load(ticket.id);
  }
}
