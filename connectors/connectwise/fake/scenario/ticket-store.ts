import { seededRandom } from '../../../sdk/fake/index.js';
import type { CwAuditTrailEntry, CwTicket } from '../../connectwise-records.js';
import { CANCELLED, CLOSED, COMPLETED, HELP_DESK, IN_PROGRESS, NEW, TIER_2, WAITING_CUSTOMER } from './catalog.js';
import { renderAuditTrail } from './render-audit-trail.js';
import { renderTicket } from './render-ticket.js';
import { mixSeed, type ScenarioShape } from './scenario-shape.js';
import { surveyAnswer, surveyResultTable, type SurveyAnswer, type SurveyResultTable } from './survey-result-table.js';
import { ticketLifecycle, type LifecycleStep, type TicketLifecycle } from './ticket-lifecycle.js';
import { ticketState, type TicketState } from './ticket-state.js';

/**
 * The fake tenant's tickets, sized for a million: each ticket is regenerated from the seed when it is
 * served, and only a few typed columns are kept (last update, board, status, company, deleted) plus the
 * changes tests make, with the live ids kept sorted by (lastUpdated, id) for keyset listings.
 */
export class TicketStore {
  readonly surveyResults: SurveyResultTable;
  private lastUpdatedAt: Float64Array;
  private boardOf: Uint8Array;
  private statusOf: Uint8Array;
  private companyOf: Int32Array;
  private deleted: Uint8Array;
  private maxId: number;
  private live: number;
  private byUpdate: Int32Array;
  private readonly extra = new Map<number, LifecycleStep[]>();
  private readonly addedAt = new Map<number, number>();
  private changeRound = 0;

  constructor(readonly shape: ScenarioShape) {
    const n = shape.tickets;
    this.maxId = n;
    this.live = n;
    this.lastUpdatedAt = new Float64Array(n + 1);
    this.boardOf = new Uint8Array(n + 1);
    this.statusOf = new Uint8Array(n + 1);
    this.companyOf = new Int32Array(n + 1);
    this.deleted = new Uint8Array(n + 1);
    const answers: SurveyAnswer[] = [];
    for (let id = 1; id <= n; id++) {
      const lifecycle = ticketLifecycle(shape, id);
      const state = ticketState(lifecycle, []);
      this.record(id, lifecycle, state);
      const answer = surveyAnswer(shape, id, state);
      if (answer) answers.push(answer);
    }
    this.surveyResults = surveyResultTable(answers);
    this.byUpdate = Int32Array.from({ length: n }, (_, i) => i + 1).sort((a, b) => this.compare(a, b));
  }

  /** The highest id ever used. */
  get lastId(): number {
    return this.maxId;
  }

  get size(): number {
    return this.live;
  }

  has(id: number): boolean {
    return Number.isInteger(id) && id >= 1 && id <= this.maxId && this.deleted[id] === 0;
  }

  lastUpdated(id: number): number {
    return this.lastUpdatedAt[id]!;
  }

  board(id: number): number {
    return this.boardOf[id]!;
  }

  status(id: number): number {
    return this.statusOf[id]!;
  }

  company(id: number): number {
    return this.companyOf[id]!;
  }

  /** Live ids ordered by (lastUpdated, id). */
  get orderedByUpdate(): Int32Array {
    return this.byUpdate;
  }

  lifecycle(id: number): TicketLifecycle {
    return ticketLifecycle(this.shape, id, this.addedAt.get(id));
  }

  changes(id: number): readonly LifecycleStep[] {
    return this.extra.get(id) ?? [];
  }

  state(id: number): TicketState {
    return ticketState(this.lifecycle(id), this.changes(id));
  }

  render(id: number, apiRoot: string): CwTicket & Record<string, unknown> {
    const lifecycle = this.lifecycle(id);
    return renderTicket(lifecycle, ticketState(lifecycle, this.changes(id)), apiRoot);
  }

  auditTrail(id: number): CwAuditTrailEntry[] {
    return renderAuditTrail(this.lifecycle(id), this.changes(id));
  }

  /**
   * Updates a seeded random `fraction` of the live tickets at `at` (see `update`); returns their ids.
   */
  change(fraction: number, at: number): number[] {
    const random = seededRandom(mixSeed(this.shape.seed ^ 0xc4a6e, this.changeRound++));
    const chosen: number[] = [];
    for (let id = 1; id <= this.maxId; id++) if (!this.deleted[id] && random() < fraction) chosen.push(id);
    this.update(chosen, at);
    return chosen;
  }

