import type { EntityManager } from '@mikro-orm/postgresql';
import { asHistoryEvent } from '../../tickets/history/history-event.js';
import { rawSql } from '../../db/raw-sql.js';
import { loadTicketHistories, type TicketHistory } from '../../tickets/load-ticket-histories.js';
import { deriveTicketFacts } from '../facts/derive-ticket-facts.js';
import { denormalizeKpiFactsSql } from './denormalize-kpi-facts.js';

/** A multirange literal of half-open spans; an open end is unbounded. */
function multirange(ranges: ReadonlyArray<readonly [Date, Date | null]>): string {
  return `{${ranges.map(([start, end]) => `[${start.toISOString()},${end ? end.toISOString() : ''})`).join(',')}}`;
}

/**
 * Derives the history facts of `ticketIds` (as of `asOf`) and stores them in ticket_kpi_fact,
 * replacing what was stored, inside the caller's tenant transaction; the tickets' clocks must be
 * stored already (their outcomes are copied beside the facts). Written with one
 * UNNEST-array statement. Returns the number of rows written.
 */
export async function refreshKpiFacts(
  em: EntityManager, tenantId: string, ticketIds: readonly string[], asOf: Date, histories?: readonly TicketHistory[],
): Promise<number> {
  if (ticketIds.length === 0) return 0;
  const ids = [...ticketIds];
  const tickets = histories ?? (await loadTicketHistories(em, tenantId, ids));
  const rows = tickets.map((t) => {
    const facts = deriveTicketFacts({
      createdAt: t.createdAt, currentStatus: t.status, currentTier: t.tier, mergedIntoId: t.mergedIntoId ?? null,
      agentReplyCount: t.agentReplyCount ?? null,
      events: t.events.map(asHistoryEvent),
    }, asOf);
    return {
      ticket_id: t.id, client_id: t.clientId ?? null, excluded: facts.excluded, started_in_tier1: facts.startedInTier1,
      escalated: facts.escalated, left_tier1_before_resolution: facts.leftTier1BeforeFirstResolution,
      first_resolved_at: facts.firstResolvedAt, first_reopen_after_resolution_at: facts.firstReopenAfterFirstResolution,
      fcr: facts.fcr, open_ranges: multirange(facts.openRanges),
    };
  });
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  await rawSql(em, 'delete from ticket_kpi_fact where tenant_id = ? and ticket_id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
    [tenantId, JSON.stringify(ids)]);
  // One statement for the batch; jsonb_to_recordset parses each value with its column type.
  await rawSql(em,
    `insert into ticket_kpi_fact (tenant_id, ticket_id, client_id, excluded, started_in_tier1, escalated, left_tier1_before_resolution,
       first_resolved_at, first_reopen_after_resolution_at, fcr, open_ranges, computed_at)
     select ?, u.*, ? from jsonb_to_recordset(?::jsonb) as u(ticket_id uuid, client_id uuid, excluded boolean,
       started_in_tier1 boolean, escalated boolean, left_tier1_before_resolution boolean, first_resolved_at timestamptz,
       first_reopen_after_resolution_at timestamptz, fcr boolean, open_ranges tstzmultirange)`,
    [tenantId, asOf, JSON.stringify(rows)],
  );
  await connection.execute(denormalizeKpiFactsSql(true), [tenantId, ids], 'run', tx);
  return rows.length;
}
