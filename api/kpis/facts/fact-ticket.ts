import type { HistoryEvent } from '../../tickets/history/history-event.js';
import type { StatusCategory } from '../../tickets/status-category.js';
import type { Tier } from '../../tickets/tier.js';

/**
 * One normalized ticket event as the KPI facts read it: the shared `HistoryEvent` (a `TicketEvent`
 * row fits once its `occurredAt` / `fromValue` / `toValue` are named `at` / `from` / `to`). The
 * facts read `from` / `to` of STATUS_CHANGED and TIER_CHANGED only; an automatic acknowledgement
 * is not an agent reply (rule 4).
 */
export type FactEvent = HistoryEvent;

/** What the KPI facts need of one normalized ticket: its current values and its events. */
export interface FactTicket {
  readonly createdAt: Date;
  /** The status category now; rule 8 judges cancellation on it. */
  readonly currentStatus: StatusCategory;
  /** The tier now; the value at creation when the ticket has no tier change. */
  readonly currentTier: Tier;
  /** The ticket this one was merged into as a duplicate, `null` when it was not (rule 8). */
  readonly mergedIntoId: string | null;
  /** Agent public replies as the source reports them; `null` when the source does not say. */
  readonly agentReplyCount: number | null;
  /** In any order; sorted by `(at, seq)` before use. */
  readonly events: readonly FactEvent[];
}
