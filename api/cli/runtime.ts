import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate, openOrm, type Orm } from '../db/orm.js';
import { createSyncServices } from '../sync/create-sync-services.js';
import type { SyncServices } from '../sync/sync-services.js';

/** What every command runs on: config, logger, the database (embedded or not) and the ORM. */
export interface Runtime {
  config: Config;
  logger: Logger;
  db: Database;
  orm: Orm;
  close(): Promise<void>;
}

export async function openRuntime(options: { logLevel?: string } = {}): Promise<Runtime> {
  const config = loadConfig();
  const logger = createLogger(options.logLevel ?? config.logLevel);
  const db = await openDatabase(config, (message) => logger.info(message));
  let orm: Orm;
  try {
    orm = await openOrm(db.url);
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'applied migrations');
  } catch (error) {
    await db.release();
    throw error;
  }
  let closed = false;
  return {
    config, logger, db, orm,
    close: async () => {
      if (closed) return;
      closed = true;
      await orm.close();
      await db.release();
    },
  };
}

/** Runs `work` on a runtime that is closed afterwards (the embedded database too, if started here). */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime({ logLevel: process.env.LOG_LEVEL ?? 'warn' });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

export type WithServices = <T>(work: (services: { runtime: Runtime; sync: SyncServices }) => Promise<T>) => Promise<T>;

/** Like withRuntime, with the sync services (connectors, secrets, engine; no job queue). */
export const withServices: WithServices = (work) =>
  withRuntime(async (runtime) => work({ runtime, sync: await createSyncServices(runtime) }));
