import type { StatusCategory } from '../../tickets/status-category.js';
import type { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import type { Tier } from '../../tickets/tier.js';

/**
 * One normalized ticket event as the KPI facts read it (a `TicketEvent` row fits once its
 * `occurredAt` / `fromValue` / `toValue` are named `at` / `from` / `to`). `from` and `to` are
 * normalized values: a `StatusCategory` for STATUS_CHANGED, a `Tier` for TIER_CHANGED; other
 * kinds' values are not read.
 */
export interface FactEvent {
  readonly at: Date;
  /** Source order: events at the same instant apply in ascending `seq` (rule 3). */
  readonly seq: number;
  readonly kind: TicketEventKind;
  readonly from?: string | null;
  readonly to?: string | null;
  /** An automatic acknowledgement: not an agent reply (rule 4). */
  readonly automatic?: boolean;
}

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
