import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalizedEvent } from '../../../connectors/sdk/index.js';
import { pgArray } from './pg-array.js';
import { rawSql } from '../../db/raw-sql.js';

export interface TicketEvents {
  ticketId: string;
  clientId: string | null;
  events: readonly NormalizedEvent[];
}

interface EventRow { ticketId: string; clientId: string | null; event: NormalizedEvent }

const EVENT_COLUMNS: [string, string, (row: EventRow) => unknown][] = [
  ['ticket_id', 'uuid', (r) => r.ticketId], ['client_id', 'uuid', (r) => r.clientId], ['seq', 'integer', (r) => r.event.seq],
  ['occurred_at', 'timestamptz', (r) => r.event.occurredAt], ['kind', 'text', (r) => r.event.kind],
  ['from_value', 'text', (r) => r.event.fromValue], ['to_value', 'text', (r) => r.event.toValue],
  ['from_raw', 'text', (r) => r.event.fromRaw], ['to_raw', 'text', (r) => r.event.toRaw], ['automatic', 'boolean', (r) => r.event.automatic],
];
const INSERT = `insert into ticket_event (tenant_id, id, ${EVENT_COLUMNS.map(([name]) => name).join(', ')})
  select ?, gen_random_uuid(), r.* from unnest(${EVENT_COLUMNS.map(([, type]) => `?::${type}[]`).join(', ')}) as r`;

/**
 * Replaces the stored events of the given tickets with the connector's full history of each: a
 * connector always reports a ticket's whole history, so replacing is idempotent and drops nothing.
 */
export async function replaceTicketEvents(em: EntityManager, tenantId: string, tickets: readonly TicketEvents[]): Promise<number> {
  if (tickets.length === 0) return 0;
  await rawSql(em, `delete from ticket_event where tenant_id = ? and ticket_id = any(?::uuid[])`,
    [tenantId, pgArray(tickets.map((t) => t.ticketId))]);
  const rows: EventRow[] = tickets.flatMap(({ ticketId, clientId, events }) => events.map((event) => ({ ticketId, clientId, event })));
  if (rows.length === 0) return 0;
  await rawSql(em, INSERT, [tenantId, ...EVENT_COLUMNS.map(([, , get]) => pgArray(rows.map(get)))]);
  return rows.length;
}
