import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError } from '../graphql/errors.js';

/**
 * Runs a role statement (CREATE / ALTER / DROP ROLE), which takes no bind parameters: PostgreSQL's
 * own `format()` quotes each argument (%I identifiers, %L literals) before it runs.
 *
 * @example
 * await roleStatement(em, 'alter role %I set search_path = %L', ['qd_bi_acme_1a2b3c4d', 'bi'])
 */
export async function roleStatement(em: EntityManager, template: string, args: readonly string[]): Promise<void> {
  const [formatted] = await em.execute<{ sql: string }[]>(`select format(?${', ?::text'.repeat(args.length)}) as sql`, [template, ...args]);
  try {
    await em.execute(formatted!.sql);
  } catch (error) {
    if ((error as { code?: string }).code === '42501') {
      throw new ForbiddenError(`the database user needs CREATEROLE (or to be a superuser) to manage BI roles: ${(error as Error).message}`);
    }
    throw error;
  }
}
