import pg from 'pg';
import type { Config } from '../config/config.js';
import { startEmbeddedDatabase } from './embedded-database.js';

/** Where the application's database is, and how to let go of it on exit. */
export interface Database {
  url: string;
  embedded: boolean;
  release(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'quarterdeck';

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/' + name;
  return parsed.toString();
}

/** CREATE DATABASE cannot take a parameter; names here are ours, checked to be plain identifiers. */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  for (const n of [name, template]) {
    if (n !== undefined && !/^[a-z_][a-z0-9_]*$/.test(n)) throw new Error(`invalid database name "${n}"`);
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`create database ${name}${template ? ` template ${template}` : ''}`);
    }
  } finally {
    await client.end();
  }
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in QD_DATA_DIR, started or joined. */
export async function openDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, release: async () => undefined };
  }
  const server = await startEmbeddedDatabase(config.dataDir, config.embeddedPgPort, log);
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
  return {
    url: withDatabaseName(server.adminUrl, EMBEDDED_DATABASE_NAME),
    embedded: true,
    release: server.release,
  };
}
