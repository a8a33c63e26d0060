import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import type { Orm } from '../../api/db/orm.js';
import { refreshClientTickets } from '../../api/kpis/store/refresh-client-tickets.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';

/** One month's tickets of the year's story: how many, how many answered in time, how many solved at first contact. */
export interface MonthTickets {
  /** YYYY-MM */
  month: string;
  count: number;
  /** Answered after 30 minutes (the rest after 90): MET against a 60-minute P2 response target. */
  fast: number;
  /** Solved with one agent reply (the rest needed two). */
  firstContact: number;
  /** Distinguishes a later batch in the same month. */
  batch?: string;
}

/**
 * P2 Tier 1 incidents created on the month's 10th (UTC) one hour apart, answered (IN_PROGRESS)
 * after 30 or 90 minutes and resolved after 300, written as the sync engine writes them; then the
 * client's clocks, KPI facts and stored months are refreshed.
 */
export async function insertYearTickets(orm: Orm, tenantId: string, clientId: string, months: readonly MonthTickets[]): Promise<void> {
  await inTenantTransaction(orm.em, { tenantId }, async (em) => {
    for (const m of months) {
      for (let i = 0; i < m.count; i++) {
        const createdAt = new Date(`${m.month}-10T${String(6 + i).padStart(2, '0')}:00:00Z`);
        const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
        const ticket = em.create(Ticket, {
          tenantId, clientId, sourceSystem: 'test', externalId: `${m.month}-${m.batch ?? 'a'}-${i}`, title: `Incident ${i}`,
          type: 'INCIDENT', priority: 'P2', status: 'RESOLVED', tier: 'TIER1', createdAt, sourceUpdatedAt: at(300),
          agentReplyCount: i < m.firstContact ? 1 : 2,
        } as never);
        await em.flush();
        em.create(TicketEvent, {
          tenantId, ticketId: ticket.id, clientId, seq: 1, kind: 'STATUS_CHANGED', fromValue: 'NEW', toValue: 'IN_PROGRESS',
          occurredAt: at(i < m.fast ? 30 : 90),
        } as never);
        em.create(TicketEvent, {
          tenantId, ticketId: ticket.id, clientId, seq: 2, kind: 'STATUS_CHANGED', fromValue: 'IN_PROGRESS', toValue: 'RESOLVED', occurredAt: at(300),
        } as never);
      }
    }
    await em.flush();
    await refreshClientTickets(em, tenantId, [clientId]);
  }, { asApp: false });
}
