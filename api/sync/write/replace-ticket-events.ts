import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalizedEvent } from '../../../connectors/sdk/index.js';
import { execute } from './sql-executor.js';

export interface TicketEvents {
  ticketId: string;
  clientId: string | null;
  events: readonly NormalizedEvent[];
}

/**
 * Replaces the stored events of the given tickets with the connector's full history of each: a
 * connector always reports a ticket's whole history, so replacing is idempotent and drops nothing.
 */
export async function replaceTicketEvents(em: EntityManager, tenantId: string, tickets: readonly TicketEvents[]): Promise<number> {
  if (tickets.length === 0) return 0;
  await execute(em, `delete from ticket_event where tenant_id = ? and ticket_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [tenantId, JSON.stringify(tickets.map((t) => t.ticketId))]);
  const rows = tickets.flatMap(({ ticketId, clientId, events }) => events.map((e) => ({
    ticket_id: ticketId, client_id: clientId, seq: e.seq, occurred_at: e.occurredAt, kind: e.kind,
    from_value: e.fromValue, to_value: e.toValue, from_raw: e.fromRaw, to_raw: e.toRaw, automatic: e.automatic,
  })));
  if (rows.length === 0) return 0;
  await execute(em,
    `insert into ticket_event (tenant_id, id, ticket_id, client_id, seq, occurred_at, kind, from_value, to_value, from_raw, to_raw, automatic)
     select ?, gen_random_uuid(), r.ticket_id, r.client_id, r.seq, r.occurred_at, r.kind, r.from_value, r.to_value, r.from_raw, r.to_raw, r.automatic
       from jsonb_to_recordset(?::jsonb) as r(ticket_id uuid, client_id uuid, seq integer, occurred_at timestamptz, kind text,
         from_value text, to_value text, from_raw text, to_raw text, automatic boolean)`,
    [tenantId, JSON.stringify(rows)]);
  return rows.length;
}
