import { SyncJobs } from '../jobs/sync-jobs.js';
import { createSyncServices } from '../sync/create-sync-services.js';
import type { SyncServices } from '../sync/sync-services.js';
import type { Runtime } from './runtime.js';

export interface RunningServices {
  sync: SyncServices;
  jobs: SyncJobs | null;
  stop(): Promise<void>;
}

/**
 * The sync services of a long-running process, with the job queue when `withJobs` (QD_JOBS): the API
 * process works the queues by default; `quarterdeck worker` runs them alone on other machines.
 */
export async function startServices(runtime: Runtime, withJobs: boolean): Promise<RunningServices> {
  const jobs = withJobs ? await SyncJobs.start({ databaseUrl: runtime.db.url, logger: runtime.logger.child({ part: 'jobs' }) }) : null;
  const sync = await createSyncServices({ orm: runtime.orm, config: runtime.config, logger: runtime.logger, queue: jobs });
  if (jobs) await jobs.work(sync.engine, runtime.db.url);
  return { sync, jobs, stop: async () => jobs?.stop() };
}
