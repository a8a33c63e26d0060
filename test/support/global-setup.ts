import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, withDatabaseName } from '../../api/db/database.js';
import { startEmbeddedDatabase } from '../../api/db/embedded-database.js';
import { migrate, openOrm } from '../../api/db/orm.js';
import { dropDatabase } from './drop-database.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the server tests run on. */
    adminUrl: string;
    /** A migrated database each test file clones. */
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL's server, or an embedded one in a temporary
 * directory. The migrations run once into a template database; each test file clones it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl: string;
  let stopServer = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qd-test-'));
    const server = await startEmbeddedDatabase(dataDir, await freePort());
    adminUrl = server.adminUrl;
    stopServer = async () => {
      await server.release();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const templateDatabase = `qd_template_${process.pid}`;
  await dropDatabase(adminUrl, templateDatabase);
  await ensureDatabase(adminUrl, templateDatabase);
  const orm = await openOrm(withDatabaseName(adminUrl, templateDatabase));
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  return async () => {
    await dropDatabase(adminUrl, templateDatabase);
    await stopServer();
  };
}
