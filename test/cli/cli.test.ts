import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase } from '../../api/db/embedded-database.js';
import { openOrm, type Orm } from '../../api/db/orm.js';
import { authenticate } from '../../api/tenancy/authenticate.js';
import { createTestDatabase } from '../support/test-database.js';
import { freePort } from '../support/free-port.js';
import { PROJECT_ROOT, runCli } from '../support/run-cli.js';

const root = PROJECT_ROOT;
const cli = runCli;

let url: string;
let orm: Orm;

beforeAll(async () => {
  url = await createTestDatabase();
  orm = await openOrm(url);
});
afterAll(async () => orm.close());

describe('quarterdeck CLI on DATABASE_URL', () => {
  it('creates a tenant and a token that authenticates, printing only the token', async () => {
    const tenant = await cli(['tenant', 'create', 'cli-msp', '--name', 'CLI MSP'], { DATABASE_URL: url });
    expect(tenant).toMatchObject({ code: 0, stdout: expect.stringMatching(/^[0-9a-f-]{36}\n$/) });
    const token = await cli(['token', 'create', '--tenant', 'cli-msp', '--role', 'SERVICE_DELIVERY_MANAGER'], { DATABASE_URL: url });
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^qd_[0-9a-f]{32}_[A-Za-z0-9_-]{43}\n$/);
    const viewer = await authenticate(orm.em.fork(), `Bearer ${token.stdout.trim()}`);
    expect(viewer.role).toBe('SERVICE_DELIVERY_MANAGER');

    const revoked = await cli(['token', 'revoke', viewer.tokenId, '--tenant', 'cli-msp'], { DATABASE_URL: url });
    expect(revoked).toMatchObject({ code: 0, stdout: `revoked ${viewer.tokenId}\n` });
    await expect(authenticate(orm.em.fork(), `Bearer ${token.stdout.trim()}`)).rejects.toThrow(/unknown, revoked or expired/);
  });

  it('stores only the hash of a token', async () => {
    const token = (await cli(['token', 'create', '--tenant', 'cli-msp', '--role', 'BI_READER'], { DATABASE_URL: url })).stdout.trim();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`select * from api_token`);
    await client.end();
    expect(JSON.stringify(rows)).not.toContain(token.slice(36));
  });

  it('answers bad arguments with one line and a non-zero exit', async () => {
    const cases: [string[], number, RegExp][] = [
      [['token', 'create', '--tenant', 'cli-msp', '--role', 'PIRATE'], 2, /argument 'PIRATE' is invalid/],
      [['token', 'create', '--tenant', 'cli-msp', '--role', 'CLIENT_VIEWER'], 1, /client: a CLIENT_VIEWER token needs --client <id>/],
      [['token', 'create', '--tenant', 'nobody', '--role', 'BI_READER'], 1, /tenant: no tenant has the slug "nobody"/],
      [['tenant', 'create', 'Not A Slug'], 1, /slug: must be 2-63 lowercase letters, digits or dashes/],
      [['tenant', 'create', 'cli-msp'], 1, /slug: a tenant "cli-msp" already exists/],
      [['frobnicate'], 2, /unknown command 'frobnicate'/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(args, { DATABASE_URL: url });
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code, stdout: '' });
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  }, 120_000);
});

describe('quarterdeck CLI on the embedded PostgreSQL', () => {
  it('starts the embedded server for one command and stops it after; joins one that is running', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qd-cli-'));
    const port = await freePort();
    const env = { DATABASE_URL: '', QD_DATA_DIR: dataDir, QD_PG_PORT: String(port) };
    try {
      const created = await cli(['tenant', 'create', 'embedded-msp'], env);
      expect(created.code).toBe(0);
      const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
      expect(existsSync(pidFile)).toBe(false);

      const server = await startEmbeddedDatabase(dataDir, port);
      try {
        const token = await cli(['token', 'create', '--tenant', 'embedded-msp', '--role', 'MSP_ADMIN'], env);
        expect(token.code).toBe(0);
        expect(existsSync(pidFile)).toBe(true); // still running: the CLI joined it and left it alone
        const second = await startEmbeddedDatabase(dataDir, port);
        expect(second.owned).toBe(false);
        await second.release();
      } finally {
        await server.release();
      }
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('quarterdeck start', () => {
  it('serves the demo on the embedded PostgreSQL and stops both cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qd-start-'));
    const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: '', QD_DATA_DIR: dataDir, QD_PG_PORT: String(await freePort()), PORT: '0' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/main.ts', 'start'], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 60_000;
      while (!/qd_[0-9a-f]{32}_\S{43}/.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const url = /serving GraphQL at (\S+)/.exec(output)![1]!;
      const token = /(qd_[0-9a-f]{32}_\S{43})/.exec(output)![1]!;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ clients { nodes { name engagements { level } } } }' }),
      });
      const body = (await response.json()) as { data: { clients: { nodes: { name: string }[] } } };
      expect(body.data.clients.nodes.map((c) => c.name)).toEqual(['Contoso Ltd', 'Northwind Oy', 'Wingtip Pty']);
      expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
