import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalizedCsat } from '../../../connectors/sdk/index.js';
import type { InstanceScope } from './instance-scope.js';
import { rawSql } from '../../db/raw-sql.js';

export interface TicketCsat {
  ticketExternalId: string;
  csat: NormalizedCsat;
}

/**
 * Upserts survey answers onto the instance's tickets by (ticket, vendor answer id), writing only
 * answers that are new or differ. Returns the ids of the tickets whose CSAT changed, and how many
 * answers named a ticket we do not have (they are skipped: the ticket stream runs first, so these
 * are answers on tickets the vendor no longer lists).
 */
export async function upsertCsat(em: EntityManager, scope: InstanceScope, answers: readonly TicketCsat[]): Promise<{ ticketIds: string[]; inserted: number; updated: number; orphans: number }> {
  if (answers.length === 0) return { ticketIds: [], inserted: 0, updated: 0, orphans: 0 };
  const rows = answers.map(({ ticketExternalId, csat }) => ({
    ticket_ref: ticketExternalId, external_id: csat.externalId, score: csat.score,
    scale_min: csat.scaleMin, scale_max: csat.scaleMax, received_at: csat.receivedAt,
  }));
  const matched = await rawSql<{ count: string }>(em,
    `select count(*) from jsonb_to_recordset(?::jsonb) as r(ticket_ref text)
       join ticket t on t.tenant_id = ? and t.source_system = ? and t.connector_instance_id = ? and t.external_id = r.ticket_ref`,
    [JSON.stringify(rows), scope.tenantId, scope.sourceSystem, scope.instanceId]);
  const written = await rawSql<{ ticket_id: string; inserted: boolean }>(em,
    `insert into csat_response (tenant_id, id, ticket_id, client_id, external_id, score, scale_min, scale_max, received_at)
     select t.tenant_id, gen_random_uuid(), t.id, t.client_id, r.external_id, r.score, r.scale_min, r.scale_max, r.received_at
       from jsonb_to_recordset(?::jsonb) as r(ticket_ref text, external_id text, score double precision,
              scale_min double precision, scale_max double precision, received_at timestamptz)
       join ticket t on t.tenant_id = ? and t.source_system = ? and t.connector_instance_id = ? and t.external_id = r.ticket_ref
     on conflict (tenant_id, ticket_id, external_id) do update
       set score = excluded.score, scale_min = excluded.scale_min, scale_max = excluded.scale_max,
           received_at = excluded.received_at, client_id = excluded.client_id
       where (csat_response.score, csat_response.scale_min, csat_response.scale_max, csat_response.received_at, csat_response.client_id)
             is distinct from (excluded.score, excluded.scale_min, excluded.scale_max, excluded.received_at, excluded.client_id)
     returning ticket_id, (xmax = 0) as inserted`,
    [JSON.stringify(rows), scope.tenantId, scope.sourceSystem, scope.instanceId]);
  const inserted = written.filter((row) => row.inserted).length;
  return {
    ticketIds: [...new Set(written.map((row) => row.ticket_id))],
    inserted,
    updated: written.length - inserted,
    orphans: answers.length - Number(matched[0]?.count ?? 0),
  };
}
