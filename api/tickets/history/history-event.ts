import type { TicketEventKind } from '../ticket-event-kind.js';

/**
 * One normalized ticket event as a history replay reads it (a `TicketEvent` row fits once its
 * `occurredAt` / `fromValue` / `toValue` are named `at` / `from` / `to`). `from` and `to` are
 * normalized values: a `StatusCategory` for STATUS_CHANGED, a `Priority` for PRIORITY_CHANGED,
 * a `Tier` for TIER_CHANGED; other kinds' values are not read.
 */
export interface HistoryEvent {
  readonly at: Date;
  /** Source order: events at the same instant apply in ascending `seq` (rule 3). */
  readonly seq: number;
  readonly kind: TicketEventKind;
  readonly from?: string | null;
  readonly to?: string | null;
  /** An automatic acknowledgement: it stops no clock and is not an agent reply (rule 4). */
  readonly automatic?: boolean;
}

/** A stored event (a `TicketEvent` row or a loaded history) as a replay reads it. */
export function asHistoryEvent(e: {
  occurredAt: Date; seq: number; kind: TicketEventKind; fromValue?: string | null; toValue?: string | null; automatic?: boolean;
}): HistoryEvent {
  return { at: e.occurredAt, seq: e.seq, kind: e.kind, from: e.fromValue, to: e.toValue, automatic: e.automatic };
}
