import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnectWise, type FakeConnectWise } from '../../connectors/connectwise/fake/start-fake-connectwise.js';
import { createLogger } from '../../api/config/logger.js';
import { SyncJobs } from '../../api/jobs/sync-jobs.js';
import { SyncAlreadyRunningError } from '../../api/sync/engine/instance-lock.js';
import { SyncTrigger } from '../../api/sync/sync-trigger.js';
import { PROJECT_ROOT } from '../support/run-cli.js';
import { startTestServer, TEST_ENCRYPTION_KEY, type TestServer } from '../support/test-server.js';

let cw: FakeConnectWise;
let server: TestServer;
let jobs: SyncJobs;
let tenantId: string;
const instances: string[] = [];
const workers: ChildProcess[] = [];

function startWorker(url: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/main.ts', 'worker'], {
    cwd: PROJECT_ROOT, env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: url, QD_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY },
  });
  child.stderr!.on('data', () => undefined);
  return child;
}

beforeAll(async () => {
  // Slow pages make each sync last long enough for the workers to compete for it.
  cw = await startFakeConnectWise({ tickets: 150, seed: 3, end: new Date(Date.now() - 30 * 60_000), faults: { slowMs: 15 } });
  server = await startTestServer();
  let token: string;
  ({ tenantId, token } = await server.tenantWithToken('workers-msp'));
  for (const name of ['CW one', 'CW two', 'CW three']) {
    const created = await server.ok(`mutation($config: JSONObject!, $name: String!) { createConnectorInstance(input: { kind: "connectwise", name: $name, config: $config, requestsPerSecond: 1000 }) { id } }`,
      { config: { ...cw.config, pageSize: 25 }, name }, token) as { createConnectorInstance: { id: string } };
    instances.push(created.createConnectorInstance.id);
  }
  const url = server.orm.config.get('clientUrl')!;
  jobs = await SyncJobs.start({ databaseUrl: url, logger: createLogger('silent') });
  workers.push(startWorker(url), startWorker(url));
}, 120_000);

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGTERM');
  await jobs?.stop();
  await cw?.close();
});

describe('sync jobs on two workers sharing one database', () => {
  it('syncs every instance, never one instance twice at once', async () => {
    // Requests pile up from everywhere: each instance asked for many times while its sync runs.
    for (let round = 0; round < 4; round++) {
      for (const id of instances) await jobs.enqueueSync(tenantId, id, SyncTrigger.MANUAL);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    const runsOf = async () => server.orm.em.fork().getConnection().execute<{ connector_instance_id: string; started_at: Date; finished_at: Date | null; status: string }[]>(
      `select connector_instance_id, started_at, finished_at, status from sync_run where tenant_id = ? order by started_at`, [tenantId]);
    await expect.poll(async () => {
      const runs = await runsOf();
      return instances.every((id) => runs.some((r) => r.connector_instance_id === id && r.status === 'SUCCEEDED'))
        && runs.every((r) => r.status !== 'RUNNING');
    }, { timeout: 180_000, interval: 1000 }).toBe(true);

    const runs = await runsOf();
    for (const id of instances) {
      const own = runs.filter((r) => r.connector_instance_id === id);
      for (let i = 1; i < own.length; i++) {
        expect(new Date(own[i]!.started_at).getTime()).toBeGreaterThanOrEqual(new Date(own[i - 1]!.finished_at!).getTime());
      }
    }
    expect(runs.filter((r) => r.status === 'FAILED')).toEqual([]);
    for (const worker of workers) worker.kill('SIGTERM');
  }, 240_000);

  it('refuses a second sync of an instance already syncing, whoever asks', async () => {
    const request = { tenantId, instanceId: instances[0]!, trigger: SyncTrigger.MANUAL };
    const results = await Promise.allSettled([server.sync.engine.sync(request), server.sync.engine.sync(request)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: expect.any(SyncAlreadyRunningError) });
  }, 120_000);
});
