import { randomUUID } from 'node:crypto';
import { Priority } from '../../api/tickets/priority.js';
import { StatusCategory } from '../../api/tickets/status-category.js';
import { TicketEventKind } from '../../api/tickets/ticket-event-kind.js';
import { TicketType } from '../../api/tickets/ticket-type.js';
import { Tier } from '../../api/tickets/tier.js';
import type { BenchClient } from './bench-tenant.js';
import { AS_OF, HISTORY_START } from './bench-period.js';
import type { Rng } from './rng.js';

export interface GenEvent {
  seq: number;
  at: Date;
  kind: TicketEventKind;
  from: string | null;
  to: string | null;
  automatic: boolean;
}

/** A synthetic normalized ticket with its events (at most 5) and maybe a CSAT response. */
export interface GenTicket {
  id: string;
  client: BenchClient;
  externalId: string;
  type: TicketType;
  priority: Priority;
  status: StatusCategory;
  tier: Tier;
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResolvedAt: Date | null;
  lastResolvedAt: Date | null;
  sourceUpdatedAt: Date;
  reopenCount: number;
  agentReplyCount: number | null;
  mergedIntoId: string | null;
  events: GenEvent[];
  csat: { score: number; receivedAt: Date } | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MAX_EVENTS = 5;
const PRIORITIES = [Priority.P1, Priority.P2, Priority.P3, Priority.P4, Priority.NONE];
const PRIORITY_CUMULATIVE = [0.05, 0.25, 0.75, 0.95, 1];
const RESOLVE_MEAN: Record<Priority, number> = { P1: 4 * HOUR, P2: 12 * HOUR, P3: 2 * DAY, P4: 4 * DAY, NONE: 3 * DAY };
const TYPES = [TicketType.INCIDENT, TicketType.SERVICE_REQUEST, TicketType.PROBLEM, TicketType.CHANGE];
const TYPE_CUMULATIVE = [0.55, 0.9, 0.95, 1];
const RESOLVED = new Set<string>([StatusCategory.RESOLVED, StatusCategory.CLOSED]);

/**
 * One ticket of `client`: a reply (sometimes after an automatic acknowledgement), then a
 * WAITING_CUSTOMER pause (30%) or a tier move (some TIER1 tickets), then a resolution, a
 * cancellation (3%) and some reopens (8%). Events after as-of have not happened, so recent
 * tickets stay open. CSAT on ~10% of tickets (those resolved); ~1% are merged into `mergeTarget`.
 */
export function generateTicket(rng: Rng, client: BenchClient, serial: number, mergeTarget: string | null): GenTicket {
  const asOf = AS_OF.getTime();
  const created = HISTORY_START + Math.floor(rng.next() * (asOf - HOUR - HISTORY_START));
  const priority = rng.weighted(PRIORITIES, PRIORITY_CUMULATIVE);
  const initialTier = rng.next() < 0.8 ? Tier.TIER1 : Tier.TIER2;
  const events: GenEvent[] = [];
  let status: string = StatusCategory.NEW;
  let t = created;
  const push = (kind: TicketEventKind, from: string | null, to: string | null, automatic = false) =>
    events.push({ seq: events.length + 1, at: new Date(t), kind, from, to, automatic });
  const move = (to: string) => {
    push(TicketEventKind.STATUS_CHANGED, status, to);
    status = to;
  };

  if (rng.next() < 0.05) {
    t += rng.int(1, 120) * 1000;
    push(TicketEventKind.AGENT_PUBLIC_REPLY, null, null, true);
  }
  t += rng.expMs(90 * MINUTE);
  push(TicketEventKind.AGENT_PUBLIC_REPLY, null, null);
  const roll = rng.next();
  if (roll < 0.03) {
    t += rng.expMs(DAY);
    move(StatusCategory.CANCELLED);
  } else {
    if (roll < 0.33) {
      t += rng.expMs(4 * HOUR);
      move(StatusCategory.WAITING_CUSTOMER);
      t += rng.expMs(DAY);
      move(StatusCategory.IN_PROGRESS);
    } else if (roll < 0.5 && initialTier === Tier.TIER1) {
      t += rng.expMs(6 * HOUR);
      push(TicketEventKind.TIER_CHANGED, Tier.TIER1, Tier.TIER2);
    }
    t += rng.expMs(RESOLVE_MEAN[priority]);
    move(rng.next() < 0.1 ? StatusCategory.CLOSED : StatusCategory.RESOLVED);
    if (rng.next() < 0.08) {
      t += rng.expMs(2 * DAY);
      move(StatusCategory.OPEN);
      t += rng.expMs(DAY);
      move(StatusCategory.RESOLVED);
    }
  }

  // Keep what happened by as-of, at most MAX_EVENTS (a prefix of a history is a history).
  const kept = events.filter((e) => e.at.getTime() <= asOf).slice(0, MAX_EVENTS);
  let current: string = StatusCategory.NEW;
  let currentTier: string = initialTier;
  let firstResponseAt: Date | null = null;
  let firstResolvedAt: Date | null = null;
  let lastResolvedAt: Date | null = null;
  let reopenCount = 0;
  let replies = 0;
  for (const e of kept) {
    if (e.kind === TicketEventKind.AGENT_PUBLIC_REPLY && !e.automatic) {
      replies++;
      firstResponseAt ??= e.at;
    } else if (e.kind === TicketEventKind.TIER_CHANGED) {
      currentTier = e.to!;
    } else if (e.kind === TicketEventKind.STATUS_CHANGED) {
      if (RESOLVED.has(e.to!) && !RESOLVED.has(current)) {
        firstResolvedAt ??= e.at;
        lastResolvedAt = e.at;
      }
      if (RESOLVED.has(current) && !RESOLVED.has(e.to!)) reopenCount++;
      current = e.to!;
    }
  }
  const createdAt = new Date(created);
  const lastAt = kept.length ? kept[kept.length - 1].at : createdAt;
  let csat: GenTicket['csat'] = null;
  if (firstResolvedAt && rng.next() < 0.11) {
    const receivedAt = firstResolvedAt.getTime() + rng.expMs(DAY);
    if (receivedAt <= asOf) csat = { score: rng.weighted([1, 2, 3, 4, 5], [0.05, 0.1, 0.2, 0.5, 1]), receivedAt: new Date(receivedAt) };
  }
  return {
    id: randomUUID(),
    client,
    externalId: `T-${serial}`,
    type: rng.weighted(TYPES, TYPE_CUMULATIVE),
    priority,
    status: current as StatusCategory,
    tier: currentTier as Tier,
    createdAt,
    firstResponseAt,
    firstResolvedAt,
    lastResolvedAt,
    sourceUpdatedAt: lastAt,
    reopenCount,
    agentReplyCount: rng.next() < 0.5 ? null : replies,
    mergedIntoId: mergeTarget !== null && rng.next() < 0.01 ? mergeTarget : null,
    events: kept,
    csat,
  };
}
