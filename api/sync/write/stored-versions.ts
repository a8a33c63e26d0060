import type { EntityManager } from '@mikro-orm/postgresql';
import type { InstanceScope } from './instance-scope.js';
import { rawSql } from '../../db/raw-sql.js';

/**
 * The source update time we store for each of `externalIds` (absent when we have no such ticket), so the
 * engine can skip unchanged records before fetching their details.
 */
export async function storedVersions(em: EntityManager, scope: InstanceScope, externalIds: readonly string[]): Promise<Map<string, number>> {
  if (externalIds.length === 0) return new Map();
  const rows = await rawSql<{ external_id: string; source_updated_at: Date }>(em,
    `select external_id, source_updated_at from ticket
      where tenant_id = ? and source_system = ? and connector_instance_id = ?
        and external_id in (select jsonb_array_elements_text(?::jsonb))`,
    [scope.tenantId, scope.sourceSystem, scope.instanceId, JSON.stringify(externalIds)]);
  return new Map(rows.map((row) => [row.external_id, new Date(row.source_updated_at).getTime()]));
}
