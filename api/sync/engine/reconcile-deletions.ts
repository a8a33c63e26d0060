import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConnectorContext, Stream } from '../../../connectors/sdk/index.js';
import { SyncRunStatus } from '../sync-run-status.js';
import type { SyncTrigger } from '../sync-trigger.js';
import { deleteTickets, storedExternalIds } from '../write/delete-missing-tickets.js';
import type { InstanceScope } from '../write/instance-scope.js';
import { deletionAllowed } from './deletion-guard.js';
import { finishRun, startRun } from './sync-run-recorder.js';
import { TouchedMonths } from './touched-months.js';

type InTransaction = <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>;

export interface DeletionOutcome {
  runId: string;
  status: SyncRunStatus;
  listed: number;
  stored: number;
  deleted: number;
  refused?: string;
}

/**
 * Lists every id the vendor holds for a stream and deletes the stored tickets it no longer lists,
 * unless the guard finds the listing suspiciously short. Recorded as a sync run of `<stream>#deletions`.
 */
export async function reconcileDeletions(options: {
  tx: InTransaction; scope: InstanceScope; stream: Stream<any, any>; context: ConnectorContext<any>;
  trigger: SyncTrigger; maxFraction: number; asOf: () => Date;
}): Promise<DeletionOutcome> {
  const { tx, scope, stream, context } = options;
  if (!stream.listIds) throw new Error(`stream ${stream.name} cannot list its ids`);
  const runId = await tx((em) => startRun(em, {
    tenantId: scope.tenantId, instanceId: scope.instanceId, stream: `${stream.name}#deletions`, trigger: options.trigger, cursorBefore: null,
  }));
  try {
    const listed = new Set<string>();
    for await (const ids of stream.listIds(context)) for (const id of ids) listed.add(id);
    const missing: string[] = [];
    let stored = 0;
    for (let after: string | null = null; ;) {
      const page: string[] = await tx((em) => storedExternalIds(em, scope, after, 10_000));
      if (!page.length) break;
      stored += page.length;
      for (const id of page) if (!listed.has(id)) missing.push(id);
      after = page.at(-1)!;
    }
    const verdict = deletionAllowed({ stored, listed: listed.size, missing: missing.length }, options.maxFraction);
    if (!verdict.allowed) {
      await tx((em) => finishRun(em, scope.tenantId, runId, { status: SyncRunStatus.FAILED, unmapped: {}, errors: [{ kind: 'guard', message: verdict.reason }] }));
      return { runId, status: SyncRunStatus.FAILED, listed: listed.size, stored, deleted: 0, refused: verdict.reason };
    }
    const touched = new TouchedMonths();
    await tx(async (em) => touched.add(await deleteTickets(em, scope, missing)));
    await touched.refresh(tx, scope.tenantId, options.asOf());
    await tx((em) => finishRun(em, scope.tenantId, runId, { status: SyncRunStatus.SUCCEEDED, unmapped: {}, errors: [], deleted: missing.length }));
    return { runId, status: SyncRunStatus.SUCCEEDED, listed: listed.size, stored, deleted: missing.length };
  } catch (error) {
    const message = error instanceof Error && 'kind' in error ? error.message : 'internal error while reconciling (see the server log)';
    await tx((em) => finishRun(em, scope.tenantId, runId, { status: SyncRunStatus.FAILED, unmapped: {}, errors: [{ kind: 'reconcile', message }] }));
    throw error;
  }
}
