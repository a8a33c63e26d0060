import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeVendor, type FakeVendorServer } from '../../connectors/sdk/fake/index.js';
import { openOrm, type Orm } from '../../api/db/orm.js';
import { PROJECT_ROOT, runCli } from '../support/run-cli.js';
import { createTestDatabase } from '../support/test-database.js';

const run = promisify(execFile);
const TOKEN = 'helpline-token-123';
const tickets = Array.from({ length: 7 }, (_, i) => ({
  id: 100 + i, subject: `Printer ${i}`, status: ['open', 'working', 'solved', 'parked'][i % 4], priority: 'high',
  org_id: 9, org_name: 'Acme', created_at: `2026-02-0${i + 1}T08:00:00Z`, updated_at: `2026-02-0${i + 1}T09:00:00Z`,
}));

/** The made-up Helpline API the example plugin reads, on the SDK's fake-vendor kit. */
function startHelpline(): Promise<FakeVendorServer> {
  return startFakeVendor({
    authenticate: (request) => (request.headers.authorization === `Bearer ${TOKEN}` ? null : { status: 401, body: { error: 'bad token' } }),
    routes: [
      { method: 'GET', path: '/api/me', handle: () => ({ status: 200, body: { name: 'api user' } }) },
      {
        method: 'GET', path: '/api/tickets', handle: (request) => {
          const since = request.query.get('updated_since') ?? '';
          const page = Number(request.query.get('page') ?? 1);
          const matching = tickets.filter((t) => t.updated_at >= since);
          const slice = matching.slice((page - 1) * 3, page * 3);
          const more = page * 3 < matching.length;
          return { status: 200, body: { tickets: slice, has_more: more }, more };
        },
      },
    ],
  });
}

let dataDir: string;
let pluginDir: string;
let helpline: FakeVendorServer;
let url: string;
let orm: Orm;

beforeAll(async () => {
  [dataDir, pluginDir] = await Promise.all([mkdtemp(path.join(os.tmpdir(), 'qd-plugin-')), mkdtemp(path.join(os.tmpdir(), 'qd-plugin-install-'))]);
  // Installed the way an operator would: npm install <package> where Quarterdeck runs.
  await run('npm', ['install', '--prefix', pluginDir, '--no-audit', '--no-fund', '--ignore-scripts', path.join(PROJECT_ROOT, 'connectors/example-plugin')]);
  helpline = await startHelpline();
  url = await createTestDatabase();
  orm = await openOrm(url);
}, 120_000);

afterAll(async () => {
  await helpline?.close();
  await orm?.close();
  await Promise.all([dataDir, pluginDir].map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a connector plugin installed from a local path', () => {
  it('is listed, added, tested and synced through the CLI', async () => {
    const env = {
      DATABASE_URL: url, QD_DATA_DIR: dataDir, QD_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      QD_CONNECTOR_PLUGINS: 'quarterdeck-connector-example', QD_PLUGIN_DIR: pluginDir,
    };
    expect((await runCli(['tenant', 'create', 'plugin-msp'], env)).code).toBe(0);
    const list = await runCli(['connectors', 'list'], env);
    expect(list.stdout).toMatch(/helpline\s+Helpline \(example plugin\)/);

    const bad = await runCli(['connectors', 'add', 'helpline', '--tenant', 'plugin-msp', '--name', 'bad', '--config', `baseUrl=${helpline.origin}`, '--config', 'token=short'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/config\.token/);
    expect(bad.stderr).not.toContain('short');

    const added = await runCli(['connectors', 'add', 'helpline', '--tenant', 'plugin-msp', '--name', 'Helpline', '--config', `baseUrl=${helpline.origin}`, '--config', `token=${TOKEN}`], env);
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^[0-9a-f-]{36}\n$/) });
    expect((await runCli(['connectors', 'test', 'Helpline', '--tenant', 'plugin-msp'], env)).stdout).toContain('connection ok');

    const synced = await runCli(['connectors', 'sync', 'Helpline', '--tenant', 'plugin-msp'], env);
    expect(synced.code).toBe(0);
    expect(synced.stdout).toMatch(/tickets\s+SUCCEEDED\s+3 pages, 7 read: 7 new, 0 changed, 0 unchanged/);
    expect(synced.stdout + synced.stderr).not.toContain(TOKEN);

    const stored = await orm.em.fork().getConnection().execute<{ external_id: string; status: string; status_raw: string }[]>(
      `select external_id, status, status_raw from ticket where source_system = 'helpline' order by external_id`);
    expect(stored).toHaveLength(7);
    expect(stored.find((t) => t.status_raw === 'parked')).toMatchObject({ status: 'UNMAPPED' });
    const [run] = await orm.em.fork().getConnection().execute<{ unmapped: Record<string, Record<string, number>> }[]>(
      `select unmapped from sync_run where stream = 'tickets'`);
    expect(run!.unmapped).toEqual({ status: { parked: 1 }, company: { '9 (Acme)': 1 } });
  }, 300_000);

  it('stops the start with a message naming a broken plugin', async () => {
    const env = { DATABASE_URL: url, QD_DATA_DIR: dataDir, QD_CONNECTOR_PLUGINS: 'no-such-connector-package', QD_PLUGIN_DIR: pluginDir };
    const result = await runCli(['connectors', 'list'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/connector plugin no-such-connector-package could not be loaded/);
  }, 60_000);
});
