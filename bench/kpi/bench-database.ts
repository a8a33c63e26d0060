import path from 'node:path';
import { dropDatabase } from '../../test/support/drop-database.js';
import { freePort } from '../../test/support/free-port.js';
import { ensureDatabase, withDatabaseName } from '../../api/db/database.js';
import { startEmbeddedDatabase } from '../../api/db/embedded-database.js';
import { migrate, openOrm, type Orm } from '../../api/db/orm.js';

export const BENCH_DATABASE = 'qd_bench';

/** The bench's own, freshly migrated database, and how to let go of it. */
export interface BenchDatabase {
  url: string;
  where: string;
  orm: Orm;
  release(): Promise<void>;
}

async function recreate(adminUrl: string, name: string): Promise<void> {
  await dropDatabase(adminUrl, name);
  await ensureDatabase(adminUrl, name);
}

/**
 * DATABASE_URL's server when set, else an embedded PostgreSQL in QD_BENCH_DATA_DIR (default
 * `.data/bench`, never the application's `.data`). Either way a database `qd_bench` is dropped,
 * recreated and migrated: the bench never touches the user's data.
 */
export async function openBenchDatabase(log: (line: string) => void, name = BENCH_DATABASE): Promise<BenchDatabase> {
  let adminUrl: string;
  let where: string;
  let stopServer = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    where = `DATABASE_URL server (${new URL(adminUrl).host})`;
  } else {
    const dataDir = path.resolve(process.env.QD_BENCH_DATA_DIR || '.data/bench');
    const port = Number(process.env.QD_BENCH_PG_PORT) || (await freePort());
    const server = await startEmbeddedDatabase(dataDir, port, log);
    adminUrl = server.adminUrl;
    stopServer = server.release;
    where = `embedded PostgreSQL in ${dataDir}`;
  }
  await recreate(adminUrl, name);
  const url = withDatabaseName(adminUrl, name);
  const orm = await openOrm(url);
  await migrate(orm);
  return {
    url,
    where: `${where}, database ${name}`,
    orm,
    release: async () => {
      await orm.close();
      await stopServer();
    },
  };
}
