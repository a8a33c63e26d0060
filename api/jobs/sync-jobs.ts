import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { SyncAlreadyRunningError } from '../sync/engine/instance-lock.js';
import type { SyncEngine } from '../sync/engine/sync-engine.js';
import { SyncRunStatus } from '../sync/sync-run-status.js';
import type { SyncQueue } from '../sync/sync-services.js';
import { SyncTrigger } from '../sync/sync-trigger.js';
import { dueInstances } from './due-instances.js';

export const QUEUES = { sync: 'qd-sync', refetch: 'qd-refetch', reconcile: 'qd-reconcile', tick: 'qd-sync-tick', dead: 'qd-sync-dead' } as const;

interface SyncJob { tenantId: string; instanceId: string; trigger: SyncTrigger }
interface RefetchJob { tenantId: string; instanceId: string; stream: string; ids: string[] }

/**
 * The sync job queue on pg-boss, in the same PostgreSQL. A minute tick enqueues every instance whose
 * interval has passed; the `stately` policy keyed by instance keeps at most one sync of an instance
 * queued and one running (and the engine's advisory lock makes that a guarantee); failures retry with
 * backoff and land in a dead-letter queue. Any number of processes may work the queues.
 */
export class SyncJobs implements SyncQueue {
  private constructor(private readonly boss: PgBoss, private readonly logger: Logger) {}

  static async start(options: { databaseUrl: string; logger: Logger; schema?: string }): Promise<SyncJobs> {
    const boss = new PgBoss({ connectionString: options.databaseUrl, schema: options.schema ?? 'pgboss', application_name: 'quarterdeck-jobs' });
    boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
    await boss.start();
    await boss.createQueue(QUEUES.dead);
    await boss.createQueue(QUEUES.sync, {
      name: QUEUES.sync, policy: 'stately', retryLimit: 3, retryDelay: 30, retryBackoff: true, deadLetter: QUEUES.dead,
      expireInSeconds: 6 * 3600,
    });
    await boss.createQueue(QUEUES.refetch, { name: QUEUES.refetch, retryLimit: 3, retryDelay: 10, retryBackoff: true, deadLetter: QUEUES.dead });
    await boss.createQueue(QUEUES.reconcile, { name: QUEUES.reconcile, policy: 'stately', retryLimit: 2, retryDelay: 300, deadLetter: QUEUES.dead });
    await boss.createQueue(QUEUES.tick, { name: QUEUES.tick, policy: 'short', retryLimit: 0 });
    await boss.schedule(QUEUES.tick, '* * * * *');
    return new SyncJobs(boss, options.logger);
  }

  enqueueSync(tenantId: string, instanceId: string, trigger: SyncTrigger): Promise<string | null> {
    return this.boss.send(QUEUES.sync, { tenantId, instanceId, trigger } satisfies SyncJob, { singletonKey: instanceId });
  }

  enqueueRefetch(tenantId: string, instanceId: string, stream: string, ids: string[]): Promise<string | null> {
    return this.boss.send(QUEUES.refetch, { tenantId, instanceId, stream, ids } satisfies RefetchJob);
  }

  /** Works the queues in this process; `concurrency` syncs of different instances at once. */
  async work(engine: SyncEngine, databaseUrl: string, { concurrency = 2, pollingIntervalSeconds = 2 } = {}): Promise<void> {
    for (let i = 0; i < concurrency; i++) {
      await this.boss.work<SyncJob>(QUEUES.sync, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
        if (!job) return;
        const outcomes = await this.guard(job.data.instanceId, () => engine.sync(job.data));
        const failed = outcomes?.find((o) => o.status === SyncRunStatus.FAILED);
        // Throwing hands the job back to pg-boss for a retry with backoff (the cursor kept every committed page).
        if (failed) throw new Error(`sync of ${job.data.instanceId} stream ${failed.stream} failed: ${failed.error}`);
      });
    }
    await this.boss.work<RefetchJob>(QUEUES.refetch, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
      if (!job) return;
      const outcome = await this.guard(job.data.instanceId, () => engine.refetch({ ...job.data, trigger: SyncTrigger.WEBHOOK }));
      if (outcome?.status === SyncRunStatus.FAILED) throw new Error(`re-fetch for ${job.data.instanceId} failed: ${outcome.error}`);
    });
    await this.boss.work<SyncJob>(QUEUES.reconcile, { batchSize: 1, pollingIntervalSeconds: 10 }, async ([job]) => {
      if (job) await this.guard(job.data.instanceId, () => engine.reconcile(job.data));
    });
    await this.boss.work(QUEUES.tick, { batchSize: 1, pollingIntervalSeconds: 10 }, async () => {
      for (const due of await dueInstances(databaseUrl, 'sync')) await this.enqueueSync(due.tenantId, due.instanceId, SyncTrigger.SCHEDULE);
      for (const due of await dueInstances(databaseUrl, 'reconcile')) {
        await this.boss.send(QUEUES.reconcile, { ...due, trigger: SyncTrigger.SCHEDULE } satisfies SyncJob, { singletonKey: due.instanceId });
      }
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 20_000, wait: true });
  }

  /** A sync already running elsewhere is no failure: that run covers this request. */
  private async guard<T>(instanceId: string, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SyncAlreadyRunningError) {
        this.logger.info({ instanceId }, 'sync already running elsewhere; skipped');
        return null;
      }
      throw error;
    }
  }
}
