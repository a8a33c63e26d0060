import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import {
  createConnectorContext, isConnectorError, type ConnectorContext, type ConnectorContextOptions, type NormalizedRecord, type Stream, type StreamState, type WebhookRequest,
} from '../../../connectors/sdk/index.js';
import { inTenantTransaction } from '../../db/tenant-scope.js';
import type { SecretBox } from '../../secrets/secret-box.js';
import type { ConnectorRegistry } from '../connectors/connector-registry.js';
import { loadRunnableInstance, type RunnableInstance } from '../instances/runnable-instance.js';
import { saveStreamState, loadStreamState } from '../sync-state-store.js';
import { SyncRunStatus } from '../sync-run-status.js';
import type { SyncTrigger } from '../sync-trigger.js';
import { ClientPlacer } from '../write/client-placer.js';
import type { InstanceScope } from '../write/instance-scope.js';
import { resolveMerges } from '../write/resolve-merges.js';
import { storedVersions } from '../write/stored-versions.js';
import { commitable, DEFAULT_CURSOR_WINDOW, readFrom, type CursorWindow } from './cursor-window.js';
import { withInstanceLock } from './instance-lock.js';
import type { RateLimiters } from './rate-limiters.js';
import { reconcileDeletions, type DeletionOutcome } from './reconcile-deletions.js';
import { readAhead } from './read-ahead.js';
import { storePage } from './store-page.js';
import { closeInterruptedRuns, finishRun, recordPage, startRun } from './sync-run-recorder.js';
import { TouchedMonths } from './touched-months.js';
import { UnmappedTally } from './unmapped-tally.js';
import { refreshTicketDerivations } from '../../kpis/store/refresh-ticket-derivations.js';

export interface SyncEngineDeps {
  em: EntityManager;
  /** A superuser URL for the per-instance advisory lock connection. */
  databaseUrl: string;
  registry: ConnectorRegistry;
  secretBox: () => Promise<SecretBox>;
  rateLimiters: RateLimiters;
  logger: Logger;
  window?: CursorWindow;
  now?: () => Date;
  /** Vendor HTTP settings (defaults: the SDK's 30 s per attempt, 5 attempts). */
  http?: Pick<ConnectorContextOptions, 'timeoutMs' | 'retry'>;
}

