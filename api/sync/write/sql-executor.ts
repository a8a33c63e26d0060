import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs one statement inside the caller's (tenant-scoped) transaction. */
export function execute<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}
