import { DateTime } from 'luxon';
import { asHistoryEvent } from '../../tickets/history/history-event.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { BusinessCalendarVersion } from '../../calendars/business-calendar-version.entity.js';
import type { Client } from '../../clients/client.entity.js';
import type { TenantStore } from '../../domain/tenant-store.js';
import type { LocalPeriod } from '../../kpis/status/local-period.js';
import type { CompiledCalendar } from '../../sla/calendar/business-calendar.js';
import { ClockSettings } from '../../sla/clock-store/clock-settings.js';
import type { ClockTicket } from '../../sla/clocks/clock-ticket.js';
import { initialValues } from '../../sla/clocks/initial-values.js';
import { StatusCategory } from '../../tickets/status-category.js';
import { Ticket } from '../../tickets/ticket.entity.js';
import { TicketEvent } from '../../tickets/ticket-event.entity.js';
import { SlaPolicyVersion } from '../sla-policy-version.entity.js';

/** One ticket as the SLA clocks read it, with the policy version and calendar its clocks use. */
export interface ClockInput {
  ticket: Ticket;
  clockTicket: ClockTicket;
  policy: SlaPolicyVersion | undefined;
  calendar: CompiledCalendar;
}

/**
 * The client's tickets created in `period` (its zone) that the attainment KPIs count (not
 * cancelled, not merged: kpi-sla.md), each with what `replaySlaClocks` needs, chosen by the same
 * `ClockSettings` as the stored clocks.
 * Also returns the client's policy versions.
 */
export async function loadClockTickets(
  em: EntityManager, store: TenantStore, client: Client, period: LocalPeriod,
): Promise<{ tickets: ClockInput[]; policyVersions: SlaPolicyVersion[] }> {
  const within = {
    $gte: DateTime.fromISO(period.from, { zone: client.timeZone }).toJSDate(),
    $lt: DateTime.fromISO(period.to, { zone: client.timeZone }).toJSDate(),
  };
  const tickets = (await em.find(Ticket, { $and: [store.scope(Ticket), { clientId: client.id, createdAt: within }] } as FilterQuery<Ticket>))
    .filter((t) => t.status !== StatusCategory.CANCELLED && !t.mergedIntoId);
  const events = new Map<string, TicketEvent[]>();
  for (const e of await em.find(TicketEvent, { $and: [store.scope(TicketEvent), { ticketId: { $in: tickets.map((t) => t.id) } }] }, {
    orderBy: [{ ticketId: 'asc' }, { seq: 'asc' }],
  })) events.set(e.ticketId, [...(events.get(e.ticketId) ?? []), e]);
  const policyVersions = client.slaPolicyId
    ? await em.find(SlaPolicyVersion, { $and: [store.scope(SlaPolicyVersion), { policyId: client.slaPolicyId }] })
    : [];
  const calendarIds = [client.businessCalendarId, ...policyVersions.map((v) => v.businessCalendarId)].filter((id): id is string => Boolean(id));
  const settings = new ClockSettings(policyVersions,
    await em.find(BusinessCalendarVersion, { $and: [store.scope(BusinessCalendarVersion), { calendarId: { $in: calendarIds } }] }));
  return { policyVersions, tickets: tickets.map((ticket) => {
    const { policy, calendar } = settings.for(client, ticket.createdAt);
    const clockEvents = (events.get(ticket.id) ?? []).map(asHistoryEvent);
    const initial = initialValues(ticket.status, ticket.priority, clockEvents);
    return {
      ticket,
      policy,
      calendar,
      clockTicket: { createdAt: ticket.createdAt, initialStatus: initial.status, initialPriority: initial.priority, events: clockEvents },
    };
  }) };
}