export interface SyncRequest {
  tenantId: string;
  instanceId: string;
  trigger: SyncTrigger;
  /** Only these streams (default: all, in the connector's order). */
  streams?: string[];
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncProgress {
  stream: string;
  /** Records the vendor said the read would yield, when it can tell. */
  total: number | null;
  pages: number;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Where a stream's time went, in milliseconds (benchmarks and logs). `read` is the time spent waiting
 * for the vendor; `details` is the work of fetching details, which overlaps the writes of the page before.
 */
export interface StreamTimings {
  read: number;
  details: number;
  normalize: number;
  write: number;
  derive: number;
  months: number;
}

export interface StreamOutcome extends SyncProgress {
  runId: string;
  timings: StreamTimings;
  status: SyncRunStatus;
  error?: string;
}

/**
 * Syncs connector instances: per stream, load the committed state, read from it minus the overlap
 * window, skip records we already store at the same version, fetch details of the rest, normalize,
 * and commit each page's rows, derivations, run counts and cursor in one tenant transaction. A crash
 * anywhere loses nothing (the cursor only covers committed rows) and duplicates nothing (rows are
 * keyed by instance and vendor id and only newer versions are written).
 */
export class SyncEngine {
  private readonly window: CursorWindow;
  private readonly now: () => Date;

  constructor(private readonly deps: SyncEngineDeps) {
    this.window = deps.window ?? DEFAULT_CURSOR_WINDOW;
    this.now = deps.now ?? (() => new Date());
  }

  /** Runs a sync of one instance while holding its lock; each stream's outcome is also a SyncRun row. */
  sync(request: SyncRequest): Promise<StreamOutcome[]> {
    return withInstanceLock(this.deps.databaseUrl, request.instanceId, async () => {
      const instance = await this.load(request.tenantId, request.instanceId);
      await inTenantTransaction(this.deps.em, { tenantId: request.tenantId }, (em) => closeInterruptedRuns(em, request.tenantId, instance.id));
      const context = this.context(instance);
      const wanted = request.streams ?? instance.connector.streams.map((s) => s.name);
      const outcomes: StreamOutcome[] = [];
      for (const stream of instance.connector.streams.filter((s) => wanted.includes(s.name))) {
        outcomes.push(await this.syncStream(instance, context, stream, request));
        if (outcomes.at(-1)!.status === SyncRunStatus.FAILED) break;
      }
      return outcomes;
    });
  }

  /** Verifies a vendor push for the instance and returns the records it names; null when the connector takes none. */
  async receiveWebhook(tenantId: string, instanceId: string, request: WebhookRequest): Promise<{ stream: string; ids: string[] } | null> {
    const instance = await this.load(tenantId, instanceId);
    return instance.connector.webhook ? instance.connector.webhook.receive(this.context(instance), request) : null;
  }

  /** One authenticated call with the instance's config (testConnection); throws a ConnectorError. */
  async check(instance: RunnableInstance): Promise<void> {
    await instance.connector.check(this.context(instance));
  }

  /** Deletes the stored tickets the vendor no longer lists, guarded against short listings (README "Sync engine"). */
  reconcile(request: { tenantId: string; instanceId: string; trigger: SyncTrigger; maxFraction?: number }): Promise<DeletionOutcome[]> {
    return withInstanceLock(this.deps.databaseUrl, request.instanceId, async () => {
      const instance = await this.load(request.tenantId, request.instanceId);
      const context = this.context(instance);
      const tx = <T>(work: (em: EntityManager) => Promise<T>) => inTenantTransaction(this.deps.em, { tenantId: request.tenantId }, work);
      const outcomes: DeletionOutcome[] = [];
      for (const stream of instance.connector.streams.filter((s) => s.listIds)) {
        outcomes.push(await reconcileDeletions({
          tx, stream, context, trigger: request.trigger, maxFraction: request.maxFraction ?? 0.1, asOf: this.now,
          scope: { tenantId: request.tenantId, instanceId: instance.id, sourceSystem: instance.connector.id },
        }));
      }
      return outcomes;
    });
  }

  /** Re-fetches named records (a webhook's hint) and stores them like a page, without moving any cursor. */
  refetch(request: { tenantId: string; instanceId: string; stream: string; ids: string[]; trigger: SyncTrigger }): Promise<StreamOutcome> {
    return withInstanceLock(this.deps.databaseUrl, request.instanceId, async () => {
      const instance = await this.load(request.tenantId, request.instanceId);
      const context = this.context(instance);
      const stream = instance.connector.streams.find((s) => s.name === request.stream);
      if (!stream?.fetchOne) throw new Error(`stream ${request.stream} of ${instance.connector.id} cannot fetch single records`);
      const found = await Promise.all(request.ids.map((id) => stream.fetchOne!(context, id)));
      const pages = (async function* () { yield found.filter((record) => record !== null); })();
      return this.syncStream(instance, context, stream, request, { pages });
    });
  }

  private async syncStream(
    instance: RunnableInstance,
    context: ConnectorContext<any>,
    stream: Stream<any, any>,
    request: Pick<SyncRequest, 'tenantId' | 'trigger' | 'onProgress'>,
    /** Given records (already detailed) instead of a read from the cursor; the cursor stays where it is. */
    given?: { pages: AsyncIterable<unknown[]> },
  ): Promise<StreamOutcome> {
    const { tenantId } = request;
    const scope: InstanceScope = { tenantId, instanceId: instance.id, sourceSystem: instance.connector.id };
    const tx = <T>(work: (em: EntityManager) => Promise<T>) => inTenantTransaction(this.deps.em, { tenantId }, work);
    const advance = given === undefined;
    let committed = await tx((em) => loadStreamState(em, tenantId, instance.id, stream.name));
    const runId = await tx((em) => startRun(em, { tenantId, instanceId: instance.id, stream: stream.name, trigger: request.trigger, cursorBefore: committed.cursor }));
    const placer = await tx((em) => ClientPlacer.load(em, tenantId, instance.connector.id, instance.mappings.companies));
    const unmapped = new UnmappedTally();
    const touched = new TouchedMonths();
    const from = readFrom(committed, stream.cursorType, this.window);
    const total = given || !stream.count ? null : await stream.count(context, from).catch(() => null);
    const progress: SyncProgress = { stream: stream.name, total, pages: 0, read: 0, inserted: 0, updated: 0, unchanged: 0 };
    request.onProgress?.({ ...progress });
    const timings: StreamTimings = { read: 0, details: 0, normalize: 0, write: 0, derive: 0, months: 0 };
    let mark = performance.now();
    const lap = (stage: keyof StreamTimings) => { const now = performance.now(); timings[stage] += now - mark; mark = now; };
    let state: StreamState = committed;
    // After a mapping change every record is read and rewritten, whatever version we store.
    const rewrite = committed.rewrite === true;
    try {
      const prepare = async (page: unknown[]) => {
        if (given) return page;
        const started = performance.now();
        const records = await this.detailsOfChanged(stream, context, scope, page, rewrite);
        timings.details += performance.now() - started;
        return records;
      };
      for await (const [page, records] of readAhead(given?.pages ?? stream.read(context, from), prepare)) {
        lap('read');
        const normalized: NormalizedRecord[] = records.map((raw) => stream.normalize(raw, instance.mappings));
        lap('normalize');
        for (const record of normalized) if (record.kind === 'ticket') unmapped.add(record.ticket.unmapped);
        if (advance) state = page.reduce((s: StreamState, raw) => stream.advance(s, raw), state);
        const next = advance ? commitable(state, committed, stream.cursorType, this.now(), this.window) : committed;
        const counts = await tx(async (em) => {
          const stored = await storePage(em, scope, placer, normalized, this.now(), touched, rewrite);
          // An unordered stream's cursor is only safe once the whole listing is stored.
          if (advance && stream.ordered) await saveStreamState(em, tenantId, instance.id, stream.name, next);
          await recordPage(em, tenantId, runId, {
            read: page.length, inserted: stored.inserted, updated: stored.updated,
            unchanged: page.length - stored.inserted - stored.updated, cursorAfter: stream.ordered ? next.cursor : null,
            progress: total ? Math.min(1, (progress.read + page.length) / total) : null,
          });
          return stored;
        });
        timings.write += counts.writeMs;
        timings.derive += counts.deriveMs;
        mark = performance.now();
        if (advance && stream.ordered) committed = next;
        progress.pages += 1;
        progress.read += page.length;
        progress.inserted += counts.inserted;
        progress.updated += counts.updated;
        progress.unchanged += page.length - counts.inserted - counts.updated;
        request.onProgress?.({ ...progress });
      }
      mark = performance.now();
      await this.finishStream(instance, scope, stream, state, committed, advance, touched);
      lap('months');
      const report = { ...unmapped.toJSON(), ...(placer.unplaced.size ? { company: Object.fromEntries([...placer.unplaced].map(([ref, name]) => [`${ref} (${name})`, 1])) } : {}) };
      await tx((em) => finishRun(em, tenantId, runId, { status: SyncRunStatus.SUCCEEDED, unmapped: report, errors: [] }));
      return { ...progress, runId, status: SyncRunStatus.SUCCEEDED, timings };
    } catch (error) {
      const described = describeError(error);
      this.deps.logger.warn({ instanceId: instance.id, stream: stream.name, error: isConnectorError(error) ? described : error }, 'sync stream failed');
      await touched.refresh(tx, tenantId, this.now()).catch(() => undefined);
      await tx((em) => finishRun(em, tenantId, runId, { status: SyncRunStatus.FAILED, unmapped: unmapped.toJSON(), errors: [described] }));
      return { ...progress, runId, status: SyncRunStatus.FAILED, error: described.message as string, timings };
    }
  }

  /** After the last page: an unordered stream's cursor, merge links, and the touched stored months. */
  private async finishStream(
    instance: RunnableInstance, scope: InstanceScope, stream: Stream<any, any>, state: StreamState, committed: StreamState,
    advance: boolean, touched: TouchedMonths,
  ): Promise<void> {
    const tx = <T>(work: (em: EntityManager) => Promise<T>) => inTenantTransaction(this.deps.em, { tenantId: scope.tenantId }, work);
    await tx(async (em) => {
      if (advance && (!stream.ordered || committed.rewrite)) {
        const { rewrite: _done, ...final } = commitable(state, committed, stream.cursorType, this.now(), this.window);
        await saveStreamState(em, scope.tenantId, instance.id, stream.name, final as StreamState);
      }
      const relinked = await resolveMerges(em, scope);
      if (relinked.length) await refreshTicketDerivations(em, scope.tenantId, relinked, this.now(), { months: true });
    });
    await touched.refresh(tx, scope.tenantId, this.now());
  }

  /** Records whose stored version is older (or absent), with their details fetched when the stream has a second phase. */
  private async detailsOfChanged(
    stream: Stream<any, any>, context: ConnectorContext<any>, scope: InstanceScope, page: unknown[], rewrite: boolean,
  ): Promise<unknown[]> {
    if (!stream.enrich) return page;
    if (rewrite) return stream.enrich(context, page);
    const versions = page.map((raw) => stream.version(raw));
    const stored = await inTenantTransaction(this.deps.em, { tenantId: scope.tenantId }, (em) => storedVersions(em, scope, versions.map((v) => v.id)));
    const changed = page.filter((_, i) => !(stored.get(versions[i]!.id)! >= versions[i]!.updatedAt.getTime()));
    return changed.length ? stream.enrich(context, changed) : [];
  }

  private async load(tenantId: string, instanceId: string): Promise<RunnableInstance> {
    const box = await this.deps.secretBox();
    return inTenantTransaction(this.deps.em, { tenantId }, (em) => loadRunnableInstance(em, this.deps.registry, box, tenantId, instanceId));
  }

  private context(instance: RunnableInstance): ConnectorContext<any> {
    return createConnectorContext(instance.connector, instance.config, {
      ...this.deps.http,
      rateLimiter: this.deps.rateLimiters.for(instance.id, instance.rateLimit),
      log: this.deps.logger.child({ connector: instance.connector.id, instanceId: instance.id }),
    });
  }
}

/** What a run records of its failure: connector errors as classified (already redacted); anything else only by kind, the detail goes to the log. */
function describeError(error: unknown): Record<string, unknown> {
  if (isConnectorError(error)) return { kind: error.kind, message: error.message, status: error.details.status ?? null };
  return { kind: 'internal', message: 'internal error while storing the page (see the server log)' };
}
