import type { EntityManager } from '@mikro-orm/postgresql';
import { SecretBox } from './secret-box.js';

/**
 * Re-seals every tenant's connector secrets under the box's current key, in one transaction, as the
 * database owner (a rotation spans tenants). Rows already under the current key are left alone, so
 * running it twice is harmless. Returns how many rows it re-sealed and how many were current.
 */
export async function resealConnectorSecrets(root: EntityManager, box: SecretBox): Promise<{ resealed: number; current: number }> {
  return root.fork().transactional(async (em) => {
    const connection = em.getConnection();
    const rows = await connection.execute<{ tenant_id: string; id: string; secrets_ciphertext: Buffer }[]>(
      'select tenant_id, id, secrets_ciphertext from connector_instance where secrets_ciphertext is not null for update',
      [], 'all', em.getTransactionContext());
    let resealed = 0;
    for (const row of rows) {
      if (box.sealedWithCurrentKey(row.secrets_ciphertext)) continue;
      const binding = { tenantId: row.tenant_id, instanceId: row.id };
      await connection.execute('update connector_instance set secrets_ciphertext = ? where tenant_id = ? and id = ?',
        [box.seal(box.open(row.secrets_ciphertext, binding), binding), row.tenant_id, row.id], 'run', em.getTransactionContext());
      resealed += 1;
    }
    return { resealed, current: rows.length - resealed };
  });
}
