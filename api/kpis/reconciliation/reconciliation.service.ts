import type { Context } from '../../graphql/context.js';
import { Client } from '../../clients/client.entity.js';
import { Ticket } from '../../tickets/ticket.entity.js';
import { SlaClockKind, SlaClockStatus } from '../../sla/clock-store/ticket-sla-clock.entity.js';
import { kpiBuckets } from '../engine/buckets.js';
import type { SlaReconciliation } from './reconciliation.types.js';
import { VENDOR_FLAG } from './vendor-sla.js';

interface Row { ticket_id: string; status: SlaClockStatus; vendor_met: boolean }

/**
 * Responsible for comparing our SLA outcomes with the vendor-reported ones for one client and
 * period (tickets created in it, in the client's zone; cancelled and merged tickets left out).
 */
export class ReconciliationService {
  constructor(private readonly ctx: Context) {}

  async reconcile(clientId: string, from: string, to: string): Promise<SlaReconciliation[]> {
    kpiBuckets(from, to, 'YEAR'); // validates the period
    const client = await this.ctx.store.get(Client, clientId, 'client');
    const rows = await this.ctx.em.getConnection().execute<(Row & { clock: SlaClockKind })[]>(
      `select s.ticket_id, s.clock, s.status,
              case s.clock when 'FIRST_RESPONSE' then (t.vendor_sla->>'${VENDOR_FLAG.FIRST_RESPONSE}')::boolean
                           else (t.vendor_sla->>'${VENDOR_FLAG.RESOLUTION}')::boolean end as vendor_met
         from ticket t
         join ticket_kpi_fact f on f.tenant_id = t.tenant_id and f.ticket_id = t.id and not f.excluded
         join ticket_sla_clock s on s.tenant_id = t.tenant_id and s.ticket_id = t.id and s.cycle = 1 and s.status in ('MET', 'BREACHED')
        where t.tenant_id = ? and t.client_id = ?
          and t.created_at >= (?::date::timestamp at time zone ?) and t.created_at < (?::date::timestamp at time zone ?)
        order by t.created_at, t.id`,
      [this.ctx.viewer.tenantId, client.id, from, client.timeZone, to, client.timeZone],
      'all',
      this.ctx.em.getTransactionContext(),
    );
    const compared = rows.filter((r) => r.vendor_met !== null);
    const tickets = await this.ctx.loaders.byId(Ticket).loadMany(compared.filter(disagrees).map((r) => r.ticket_id));
    const ticketById = new Map(tickets.filter((t): t is Ticket => t instanceof Ticket).map((t) => [t.id, t]));
    return [SlaClockKind.FIRST_RESPONSE, SlaClockKind.RESOLUTION].map((clock) => {
      const mine = compared.filter((r) => r.clock === clock);
      const agreed = mine.filter((r) => !disagrees(r)).length;
      return {
        clock,
        compared: mine.length,
        agreed,
        agreementRate: mine.length ? agreed / mine.length : null,
        disagreements: mine.filter(disagrees).map((r) => ({ ticket: ticketById.get(r.ticket_id)!, ours: r.status, vendorMet: r.vendor_met })),
      };
    });
  }
}

function disagrees(row: Row): boolean {
  return (row.status === SlaClockStatus.MET) !== row.vendor_met;
}
