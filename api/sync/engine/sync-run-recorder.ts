import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SyncRunStatus } from '../sync-run-status.js';
import type { SyncTrigger } from '../sync-trigger.js';
import { rawSql } from '../../db/raw-sql.js';

export interface PageTally {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  cursorAfter: string | null;
  progress: number | null;
}

/** Opens a RUNNING sync run in its own transaction, so it is visible while the run goes on. */
export async function startRun(em: EntityManager, run: {
  tenantId: string; instanceId: string; stream: string; trigger: SyncTrigger; cursorBefore: string | null;
}): Promise<string> {
  const id = randomUUID();
  await rawSql(em,
    `insert into sync_run (tenant_id, id, connector_instance_id, stream, status, trigger, started_at, cursor_before, cursor_after)
     values (?, ?, ?, ?, 'RUNNING', ?, now(), ?, ?)`,
    [run.tenantId, id, run.instanceId, run.stream, run.trigger, run.cursorBefore, run.cursorBefore]);
  return id;
}

/** Adds a page's counts, in the same transaction as the page's rows: the run never counts rows that rolled back. */
export async function recordPage(em: EntityManager, tenantId: string, runId: string, tally: PageTally): Promise<void> {
  await rawSql(em,
    `update sync_run set pages = pages + 1, records_read = records_read + ?, records_inserted = records_inserted + ?,
            records_updated = records_updated + ?, records_unchanged = records_unchanged + ?,
            cursor_after = coalesce(?, cursor_after), progress = coalesce(?, progress)
      where tenant_id = ? and id = ?`,
    [tally.read, tally.inserted, tally.updated, tally.unchanged, tally.cursorAfter, tally.progress, tenantId, runId]);
}

/** Closes a run with its outcome, the unmapped values seen and any error (messages are already redacted). */
export async function finishRun(em: EntityManager, tenantId: string, runId: string, outcome: {
  status: SyncRunStatus; unmapped: Record<string, Record<string, number>>; errors: Record<string, unknown>[]; deleted?: number;
}): Promise<void> {
  await rawSql(em,
    `update sync_run set status = ?, finished_at = now(), unmapped = ?::jsonb, errors = errors || ?::jsonb,
            records_deleted = records_deleted + ?, progress = case when ? = 'SUCCEEDED' then 1 else progress end
      where tenant_id = ? and id = ?`,
    [outcome.status, JSON.stringify(outcome.unmapped), JSON.stringify(outcome.errors), outcome.deleted ?? 0, outcome.status, tenantId, runId]);
}

/**
 * Marks the instance's runs still RUNNING as FAILED: called under the instance lock, so no run is in
 * progress and those were cut short (a killed worker). Their committed pages stay counted.
 */
export async function closeInterruptedRuns(em: EntityManager, tenantId: string, instanceId: string): Promise<void> {
  await rawSql(em,
    `update sync_run set status = 'FAILED', finished_at = now(),
            errors = errors || '[{"kind": "interrupted", "message": "the sync process stopped before the run finished"}]'::jsonb
      where tenant_id = ? and connector_instance_id = ? and status = 'RUNNING'`,
    [tenantId, instanceId]);
}
