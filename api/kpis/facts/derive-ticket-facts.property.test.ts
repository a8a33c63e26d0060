import { describe, expect, it } from 'vitest';
import { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import { Tier } from '../../tickets/tier.js';
import { deriveTicketFacts } from './derive-ticket-facts.js';
import type { FactEvent, FactTicket } from './fact-ticket.js';
import { isOpenJustBefore } from './is-open-just-before.js';
import { prng } from '../../../test/support/seeded-random.js';


const CREATED = Date.UTC(2025, 2, 3, 9, 0);
const STEP = 30 * 60_000;
const STATUSES = [...Object.values(StatusCategory), 'Awaiting parts', null];
const TIERS = [...Object.values(Tier), 'Level 2', null];
const RESOLVED = new Set<string>([StatusCategory.RESOLVED, StatusCategory.CLOSED]);
const UP: Record<string, number> = { OTHER: 0, TIER1: 1, TIER2: 2, TIER3: 3 };

interface Generated {
  readonly ticket: FactTicket;
  readonly asOf: Date;
  /** Every event at its own instant after creation (no same-instant bursts, no clamping). */
  readonly distinctInstants: boolean;
}

function generate(random: () => number): Generated {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const distinctInstants = random() < 0.5;
  const count = int(0, 12);
  const slots = distinctInstants ? shuffle(Array.from({ length: 40 }, (_, i) => i + 1), random).slice(0, count) : [];
  const events: FactEvent[] = [];
  for (let i = 0; i < count; i++) {
    // Tie mode: few slots, some before creation, so bursts and clamping are common.
    const at = new Date(CREATED + (distinctInstants ? slots[i] : int(-2, 12)) * STEP + (distinctInstants ? 0 : pick([0, 0, 0, 1])));
    const seq = distinctInstants ? i : int(0, 5);
    const roll = random();
    if (roll < 0.5) events.push({ at, seq, kind: TicketEventKind.STATUS_CHANGED, from: pick(STATUSES), to: pick(STATUSES) });
    else if (roll < 0.75) events.push({ at, seq, kind: TicketEventKind.TIER_CHANGED, from: pick(TIERS), to: pick(TIERS) });
    else if (roll < 0.92) events.push({ at, seq, kind: TicketEventKind.AGENT_PUBLIC_REPLY, automatic: random() < 0.3 });
    else events.push({ at, seq, kind: TicketEventKind.CUSTOMER_REPLY });
  }
  return {
    ticket: {
      createdAt: new Date(CREATED),
      currentStatus: pick(Object.values(StatusCategory)),
      currentTier: pick(Object.values(Tier)),
      mergedIntoId: random() < 0.1 ? 'dup' : null,
      agentReplyCount: random() < 0.5 ? null : int(0, 3),
      events,
    },
    asOf: new Date(CREATED + int(-1, 45) * STEP + pick([0, 1])),
    distinctInstants,
  };
}

function shuffle<T>(values: T[], random: () => number): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}

// ---- brute force: the rules read literally, one event at a time, no shared code ----

const statusOf = (v: string | null | undefined): string => (v != null && (Object.values(StatusCategory) as string[]).includes(v) ? v : 'UNMAPPED');
const tierOf = (v: string | null | undefined): string => (v != null && (Object.values(Tier) as string[]).includes(v) ? v : 'OTHER');
const isOpen = (s: string) => !RESOLVED.has(s) && s !== 'CANCELLED';

/** Events in `(at, seq)` order with their effective instant, as of the horizon. */
function timeline({ ticket, asOf }: Generated): Array<{ at: number; event: FactEvent }> {
  const horizon = Math.max(asOf.getTime(), CREATED);
  return ticket.events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.event.seq - b.event.seq || a.index - b.index)
    .map(({ event }) => ({ at: Math.max(event.at.getTime(), CREATED), event }))
    .filter(({ at }) => at <= horizon);
}

function bruteInitialStatus({ ticket }: Generated): string {
  const sorted = [...ticket.events].sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
  const first = sorted.find((e) => e.kind === TicketEventKind.STATUS_CHANGED);
  return first ? statusOf(first.from) : ticket.currentStatus;
}

/** The status after every event at or before `instant` (undefined before creation). */
function bruteStatusAt(g: Generated, instant: number, events = timeline(g)): string | undefined {
  if (instant < CREATED) return undefined;
  let status = bruteInitialStatus(g);
  for (const { at, event } of events) {
    if (at <= instant && event.kind === TicketEventKind.STATUS_CHANGED) status = statusOf(event.to);
  }
  return status;
}

function bruteFirstResolution(g: Generated): number | null {
  let status = bruteInitialStatus(g);
  if (RESOLVED.has(status)) return CREATED;
  for (const { at, event } of timeline(g)) {
    if (event.kind !== TicketEventKind.STATUS_CHANGED) continue;
    const next = statusOf(event.to);
    if (!RESOLVED.has(status) && RESOLVED.has(next)) return at;
    status = next;
  }
  return null;
}

function probes(g: Generated): number[] {
  const instants = [CREATED, g.asOf.getTime(), Math.max(g.asOf.getTime(), CREATED) + 7 * STEP];
  for (const event of g.ticket.events) instants.push(event.at.getTime(), Math.max(event.at.getTime(), CREATED));
  return instants.flatMap((t) => [t - 1, t, t + 1, t + STEP / 2]);
}

