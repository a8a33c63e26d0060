import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import type { Orm } from '../../api/db/orm.js';
import { refreshClientTickets } from '../../api/kpis/store/refresh-client-tickets.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';

/** Tickets of one type and priority in a month: how many, and how many of them handled fast. */
export interface TicketBatch {
  /** YYYY-MM */
  month: string;
  type: 'INCIDENT' | 'SERVICE_REQUEST' | 'CHANGE';
  priority: 'P1' | 'P2' | 'P3';
  count: number;
  /** Answered after 10 minutes and resolved after 200 with one reply; the rest after 300 and 600 with two. */
  fast: number;
  /** Distinguishes a later batch of the same month, type and priority. */
  tag?: string;
  title?: string;
}

/**
 * Tier 1 tickets created on the month's 10th (UTC) from 06:00 one minute apart, written as the
 * sync engine writes them, then the client's SLA clocks and KPI facts are refreshed.
 */
export async function insertServiceTickets(orm: Orm, tenantId: string, clientId: string, batches: readonly TicketBatch[]): Promise<void> {
  await inTenantTransaction(orm.em, { tenantId }, async (em) => {
    let minute = 0;
    for (const b of batches) {
      for (let i = 0; i < b.count; i++) {
        const createdAt = new Date(Date.parse(`${b.month}-10T06:00:00Z`) + minute++ * 60_000);
        const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
        const fast = i < b.fast;
        const ticket = em.create(Ticket, {
          tenantId, clientId, sourceSystem: 'test', externalId: `${b.month}-${b.type}-${b.priority}-${b.tag ?? 'a'}-${i}`,
          externalKey: `T-${b.month}-${b.type.slice(0, 3)}-${i}`, title: b.title ?? `${b.type} ${i}`, type: b.type, priority: b.priority,
          status: 'RESOLVED', tier: 'TIER1', createdAt, sourceUpdatedAt: at(600), agentReplyCount: fast ? 1 : 2,
        } as never);
        await em.flush();
        em.create(TicketEvent, {
          tenantId, ticketId: ticket.id, clientId, seq: 1, kind: 'STATUS_CHANGED', fromValue: 'NEW', toValue: 'IN_PROGRESS', occurredAt: at(fast ? 10 : 300),
        } as never);
        em.create(TicketEvent, {
          tenantId, ticketId: ticket.id, clientId, seq: 2, kind: 'STATUS_CHANGED', fromValue: 'IN_PROGRESS', toValue: 'RESOLVED', occurredAt: at(fast ? 200 : 600),
        } as never);
      }
    }
    await em.flush();
    await refreshClientTickets(em, tenantId, [clientId]);
  }, { asApp: false });
}

/**
 * A month of a client improving over time: 6 P2 incidents, 3 P3 service requests and one P1
 * change, more of them handled fast quarter by quarter (`quarter` counts from 0); the P1 change of
 * each quarter's first month is handled fast.
 */
export function monthOfService(month: string, quarter: number): TicketBatch[] {
  return [
    { month, type: 'INCIDENT', priority: 'P2', count: 6, fast: Math.min(6, 2 + Math.floor(quarter / 2)) },
    { month, type: 'SERVICE_REQUEST', priority: 'P3', count: 3, fast: quarter < 4 ? 1 : 2 },
    { month, type: 'CHANGE', priority: 'P1', count: 1, fast: Number(month.slice(5)) % 3 === 1 ? 1 : 0 },
  ];
}
