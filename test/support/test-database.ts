import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { ensureDatabase, withDatabaseName } from '../../api/db/database.js';
import { dropDatabase } from './drop-database.js';

/**
 * A fresh database for this test file, cloned from the migrated template (milliseconds, not a
 * migration run), dropped when the file ends.
 */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('adminUrl');
  const name = `qd_t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name, inject('templateDatabase'));
  afterAll(async () => dropDatabase(adminUrl, name));
  return withDatabaseName(adminUrl, name);
}
