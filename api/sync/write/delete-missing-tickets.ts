import type { EntityManager } from '@mikro-orm/postgresql';
import type { InstanceScope } from './instance-scope.js';
import { rawSql } from '../../db/raw-sql.js';

/**
 * Deletes the instance's tickets whose vendor ids are in `externalIds` (their events, CSAT, clocks
 * and facts go with them), first unlinking tickets merged into them. Returns each affected client
 * with its earliest deleted ticket's creation, for the stored-month refresh.
 */
export async function deleteTickets(em: EntityManager, scope: InstanceScope, externalIds: readonly string[]): Promise<{ client_id: string; first_created: Date }[]> {
  if (externalIds.length === 0) return [];
  const ids = JSON.stringify(externalIds);
  const doomed = `select id from ticket where tenant_id = ? and source_system = ? and connector_instance_id = ?
                    and external_id in (select jsonb_array_elements_text(?::jsonb))`;
  const params = [scope.tenantId, scope.sourceSystem, scope.instanceId, ids];
  await rawSql(em, `update ticket set merged_into_id = null where tenant_id = ? and merged_into_id in (${doomed})`, [scope.tenantId, ...params]);
  return rawSql(em,
    `with gone as (delete from ticket where tenant_id = ? and id in (${doomed}) returning client_id, created_at)
     select client_id, min(created_at) as first_created from gone where client_id is not null group by client_id`,
    [scope.tenantId, ...params]);
}

/** The vendor ids the instance stores after `after` (keyset), in id order, a page at a time. */
export async function storedExternalIds(em: EntityManager, scope: InstanceScope, after: string | null, limit: number): Promise<string[]> {
  const rows = await rawSql<{ external_id: string }>(em,
    `select external_id from ticket where tenant_id = ? and source_system = ? and connector_instance_id = ?
        and (?::text is null or external_id > ?) order by external_id limit ?`,
    [scope.tenantId, scope.sourceSystem, scope.instanceId, after, after, limit]);
  return rows.map((row) => row.external_id);
}
