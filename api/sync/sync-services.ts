import type { SecretBox } from '../secrets/secret-box.js';
import type { ConnectorRegistry } from './connectors/connector-registry.js';
import type { SyncEngine } from './engine/sync-engine.js';
import type { RateLimiters } from './engine/rate-limiters.js';
import type { SyncTrigger } from './sync-trigger.js';

/** Queues sync work for the workers (pg-boss): scheduled, on demand and on webhook hints. */
export interface SyncQueue {
  /** Queues a sync of every stream; null when one is already queued for the instance. */
  enqueueSync(tenantId: string, instanceId: string, trigger: SyncTrigger): Promise<string | null>;
  enqueueRefetch(tenantId: string, instanceId: string, stream: string, ids: string[]): Promise<string | null>;
}

/** What the API and the workers share to run connectors, built once per process. */
export interface SyncServices {
  registry: ConnectorRegistry;
  secretBox(): Promise<SecretBox>;
  rateLimiters: RateLimiters;
  engine: SyncEngine;
  /** Absent when this process runs no job queue (then syncNow is refused). */
  queue: SyncQueue | null;
}
