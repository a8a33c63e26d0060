import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalizedTicket } from '../../../connectors/sdk/index.js';
import type { InstanceScope } from './instance-scope.js';
import { pgArray } from './pg-array.js';
import { rawSql } from '../../db/raw-sql.js';

export interface PlacedTicket {
  ticket: NormalizedTicket;
  clientId: string | null;
}

export interface UpsertedTicket {
  id: string;
  externalId: string;
  inserted: boolean;
}

/** The written columns, their types, and how each comes from a placed ticket. */
const COLUMNS: [string, string, (p: PlacedTicket) => unknown][] = [
  ['external_id', 'text', (p) => p.ticket.externalId], ['external_key', 'text', (p) => p.ticket.externalKey],
  ['url', 'text', (p) => p.ticket.url], ['title', 'text', (p) => p.ticket.title], ['client_id', 'uuid', (p) => p.clientId],
  ['company_ref', 'text', (p) => p.ticket.companyRef], ['type', 'text', (p) => p.ticket.type], ['type_raw', 'text', (p) => p.ticket.typeRaw],
  ['priority', 'text', (p) => p.ticket.priority], ['priority_raw', 'text', (p) => p.ticket.priorityRaw],
  ['status', 'text', (p) => p.ticket.status], ['status_raw', 'text', (p) => p.ticket.statusRaw],
  ['tier', 'text', (p) => p.ticket.tier], ['tier_raw', 'text', (p) => p.ticket.tierRaw],
  ['created_at', 'timestamptz', (p) => p.ticket.createdAt], ['first_response_at', 'timestamptz', (p) => p.ticket.firstResponseAt],
  ['first_resolved_at', 'timestamptz', (p) => p.ticket.firstResolvedAt], ['last_resolved_at', 'timestamptz', (p) => p.ticket.lastResolvedAt],
  ['closed_at', 'timestamptz', (p) => p.ticket.closedAt], ['source_updated_at', 'timestamptz', (p) => p.ticket.sourceUpdatedAt],
  ['reopen_count', 'integer', (p) => p.ticket.reopenCount], ['agent_reply_count', 'integer', (p) => p.ticket.agentReplyCount],
  ['merged_into_ref', 'text', (p) => p.ticket.mergedIntoExternalId], ['vendor_sla', 'jsonb', (p) => p.ticket.vendorSla],
];
const NAMES = COLUMNS.map(([name]) => name);
const UPDATABLE = NAMES.filter((name) => name !== 'external_id');
const SQL = `insert into ticket (tenant_id, id, connector_instance_id, source_system, ${NAMES.join(', ')})
  select ?, gen_random_uuid(), ?, ?, ${NAMES.map((name) => `r.${name}`).join(', ')}
    from unnest(${COLUMNS.map(([, type]) => `?::${type}[]`).join(', ')}) as r(${NAMES.join(', ')})
  on conflict (tenant_id, source_system, connector_instance_id, external_id) do update
    set ${UPDATABLE.map((name) => `${name} = excluded.${name}`).join(', ')}
    where ticket.source_updated_at < excluded.source_updated_at or ?::boolean
  returning id, external_id, (xmax = 0) as inserted`;

/**
 * Inserts new tickets and updates stored ones only where the source says the row is newer
 * (`source_updated_at` strictly greater), in one statement. Rows not returned were unchanged: an
 * unchanged re-read writes nothing.
 */
export async function upsertTickets(
  em: EntityManager, scope: InstanceScope, placed: readonly PlacedTicket[], rewrite = false,
): Promise<UpsertedTicket[]> {
  if (placed.length === 0) return [];
  const result = await rawSql<{ id: string; external_id: string; inserted: boolean }>(em, SQL,
    [scope.tenantId, scope.instanceId, scope.sourceSystem, ...COLUMNS.map(([, , get]) => pgArray(placed.map(get))), rewrite]);
  return result.map((row) => ({ id: row.id, externalId: row.external_id, inserted: row.inserted }));
}
