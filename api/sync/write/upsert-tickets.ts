import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalizedTicket } from '../../../connectors/sdk/index.js';
import type { InstanceScope } from './instance-scope.js';
import { execute } from './sql-executor.js';

export interface PlacedTicket {
  ticket: NormalizedTicket;
  clientId: string | null;
}

export interface UpsertedTicket {
  id: string;
  externalId: string;
  inserted: boolean;
}

const COLUMNS = `external_id text, external_key text, url text, title text, client_id uuid, company_ref text,
  type text, type_raw text, priority text, priority_raw text, status text, status_raw text, tier text, tier_raw text,
  created_at timestamptz, first_response_at timestamptz, first_resolved_at timestamptz, last_resolved_at timestamptz,
  closed_at timestamptz, source_updated_at timestamptz, reopen_count integer, agent_reply_count integer,
  merged_into_ref text, vendor_sla jsonb`;
const NAMES = COLUMNS.split(',').map((column) => column.trim().split(' ')[0]!);
const UPDATABLE = NAMES.filter((name) => name !== 'external_id');

/**
 * Inserts new tickets and updates stored ones only where the source says the row is newer
 * (`source_updated_at` strictly greater), in one statement. Rows not returned were unchanged: an
 * unchanged re-read writes nothing.
 */
export async function upsertTickets(
  em: EntityManager, scope: InstanceScope, placed: readonly PlacedTicket[], rewrite = false,
): Promise<UpsertedTicket[]> {
  if (placed.length === 0) return [];
  const rows = placed.map(({ ticket: t, clientId }) => ({
    external_id: t.externalId, external_key: t.externalKey, url: t.url, title: t.title, client_id: clientId,
    company_ref: t.companyRef, type: t.type, type_raw: t.typeRaw, priority: t.priority, priority_raw: t.priorityRaw,
    status: t.status, status_raw: t.statusRaw, tier: t.tier, tier_raw: t.tierRaw, created_at: t.createdAt,
    first_response_at: t.firstResponseAt, first_resolved_at: t.firstResolvedAt, last_resolved_at: t.lastResolvedAt,
    closed_at: t.closedAt, source_updated_at: t.sourceUpdatedAt, reopen_count: t.reopenCount,
    agent_reply_count: t.agentReplyCount, merged_into_ref: t.mergedIntoExternalId, vendor_sla: t.vendorSla,
  }));
  const result = await execute<{ id: string; external_id: string; inserted: boolean }>(em,
    `insert into ticket (tenant_id, id, connector_instance_id, source_system, ${NAMES.join(', ')})
     select ?, gen_random_uuid(), ?, ?, ${NAMES.map((name) => `r.${name}`).join(', ')}
       from jsonb_to_recordset(?::jsonb) as r(${COLUMNS})
     on conflict (tenant_id, source_system, connector_instance_id, external_id) do update
       set ${UPDATABLE.map((name) => `${name} = excluded.${name}`).join(', ')}
       where ticket.source_updated_at < excluded.source_updated_at or ?::boolean
     returning id, external_id, (xmax = 0) as inserted`,
    [scope.tenantId, scope.instanceId, scope.sourceSystem, JSON.stringify(rows), rewrite]);
  return result.map((row) => ({ id: row.id, externalId: row.external_id, inserted: row.inserted }));
}
