import type { EntityManager } from '@mikro-orm/postgresql';
import type { StreamState } from '../../connectors/sdk/index.js';
import { rawSql } from '../db/raw-sql.js';

/** Loads a stream's committed state; a stream never synced starts from `{ cursor: null }`. */
export async function loadStreamState(em: EntityManager, tenantId: string, instanceId: string, stream: string): Promise<StreamState> {
  const rows = await rawSql<{ state: StreamState }>(em,
    'select state from sync_state where tenant_id = ? and connector_instance_id = ? and stream = ?', [tenantId, instanceId, stream]);
  return rows[0]?.state ?? { cursor: null };
}

/** Stores a stream's state; called in the same transaction as the rows it accounts for. */
export async function saveStreamState(em: EntityManager, tenantId: string, instanceId: string, stream: string, state: StreamState): Promise<void> {
  await rawSql(em,
    `insert into sync_state (tenant_id, connector_instance_id, stream, state, updated_at) values (?, ?, ?, ?::jsonb, now())
     on conflict (tenant_id, connector_instance_id, stream) do update set state = excluded.state, updated_at = excluded.updated_at`,
    [tenantId, instanceId, stream, JSON.stringify(state)]);
}
