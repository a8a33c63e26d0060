import { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import { Tier } from '../../tickets/tier.js';
import type { FactEvent, FactTicket } from './fact-ticket.js';

/** Test support for the KPI facts: instants as minutes after a fixed creation instant. */
export const CREATED_MS = Date.UTC(2025, 2, 3, 9, 0);
const MINUTE_MS = 60_000;

/** The instant `minutes` after creation (negative: before it). */
export function at(minutes: number): Date {
  return new Date(CREATED_MS + minutes * MINUTE_MS);
}

/** An event without its `seq`; `ticket` numbers events in the order given unless one is set. */
export type EventSpec = Omit<FactEvent, 'seq'> & { readonly seq?: number };

export const status = (minutes: number, from: string | null, to: string | null, seq?: number): EventSpec => ({
  at: at(minutes),
  kind: TicketEventKind.STATUS_CHANGED,
  from,
  to,
  seq,
});

export const tier = (minutes: number, from: string | null, to: string | null, seq?: number): EventSpec => ({
  at: at(minutes),
  kind: TicketEventKind.TIER_CHANGED,
  from,
  to,
  seq,
});

export const reply = (minutes: number, automatic = false): EventSpec => ({ at: at(minutes), kind: TicketEventKind.AGENT_PUBLIC_REPLY, automatic });

export const customerReply = (minutes: number): EventSpec => ({ at: at(minutes), kind: TicketEventKind.CUSTOMER_REPLY });

export interface TicketSpec {
  readonly currentStatus?: StatusCategory;
  readonly currentTier?: Tier;
  readonly mergedIntoId?: string | null;
  readonly agentReplyCount?: number | null;
  readonly events?: readonly EventSpec[];
}

/** A ticket created at minute 0; defaults: OPEN, TIER1, not merged, replies unknown, no events. */
export function ticket(spec: TicketSpec = {}): FactTicket {
  return {
    createdAt: at(0),
    currentStatus: spec.currentStatus ?? StatusCategory.OPEN,
    currentTier: spec.currentTier ?? Tier.TIER1,
    mergedIntoId: spec.mergedIntoId ?? null,
    agentReplyCount: spec.agentReplyCount ?? null,
    events: (spec.events ?? []).map((event, index) => ({ ...event, seq: event.seq ?? index + 1 })),
  };
}
