import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnectWise, type FakeConnectWise } from '../../connectors/connectwise/fake/start-fake-connectwise.js';
import { seededRandom } from '../../connectors/sdk/fake/index.js';
import type { Orm } from '../../api/db/orm.js';
import { PROJECT_ROOT } from '../support/run-cli.js';
import { startTestServer, TEST_ENCRYPTION_KEY, type TestServer } from '../support/test-server.js';
import { storedCsat, storedState, truthCsat, truthState } from './support/connectwise-state.js';

const RUNS = 20;
let cw: FakeConnectWise;
let server: TestServer;
let orm: Orm;
let env: NodeJS.ProcessEnv;

/**
 * Runs `quarterdeck connectors sync` in its own process, SIGKILLed `killAfterMs` after it started (never,
 * when null); the CLI takes a few seconds to start, so kills land from start-up to the end of the sync.
 */
function syncProcess(killAfterMs: number | null, extra: string[] = []): Promise<{ code: number | null; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/main.ts', 'connectors', 'sync', 'CW', '--tenant', 'fault-msp', '--json', ...extra],
      { cwd: PROJECT_ROOT, env });
    const timer = killAfterMs === null ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // 1 is a run that failed after its retries (the next run resumes); anything else is a crash.
      if (signal !== 'SIGKILL' && code !== 0 && code !== 1) return reject(new Error(`sync exited ${code}: ${stderr}`));
      resolve({ code, killed: signal === 'SIGKILL' });
    });
  });
}

beforeAll(async () => {
  cw = await startFakeConnectWise({
    tickets: 1200, seed: 23, end: new Date(Date.now() - 30 * 60_000),
    // About 10 % of requests fail: throttled, server errors, hung connections, cut-off bodies.
    faults: { rate429: 0.03, retryAfterSeconds: 1, rate5xx: 0.04, rateTimeout: 0.01, rateTruncated: 0.02 },
  });
  server = await startTestServer();
  const { token } = await server.tenantWithToken('fault-msp');
  const created = await server.ok(`mutation($config: JSONObject!) { createConnectorInstance(input: { kind: "connectwise", name: "CW", config: $config, requestsPerSecond: 1000 }) { id } }`,
    { config: { ...cw.config, pageSize: 100 } }, token) as { createConnectorInstance: { id: string } };
  orm = server.orm;
  env = {
    ...process.env, NODE_ENV: 'test', DATABASE_URL: server.orm.config.get('clientUrl')!, QD_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY, QD_VENDOR_TIMEOUT_MS: '1500',
    LOG_LEVEL: 'warn', INSTANCE_ID: created.createConnectorInstance.id,
  };
}, 60_000);

afterAll(async () => {
  await cw?.close();
});

describe('sync under faults and kills', () => {
  it(`ends equal to the vendor's truth after ${RUNS} runs killed at random points under 10 % injected faults`, async () => {
    const random = seededRandom(99);
    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The vendor keeps changing between runs, as a live desk does.
      if (run % 4 === 1) cw.changeTickets(0.05, new Date(Date.now() - 20 * 60_000));
      if (run % 5 === 2) cw.addTickets(15, new Date(Date.now() - 20 * 60_000));
      const { killed, code } = await syncProcess(1500 + Math.floor(random() * 9000));
      outcomes.push(killed ? 'killed' : code === 0 ? 'done' : 'failed');
    }
    expect(outcomes.filter((o) => o === 'killed').length).toBeGreaterThan(RUNS / 2);
    cw.deleteTickets([3, 4]);
    // A last run to completion, deletions included (faults still on: a run that exhausts its retries is
    // run again, as the job queue would).
    let reconciled = false;
    for (let attempt = 0; attempt < 4 && !reconciled; attempt++) reconciled = (await syncProcess(null, ['--reconcile'])).code === 0;
    expect(reconciled).toBe(true);

    const instanceId = env.INSTANCE_ID!;
    expect(await storedState(orm.em, instanceId)).toEqual(truthState(cw));
    expect(await storedCsat(orm.em, instanceId)).toEqual(truthCsat(cw));
    const [dupes] = await orm.em.fork().getConnection().execute<{ tickets: string; events: string }[]>(
      `select (select count(*) - count(distinct external_id) from ticket where connector_instance_id = ?)::text as tickets,
              (select count(*) - count(distinct (ticket_id, seq)) from ticket_event e join ticket t on t.id = e.ticket_id where t.connector_instance_id = ?)::text as events`,
      [instanceId, instanceId]);
    expect(dupes).toEqual({ tickets: '0', events: '0' });
    // Injected faults did happen, and killed runs are closed as interrupted rather than left RUNNING.
    expect(cw.requests.filter((r) => r.outcome.startsWith('fault:')).length).toBeGreaterThan(100);
    const running = await orm.em.fork().getConnection().execute<{ n: string }[]>(
      `select count(*)::text as n from sync_run where connector_instance_id = ? and status = 'RUNNING'`, [instanceId]);
    expect(running[0]!.n).toBe('0');
  }, 900_000);
});
