import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalizedRecord } from '../../../connectors/sdk/index.js';
import { refreshTicketDerivations } from '../../kpis/store/refresh-ticket-derivations.js';
import type { ClientPlacer } from '../write/client-placer.js';
import type { InstanceScope } from '../write/instance-scope.js';
import { replaceTicketEvents } from '../write/replace-ticket-events.js';
import { rawSql } from '../../db/raw-sql.js';
import { upsertCsat, type TicketCsat } from '../write/upsert-csat.js';
import { upsertTickets } from '../write/upsert-tickets.js';
import type { TouchedMonths } from './touched-months.js';

export interface PageCounts {
  /** Milliseconds writing rows, and deriving clocks and KPI facts. */
  writeMs: number;
  deriveMs: number;
  inserted: number;
  updated: number;
  unchanged: number;
  csatOrphans: number;
  /** Tickets whose rows changed, so their derivations were refreshed. */
  changedTicketIds: string[];
}

/**
 * Writes one page of normalized records inside the caller's transaction: tickets (only newer rows),
 * their full event histories, CSAT answers, then the SLA clocks and KPI facts of every changed
 * ticket. Stored client months are left to the end of the run (`touched` collects which).
 */
export async function storePage(
  em: EntityManager,
  scope: InstanceScope,
  placer: ClientPlacer,
  records: readonly NormalizedRecord[],
  asOf: Date,
  touched: TouchedMonths,
  /** Write every ticket even at the stored version (after a mapping change). */
  rewrite = false,
): Promise<PageCounts> {
  const started = performance.now();
  const tickets = records.flatMap((r) => (r.kind === 'ticket' ? [r.ticket] : []));
  const placed = tickets.map((ticket) => ({ ticket, clientId: placer.place(ticket.companyRef, ticket.companyName) }));
  const upserted = await upsertTickets(em, scope, placed, rewrite);
  const byExternalId = new Map(placed.map((p) => [p.ticket.externalId, p]));
  await replaceTicketEvents(em, scope.tenantId, upserted.map((row) => {
    const { ticket, clientId } = byExternalId.get(row.externalId)!;
    return { ticketId: row.id, clientId, events: ticket.events };
  }));
  const answers: TicketCsat[] = [
    ...tickets.flatMap((t) => t.csat.map((csat) => ({ ticketExternalId: t.externalId, csat }))),
    ...records.flatMap((r) => (r.kind === 'csat' ? [{ ticketExternalId: r.ticketExternalId, csat: r.csat }] : [])),
  ];
  const csat = await upsertCsat(em, scope, answers);
  const changed = [...new Set([...upserted.map((row) => row.id), ...csat.ticketIds])];
  const written = performance.now();
  if (changed.length) {
    await refreshTicketDerivations(em, scope.tenantId, changed, asOf, { months: false });
    touched.add(await rawSql<{ client_id: string; first_created: Date }>(em,
      `select client_id, min(created_at) as first_created from ticket
        where tenant_id = ? and client_id is not null and id in (select jsonb_array_elements_text(?::jsonb)::uuid) group by client_id`,
      [scope.tenantId, JSON.stringify(changed)]));
  }
  const inserted = upserted.filter((row) => row.inserted).length;
  return {
    writeMs: written - started,
    deriveMs: performance.now() - written,
    inserted,
    updated: upserted.length - inserted,
    unchanged: tickets.length - upserted.length,
    csatOrphans: csat.orphans,
    changedTicketIds: changed,
  };
}
