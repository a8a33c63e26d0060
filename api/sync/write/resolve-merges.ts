import type { EntityManager } from '@mikro-orm/postgresql';
import type { InstanceScope } from './instance-scope.js';
import { rawSql } from '../../db/raw-sql.js';

/**
 * Points each of the instance's tickets at the ticket it was merged into, by the vendor reference
 * stored with it; a merge into a ticket synced later resolves on a later page. Returns the ids of the
 * tickets whose link changed (their KPIs change: a merged ticket is excluded everywhere).
 */
export async function resolveMerges(em: EntityManager, scope: InstanceScope): Promise<string[]> {
  const rows = await rawSql<{ id: string }>(em,
    `update ticket t set merged_into_id = target.id
       from ticket source left join ticket target
         on target.tenant_id = source.tenant_id and target.source_system = source.source_system
        and target.connector_instance_id = source.connector_instance_id and target.external_id = source.merged_into_ref
      where t.tenant_id = source.tenant_id and t.id = source.id
        and source.tenant_id = ? and source.source_system = ? and source.connector_instance_id = ?
        and (source.merged_into_ref is not null or source.merged_into_id is not null)
        and t.merged_into_id is distinct from target.id
      returning t.id`,
    [scope.tenantId, scope.sourceSystem, scope.instanceId]);
  return rows.map((row) => row.id);
}
