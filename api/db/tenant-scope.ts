import type { EntityManager } from '@mikro-orm/postgresql';

/** Whose rows a transaction may see: one tenant, and for client viewers one client of it. */
export interface TenantScope {
  tenantId: string;
  clientId?: string | null;
}

/**
 * Begins a transaction on `em` in which row-level security admits only `scope`'s rows.
 * The settings are transaction-local (`set_config(..., true)`), so they end with the transaction
 * and cannot leak to the next user of the pooled connection. `asApp` switches to the `qd_app`
 * role, which owns nothing and so is always subject to the policies.
 */
export async function beginTenantTransaction(
  em: EntityManager,
  scope: TenantScope,
  { asApp = true }: { asApp?: boolean } = {},
): Promise<void> {
  await em.begin();
  await em.execute(
    `select set_config('qd.tenant_id', ?, true), set_config('qd.client_id', ?, true)${
      asApp ? `, set_config('role', 'qd_app', true)` : ''
    }`,
    [scope.tenantId, scope.clientId ?? ''],
  );
}

/** Runs `work` in a tenant-scoped transaction on a fresh fork; commits on success, rolls back on error. */
export async function inTenantTransaction<T>(
  root: EntityManager,
  scope: TenantScope,
  work: (em: EntityManager) => Promise<T>,
  options: { asApp?: boolean } = {},
): Promise<T> {
  const em = root.fork({ clear: true });
  await beginTenantTransaction(em, scope, options);
  try {
    const result = await work(em);
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}