  /**
   * Updates these live tickets at `at`: each moves one status along its lifecycle (completed and closed
   * ones reopen or close), some help-desk tickets escalate to Tier 2, some change priority; each change
   * gets its audit entries and a new lastUpdated. Unknown ids are ignored.
   */
  update(ids: readonly number[], at: number): void {
    const random = seededRandom(mixSeed(this.shape.seed ^ 0x0dd5, this.changeRound++));
    const changed = new Set<number>();
    for (const id of ids) {
      if (!this.has(id)) continue;
      const state = this.state(id);
      const step: LifecycleStep = { at: Math.max(at, state.lastUpdated) };
      const next = nextStatus(state.status, random());
      if (next !== null) step.status = next;
      if (state.board === HELP_DESK && random() < 0.3) step.board = TIER_2;
      // Raise the priority one step (P1 drops to P2), so every change changes something.
      if (random() < 0.1 || (next === null && step.board === undefined)) step.priority = state.priority === 0 ? 1 : state.priority - 1;
      this.extra.set(id, [...this.changes(id), step]);
      const lifecycle = this.lifecycle(id);
      this.record(id, lifecycle, ticketState(lifecycle, this.changes(id)));
      changed.add(id);
    }
    this.reorder(changed);
  }

  /** Removes tickets, as a ConnectWise delete does; unknown ids are ignored. */
  remove(ids: readonly number[]): void {
    const gone = new Set<number>();
    for (const id of ids) {
      if (!this.has(id)) continue;
      this.deleted[id] = 1;
      this.live -= 1;
      gone.add(id);
    }
    this.reorder(gone);
  }

  /** Creates `count` new tickets (status New) at `at`; returns their ids. */
  add(count: number, at: number): number[] {
    this.grow(this.maxId + count);
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = ++this.maxId;
      this.addedAt.set(id, at);
      const lifecycle = this.lifecycle(id);
      this.record(id, lifecycle, ticketState(lifecycle, []));
      this.live += 1;
      ids.push(id);
    }
    this.reorder(new Set(ids));
    return ids;
  }

  private record(id: number, lifecycle: TicketLifecycle, state: TicketState): void {
    this.lastUpdatedAt[id] = state.lastUpdated;
    this.boardOf[id] = state.board;
    this.statusOf[id] = state.status;
    this.companyOf[id] = lifecycle.company;
  }

  private compare(a: number, b: number): number {
    return this.lastUpdatedAt[a]! - this.lastUpdatedAt[b]! || a - b;
  }

  /** Takes `moved` ids out of the update order and merges the live ones back in at their new place. */
  private reorder(moved: Set<number>): void {
    const kept = this.byUpdate.filter((id) => !moved.has(id));
    const back = Int32Array.from([...moved].filter((id) => this.has(id))).sort((a, b) => this.compare(a, b));
    const merged = new Int32Array(kept.length + back.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++) {
      merged[k] = j >= back.length || (i < kept.length && this.compare(kept[i]!, back[j]!) < 0) ? kept[i++]! : back[j++]!;
    }
    this.byUpdate = merged;
  }

  private grow(capacity: number): void {
    if (capacity < this.lastUpdatedAt.length) return;
    const size = Math.max(capacity + 1, Math.ceil(this.lastUpdatedAt.length * 1.5));
    const resize = <T extends Float64Array | Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const bigger = make(size);
      bigger.set(old);
      return bigger;
    };
    this.lastUpdatedAt = resize(this.lastUpdatedAt, (n) => new Float64Array(n));
    this.boardOf = resize(this.boardOf, (n) => new Uint8Array(n));
    this.statusOf = resize(this.statusOf, (n) => new Uint8Array(n));
    this.companyOf = resize(this.companyOf, (n) => new Int32Array(n));
    this.deleted = resize(this.deleted, (n) => new Uint8Array(n));
  }
}

/** The next status a test's change moves a ticket to (null: leave the status, e.g. cancelled). */
function nextStatus(status: number, u: number): number | null {
  switch (status) {
    case NEW: return IN_PROGRESS;
    case IN_PROGRESS: return u < 0.5 ? WAITING_CUSTOMER : COMPLETED;
    case COMPLETED: return u < 0.6 ? CLOSED : IN_PROGRESS;
    case CLOSED: return IN_PROGRESS;
    case CANCELLED: return null;
    default: return IN_PROGRESS;
  }
}