describe('deriveTicketFacts: seeded random properties', () => {
  const SEED = 20251127;
  const CASES = 3000;

  it(`holds its invariants over ${CASES} random tickets (seed ${SEED})`, () => {
    const random = prng(SEED);
    for (let n = 0; n < CASES; n++) {
      const g = generate(random);
      const facts = deriveTicketFacts(g.ticket, g.asOf);
      const where = `case ${n}: ${JSON.stringify(g)}`;
      const horizon = Math.max(g.asOf.getTime(), CREATED);
      const ranges = facts.openRanges.map(([s, e]) => [s.getTime(), e === null ? null : e.getTime()] as const);

      // Open ranges: non-empty, ordered, disjoint with a gap between, within [created, as-of].
      ranges.forEach(([start, end], i) => {
        expect(start, where).toBeGreaterThanOrEqual(CREATED);
        expect(start, where).toBeLessThanOrEqual(horizon);
        if (end === null) expect(i, where).toBe(ranges.length - 1);
        else {
          expect(end, where).toBeGreaterThan(start);
          expect(end, where).toBeLessThanOrEqual(horizon);
        }
        if (i > 0) expect(start, where).toBeGreaterThan(ranges[i - 1][1]!);
      });

      // isOpenJustBefore(to) is the brute-force status replayed to to - 1 ms.
      const replay = timeline(g);
      for (const to of probes(g)) {
        const before = bruteStatusAt(g, to - 1, replay);
        expect(isOpenJustBefore(facts, new Date(to)), `${where} to=${new Date(to).toISOString()}`).toBe(before !== undefined && isOpen(before));
      }

      // First resolution: the literal rule.
      const firstResolvedAt = facts.firstResolvedAt?.getTime() ?? null;
      expect(firstResolvedAt, where).toBe(bruteFirstResolution(g));

      // Started open: the first open span starts at creation (unless left at that very instant);
      // without same-instant bursts its end is the first resolution when it ended in one.
      if (isOpen(facts.initialStatus) && g.distinctInstants) {
        expect(ranges.length, where).toBeGreaterThan(0);
        const [start, end] = ranges[0];
        expect(start, where).toBe(CREATED);
        if (end === null) expect(firstResolvedAt, where).toBeNull();
        else if (RESOLVED.has(bruteStatusAt(g, end)!)) expect(firstResolvedAt, where).toBe(end);
        else if (firstResolvedAt !== null) expect(firstResolvedAt, where).toBeGreaterThan(end);
      }
      if (isOpen(facts.initialStatus) && ranges.length > 0 && ranges[0][0] === CREATED && ranges[0][1] !== null && RESOLVED.has(bruteStatusAt(g, ranges[0][1])!)) {
        // With bursts a resolution can hide inside a span ended by a resolution, never come after it.
        expect(firstResolvedAt, where).not.toBeNull();
        expect(firstResolvedAt!, where).toBeLessThanOrEqual(ranges[0][1]);
      }

      // Reopens: only after a resolution, ordered; the first strictly after it is reported.
      const reopens = facts.reopenTimes.map((d) => d.getTime());
      if (reopens.length > 0) expect(firstResolvedAt, where).not.toBeNull();
      reopens.forEach((t, i) => {
        expect(t, where).toBeGreaterThanOrEqual(firstResolvedAt!);
        if (i > 0) expect(t, where).toBeGreaterThanOrEqual(reopens[i - 1]);
      });
      expect(facts.firstReopenAfterFirstResolution?.getTime() ?? null, where).toBe(reopens.find((t) => t > firstResolvedAt!) ?? null);

      // Tiers and FCR.
      expect(facts.startedInTier1, where).toBe(facts.initialTier === Tier.TIER1);
      if (facts.escalated) expect(facts.startedInTier1 && facts.everEscalatedUpOrder, where).toBe(true);
      if (!facts.leftTier1BeforeFirstResolution) expect(facts.startedInTier1, where).toBe(true);
      let tier = facts.initialTier as string;
      let movedUp = false;
      for (const { event } of timeline(g)) {
        if (event.kind !== TicketEventKind.TIER_CHANGED) continue;
        const next = tierOf(event.to);
        if (UP[next] > UP[tier]) movedUp = true;
        tier = next;
      }
      expect(facts.everEscalatedUpOrder, where).toBe(movedUp);
      const hasReplyEvents = g.ticket.events.some((e) => e.kind === TicketEventKind.AGENT_PUBLIC_REPLY);
      const counted = timeline(g).filter(({ event }) => event.kind === TicketEventKind.AGENT_PUBLIC_REPLY && !event.automatic).length;
      expect(facts.agentPublicReplies, where).toBe(hasReplyEvents ? counted : g.ticket.agentReplyCount);
      expect(facts.fcr === null, where).toBe(facts.agentPublicReplies === null);
      if (facts.fcr !== null) {
        expect(facts.fcr, where).toBe(firstResolvedAt !== null && facts.agentPublicReplies! <= 1 && reopens.length === 0 && !movedUp);
      }
      expect(facts.excluded, where).toBe(g.ticket.currentStatus === StatusCategory.CANCELLED || g.ticket.mergedIntoId !== null);

      // Whole-life facts only settle: a later as-of keeps what an earlier one saw.
      const later = deriveTicketFacts(g.ticket, new Date(horizon + 20 * STEP));
      if (firstResolvedAt !== null) expect(later.firstResolvedAt?.getTime(), where).toBe(firstResolvedAt);
      if (facts.escalated) expect(later.escalated, where).toBe(true);
      if (facts.everEscalatedUpOrder) expect(later.everEscalatedUpOrder, where).toBe(true);
      expect(later.reopenTimes.slice(0, reopens.length).map((d) => d.getTime()), where).toEqual(reopens);
    }
  });
});
