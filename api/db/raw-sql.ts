import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one statement inside the caller's transaction with its parameters bound by the driver. MikroORM's
 * `execute` interpolates every parameter into the SQL text on the client; for a page of rows sent as
 * arrays or JSON (megabytes) that escaping and parsing doubled the time of the whole write, so the
 * bulk paths bind through knex instead.
 */
export async function rawSql<T>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const query = em.getConnection().getKnex().raw(sql, params as never);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
