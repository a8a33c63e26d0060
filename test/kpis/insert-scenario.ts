import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from '../../api/clients/client.entity.js';
import { BusinessCalendar } from '../../api/calendars/business-calendar.entity.js';
import { BusinessCalendarVersion } from '../../api/calendars/business-calendar-version.entity.js';
import { SlaPolicy } from '../../api/sla-policies/sla-policy.entity.js';
import { SlaPolicyVersion } from '../../api/sla-policies/sla-policy-version.entity.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';
import { CsatResponse } from '../../api/tickets/csat-response.entity.js';
import type { OracleData } from './kpi-oracle.js';

/** Writes a scenario as the sync engine would (through the ORM, as the owner) into a new tenant. */
export async function insertScenario(em: EntityManager, tenantId: string, data: OracleData): Promise<void> {
  const base = { tenantId };
  for (const id of new Set(data.calendarVersions.map((v) => v.calendarId))) em.create(BusinessCalendar, { ...base, id, name: `cal ${id}` } as never);
  for (const id of new Set(data.policyVersions.map((v) => v.policyId))) em.create(SlaPolicy, { ...base, id, name: `sla ${id}` } as never);
  await em.flush();
  for (const v of data.calendarVersions) em.create(BusinessCalendarVersion, { ...base, ...v } as never);
  await em.flush();
  for (const v of data.policyVersions) em.create(SlaPolicyVersion, { ...base, ...v } as never);
  data.clients.forEach((c, i) => em.create(Client, { ...base, ...c, name: `client ${i}` } as never));
  await em.flush();
  for (const t of data.tickets) {
    em.create(Ticket, { ...base, ...t, mergedIntoId: null, externalId: t.id, sourceUpdatedAt: t.createdAt } as never);
  }
  await em.flush();
  // Merged tickets point at another ticket of the tenant, set once every ticket exists; a target
  // the (shrunk) scenario lacks becomes the ticket itself, which is just as merged for the KPIs.
  const ids = new Set(data.tickets.map((t) => t.id));
  for (const t of data.tickets.filter((x) => x.mergedIntoId)) {
    await em.nativeUpdate(Ticket, { tenantId, id: t.id }, { mergedIntoId: ids.has(t.mergedIntoId!) ? t.mergedIntoId : t.id });
  }
  const clientOf = new Map(data.tickets.map((t) => [t.id, t.clientId]));
  for (const e of data.events) em.create(TicketEvent, { ...base, ...e, clientId: clientOf.get(e.ticketId) } as never);
  for (const r of data.csat) em.create(CsatResponse, { ...base, ...r, clientId: clientOf.get(r.ticketId) } as never);
  await em.flush();
}
