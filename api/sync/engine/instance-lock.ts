import pg from 'pg';

export class SyncAlreadyRunningError extends Error {
  override readonly name = 'SyncAlreadyRunningError';
}

/**
 * Runs `work` holding a PostgreSQL session advisory lock for the connector instance, on a connection
 * of its own: whatever the job queue does, two processes never sync one instance at once. The lock
 * dies with the connection, so a killed worker cannot leave it held.
 */
export async function withInstanceLock<T>(databaseUrl: string, instanceId: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'quarterdeck-sync-lock' });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      `select pg_try_advisory_lock(hashtextextended('quarterdeck.sync:' || $1, 0)) as locked`, [instanceId]);
    if (!rows[0]?.locked) throw new SyncAlreadyRunningError(`connector instance ${instanceId} is already syncing`);
    return await work();
  } finally {
    await client.end().catch(() => undefined);
  }
}
