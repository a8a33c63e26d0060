import { describe, expect, it } from 'vitest';
import { StatusCategory } from '../../tickets/status-category.js';
import { Tier } from '../../tickets/tier.js';
import { deriveTicketFacts } from './derive-ticket-facts.js';
import type { FactTicket } from './fact-ticket.js';
import { at, CREATED_MS, customerReply, reply, status, ticket, tier } from './facts-test-support.js';
import type { TicketFacts } from './ticket-facts.js';

const DAY = 24 * 60;
const AS_OF = at(90 * DAY);

/** The facts with every instant as minutes after creation, for readable expectations. */
function inMinutes(facts: TicketFacts) {
  const minutes = (date: Date) => (date.getTime() - CREATED_MS) / 60_000;
  const maybe = (date: Date | null) => (date === null ? null : minutes(date));
  return {
    ...facts,
    firstResolvedAt: maybe(facts.firstResolvedAt),
    reopenTimes: facts.reopenTimes.map(minutes),
    firstReopenAfterFirstResolution: maybe(facts.firstReopenAfterFirstResolution),
    openRanges: facts.openRanges.map(([start, end]) => [minutes(start), maybe(end)]),
  };
}

interface Case {
  readonly name: string;
  readonly ticket: FactTicket;
  readonly asOf?: Date;
  readonly expected: Partial<ReturnType<typeof inMinutes>>;
}

function check({ ticket: input, asOf, expected }: Case): void {
  expect(inMinutes(deriveTicketFacts(input, asOf ?? AS_OF))).toMatchObject(expected);
}

describe('deriveTicketFacts: resolutions and reopens (rule 7)', () => {
  const cases: Case[] = [
    {
      name: 'RESOLVED -> CLOSED is not a new resolution',
      ticket: ticket({ currentStatus: StatusCategory.CLOSED, events: [status(60, 'NEW', 'RESOLVED'), status(120, 'RESOLVED', 'CLOSED')] }),
      expected: { initialStatus: StatusCategory.NEW, firstResolvedAt: 60, reopenTimes: [], firstReopenAfterFirstResolution: null, openRanges: [[0, 60]] },
    },
    {
      name: 'a reopen (RESOLVED -> OPEN) is kept, and the re-resolution is not the first resolution',
      ticket: ticket({
        currentStatus: StatusCategory.RESOLVED,
        events: [status(60, 'NEW', 'RESOLVED'), status(120, 'RESOLVED', 'OPEN'), status(180, 'OPEN', 'RESOLVED'), status(240, 'RESOLVED', 'IN_PROGRESS'), status(300, 'IN_PROGRESS', 'CLOSED')],
      }),
      expected: { firstResolvedAt: 60, reopenTimes: [120, 240], firstReopenAfterFirstResolution: 120, openRanges: [[0, 60], [120, 180], [240, 300]] },
    },
    {
      name: 'un-cancelling is not a reopen (RESOLVED -> CANCELLED -> OPEN)',
      ticket: ticket({ events: [status(60, 'NEW', 'RESOLVED'), status(120, 'RESOLVED', 'CANCELLED'), status(180, 'CANCELLED', 'OPEN')] }),
      expected: { firstResolvedAt: 60, reopenTimes: [], firstReopenAfterFirstResolution: null, excluded: false, openRanges: [[0, 60], [180, null]] },
    },
    {
      name: 'CANCELLED -> RESOLVED is a resolution (entering RESOLVED from another category)',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [status(30, 'NEW', 'CANCELLED'), status(60, 'CANCELLED', 'RESOLVED')] }),
      expected: { firstResolvedAt: 60, reopenTimes: [], openRanges: [[0, 30]] },
    },
    {
      name: 'created RESOLVED (no status change): resolved at creation, never open',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED }),
      expected: { initialStatus: StatusCategory.RESOLVED, firstResolvedAt: 0, reopenTimes: [], openRanges: [] },
    },
    {
      name: 'created CLOSED (first change from CLOSED) then reopened: resolved at creation, reopen kept',
      ticket: ticket({ currentStatus: StatusCategory.OPEN, events: [status(60, 'CLOSED', 'OPEN')] }),
      expected: { initialStatus: StatusCategory.CLOSED, firstResolvedAt: 0, reopenTimes: [60], firstReopenAfterFirstResolution: 60, openRanges: [[60, null]] },
    },
    {
      name: 'a reopen at the very instant of the first resolution is a reopen but not one "strictly after" it',
      ticket: ticket({ agentReplyCount: 0, events: [status(60, 'NEW', 'RESOLVED', 1), status(60, 'RESOLVED', 'OPEN', 2)] }),
      expected: { firstResolvedAt: 60, reopenTimes: [60], firstReopenAfterFirstResolution: null, fcr: false, openRanges: [[0, null]] },
    },
    {
      name: 'the reopen after a same-instant one is the first strictly after the resolution',
      ticket: ticket({ events: [status(60, 'NEW', 'RESOLVED', 1), status(60, 'RESOLVED', 'OPEN', 2), status(90, 'OPEN', 'CLOSED'), status(120, 'CLOSED', 'OPEN')] }),
      expected: { firstResolvedAt: 60, reopenTimes: [60, 120], firstReopenAfterFirstResolution: 120, openRanges: [[0, 90], [120, null]] },
    },
    {
      name: 'a status change to the status the ticket already has is no change',
      ticket: ticket({ currentStatus: StatusCategory.CLOSED, events: [status(60, 'NEW', 'CLOSED'), status(90, 'CLOSED', 'CLOSED'), status(120, 'OPEN', 'CLOSED')] }),
      expected: { firstResolvedAt: 60, reopenTimes: [], openRanges: [[0, 60]] },
    },
  ];
  for (const testCase of cases) it(testCase.name, () => check(testCase));
});

describe('deriveTicketFacts: escalation and first level resolution (rule 9)', () => {
  const resolvedAt90 = status(90, 'NEW', 'RESOLVED');
  const cases: Case[] = [
    {
      name: 'escalated even if brought back to TIER1',
      ticket: ticket({ events: [tier(30, 'TIER1', 'TIER2'), tier(60, 'TIER2', 'TIER1'), resolvedAt90] }),
      expected: { initialTier: Tier.TIER1, startedInTier1: true, escalated: true, everEscalatedUpOrder: true, leftTier1BeforeFirstResolution: true },
    },
    {
      name: 'an escalation long after the period still counts: facts are whole-life up to as-of',
      ticket: ticket({ currentTier: Tier.TIER3, events: [resolvedAt90, tier(40 * DAY, 'TIER1', 'TIER3')] }),
      expected: { startedInTier1: true, escalated: true, everEscalatedUpOrder: true, leftTier1BeforeFirstResolution: false },
    },
    {
      name: 'an escalation after as-of has not happened (but the tier at creation still comes from it)',
      ticket: ticket({ currentTier: Tier.TIER3, events: [tier(40 * DAY, 'TIER1', 'TIER3')] }),
      asOf: at(30 * DAY),
      expected: { initialTier: Tier.TIER1, startedInTier1: true, escalated: false, everEscalatedUpOrder: false },
    },
    {
      name: 'started in TIER2: not in escalation_rate; moving to TIER3 is still an up move',
      ticket: ticket({ currentTier: Tier.TIER3, events: [tier(30, 'TIER2', 'TIER3')] }),
      expected: { initialTier: Tier.TIER2, startedInTier1: false, escalated: false, everEscalatedUpOrder: true, leftTier1BeforeFirstResolution: true },
    },
    {
      name: 'OTHER -> TIER1 is an up move (FCR) but not an escalation (did not start in TIER1)',
      ticket: ticket({ events: [tier(30, 'OTHER', 'TIER1')] }),
      expected: { initialTier: Tier.OTHER, startedInTier1: false, escalated: false, everEscalatedUpOrder: true },
    },
    {
      name: 'TIER1 -> OTHER before resolution left TIER1 but is no up move',
      ticket: ticket({ currentTier: Tier.OTHER, events: [tier(30, 'TIER1', 'OTHER'), resolvedAt90] }),
      expected: { startedInTier1: true, escalated: false, everEscalatedUpOrder: false, leftTier1BeforeFirstResolution: true },
    },
    {
      name: 'FLR: leaving TIER1 after the first resolution does not count',
      ticket: ticket({ currentTier: Tier.TIER2, events: [resolvedAt90, tier(120, 'TIER1', 'TIER2')] }),
      expected: { leftTier1BeforeFirstResolution: false, escalated: true },
    },
    {
      name: 'FLR: a tier move at the resolution instant, ahead of it in seq order, counts',
      ticket: ticket({ events: [tier(90, 'TIER1', 'TIER2', 1), status(90, 'NEW', 'RESOLVED', 2)] }),
      expected: { firstResolvedAt: 90, leftTier1BeforeFirstResolution: true },
    },
    {
      name: 'FLR: a tier move at the resolution instant, after it in seq order, does not count',
      ticket: ticket({ events: [tier(90, 'TIER1', 'OTHER', 2), status(90, 'NEW', 'RESOLVED', 1)] }),
      expected: { firstResolvedAt: 90, leftTier1BeforeFirstResolution: false },
    },
    {
      name: 'FLR: created resolved, then moved at the creation instant: nothing comes before creation',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [tier(0, 'TIER1', 'TIER2')] }),
      expected: { firstResolvedAt: 0, leftTier1BeforeFirstResolution: false, escalated: true },
    },
    {
      name: 'FLR: not resolved yet: judged over the life so far',
      ticket: ticket({ events: [tier(30, 'TIER1', 'TIER2')] }),
      expected: { firstResolvedAt: null, leftTier1BeforeFirstResolution: true },
    },
    {
      name: 'an unknown or missing tier value is OTHER (so the ticket does not start in TIER1)',
      ticket: ticket({ events: [tier(30, null, 'TIER1'), tier(60, 'TIER1', 'Level 2')] }),
      expected: { initialTier: Tier.OTHER, startedInTier1: false, everEscalatedUpOrder: true, escalated: false },
    },
  ];
  for (const testCase of cases) it(testCase.name, () => check(testCase));
});

describe('deriveTicketFacts: agent replies and first contact resolution (rule 9)', () => {
  const resolved = status(120, 'NEW', 'RESOLVED');
  const cases: Case[] = [
    {
      name: 'FCR with 0 replies (source count 0)',
      ticket: ticket({ agentReplyCount: 0, events: [resolved] }),
      expected: { agentPublicReplies: 0, fcr: true },
    },
    {
      name: 'FCR with 1 reply',
      ticket: ticket({ events: [reply(30), resolved] }),
      expected: { agentPublicReplies: 1, fcr: true },
    },
    {
      name: 'not FCR with 2 replies',
      ticket: ticket({ events: [reply(30), reply(60), resolved] }),
      expected: { agentPublicReplies: 2, fcr: false },
    },
    {
      name: 'automatic replies are ignored, and the events beat the source count (which includes them)',
      ticket: ticket({ agentReplyCount: 2, events: [reply(1, true), reply(30), resolved] }),
      expected: { agentPublicReplies: 1, fcr: true },
    },
    {
      name: 'only automatic replies: replies known, zero',
      ticket: ticket({ events: [reply(1, true), resolved] }),
      expected: { agentPublicReplies: 0, fcr: true },
    },
    {
      name: 'unknown replies (no reply events, no source count): FCR null',
      ticket: ticket({ events: [customerReply(10), resolved] }),
      expected: { agentPublicReplies: null, fcr: null },
    },
    {
      name: 'no reply events: the source count is used',
      ticket: ticket({ agentReplyCount: 3, events: [resolved] }),
      expected: { agentPublicReplies: 3, fcr: false },
    },
    {
      name: 'replies after the first resolution count (whole life)',
      ticket: ticket({ events: [reply(30), resolved, reply(200)] }),
      expected: { agentPublicReplies: 2, fcr: false },
    },
    {
      name: 'reply events only after as-of: replies known, none yet',
      ticket: ticket({ events: [resolved, reply(2 * DAY)] }),
      asOf: at(DAY),
      expected: { agentPublicReplies: 0, fcr: true },
    },
    {
      name: 'not FCR when reopened (even if re-resolved)',
      ticket: ticket({ events: [reply(30), resolved, status(200, 'RESOLVED', 'OPEN'), status(300, 'OPEN', 'CLOSED')] }),
      expected: { fcr: false },
    },
    {
      name: 'not FCR when escalated, even after the resolution',
      ticket: ticket({ events: [reply(30), resolved, tier(200, 'TIER1', 'TIER2')] }),
      expected: { fcr: false },
    },
    {
      name: 'not FCR while unresolved (replies known)',
      ticket: ticket({ events: [reply(30)] }),
      expected: { firstResolvedAt: null, fcr: false },
    },
  ];
  for (const testCase of cases) it(testCase.name, () => check(testCase));
});

describe('deriveTicketFacts: exclusion (rule 8)', () => {
  const cases: Case[] = [
    {
      name: 'merged duplicates are excluded',
      ticket: ticket({ mergedIntoId: 'a0b1', currentStatus: StatusCategory.CLOSED, events: [status(60, 'NEW', 'CLOSED')] }),
      expected: { excluded: true, firstResolvedAt: 60 },
    },
    {
      name: 'currently cancelled tickets are excluded, even if resolved before',
      ticket: ticket({ currentStatus: StatusCategory.CANCELLED, events: [status(60, 'NEW', 'RESOLVED'), status(120, 'RESOLVED', 'CANCELLED')] }),
      expected: { excluded: true, firstResolvedAt: 60, openRanges: [[0, 60]] },
    },
    {
      name: 'exclusion reads the current status, not the replay as of as-of',
      ticket: ticket({ currentStatus: StatusCategory.CANCELLED, events: [status(2 * DAY, 'NEW', 'CANCELLED')] }),
      asOf: at(DAY),
      expected: { excluded: true, openRanges: [[0, null]] },
    },
    {
      name: 'a ticket cancelled once but open now is not excluded',
      ticket: ticket({ events: [status(60, 'NEW', 'CANCELLED'), status(120, 'CANCELLED', 'OPEN')] }),
      expected: { excluded: false, openRanges: [[0, 60], [120, null]] },
    },
  ];
  for (const testCase of cases) it(testCase.name, () => check(testCase));
});

describe('deriveTicketFacts: replay order and horizon (rules 3 and 6)', () => {
  const cases: Case[] = [
    {
      name: 'UNMAPPED counts as open, and an unknown status value is UNMAPPED',
      ticket: ticket({ currentStatus: StatusCategory.UNMAPPED, events: [status(30, 'UNMAPPED', 'Awaiting parts'), status(60, 'UNMAPPED', 'RESOLVED'), status(90, 'RESOLVED', 'UNMAPPED')] }),
      expected: { initialStatus: StatusCategory.UNMAPPED, firstResolvedAt: 60, reopenTimes: [90], openRanges: [[0, 60], [90, null]] },
    },
    {
      name: 'same-instant events apply in seq order, not list order (RESOLVED last: closed)',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [status(60, 'WAITING_CUSTOMER', 'RESOLVED', 2), status(60, 'NEW', 'WAITING_CUSTOMER', 1)] }),
      expected: { initialStatus: StatusCategory.NEW, firstResolvedAt: 60, openRanges: [[0, 60]] },
    },
    {
      name: 'same-instant events apply in seq order, not list order (WAITING last: still open, resolved in passing)',
      ticket: ticket({ currentStatus: StatusCategory.WAITING_CUSTOMER, events: [status(60, 'NEW', 'RESOLVED', 1), status(60, 'RESOLVED', 'WAITING_CUSTOMER', 2)].reverse() }),
      expected: { firstResolvedAt: 60, reopenTimes: [60], openRanges: [[0, null]] },
    },
    {
      name: 'events are replayed by instant first, seq second',
      ticket: ticket({ events: [status(120, 'IN_PROGRESS', 'OPEN', 1), status(60, 'NEW', 'RESOLVED', 5), status(90, 'RESOLVED', 'IN_PROGRESS', 3)] }),
      expected: { initialStatus: StatusCategory.NEW, firstResolvedAt: 60, reopenTimes: [90], openRanges: [[0, 60], [90, null]] },
    },
    {
      name: 'events after as-of are ignored (resolved later: unresolved and open as of as-of)',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [reply(30), status(2 * DAY, 'NEW', 'RESOLVED'), reply(2 * DAY + 5)] }),
      asOf: at(DAY),
      expected: { initialStatus: StatusCategory.NEW, firstResolvedAt: null, agentPublicReplies: 1, fcr: false, openRanges: [[0, null]] },
    },
    {
      name: 'an event exactly at as-of has happened',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [status(DAY, 'NEW', 'RESOLVED')] }),
      asOf: at(DAY),
      expected: { firstResolvedAt: DAY, openRanges: [[0, DAY]] },
    },
    {
      name: 'events stamped before creation happen at creation, in their order',
      ticket: ticket({ currentStatus: StatusCategory.OPEN, events: [status(-10, 'NEW', 'RESOLVED'), status(-5, 'RESOLVED', 'OPEN'), tier(-1, 'TIER1', 'TIER2')] }),
      expected: { initialStatus: StatusCategory.NEW, firstResolvedAt: 0, reopenTimes: [0], firstReopenAfterFirstResolution: null, escalated: true, openRanges: [[0, null]] },
    },
    {
      name: 'created open and resolved at the creation instant: no empty open span',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [status(0, 'NEW', 'RESOLVED')] }),
      expected: { initialStatus: StatusCategory.NEW, firstResolvedAt: 0, openRanges: [] },
    },
    {
      name: 'closed and reopened at one instant: one open span, not two touching ones',
      ticket: ticket({ events: [status(60, 'NEW', 'CANCELLED', 1), status(60, 'CANCELLED', 'OPEN', 2), status(120, 'OPEN', 'CLOSED')] }),
      expected: { openRanges: [[0, 120]] },
    },
    {
      name: 'an as-of before creation is the creation instant',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [status(0, 'NEW', 'RESOLVED'), status(60, 'RESOLVED', 'OPEN')] }),
      asOf: at(-60),
      expected: { firstResolvedAt: 0, reopenTimes: [], openRanges: [] },
    },
    {
      name: 'a missing first "from" gives UNMAPPED at creation (open), not the current status',
      ticket: ticket({ currentStatus: StatusCategory.RESOLVED, events: [status(60, null, 'RESOLVED')] }),
      expected: { initialStatus: StatusCategory.UNMAPPED, firstResolvedAt: 60, openRanges: [[0, 60]] },
    },
  ];
  for (const testCase of cases) it(testCase.name, () => check(testCase));
});

describe('deriveTicketFacts: output and validation', () => {
  it('returns fresh Dates (mutating the input afterwards changes nothing)', () => {
    const input = ticket({ events: [status(60, 'NEW', 'RESOLVED')] });
    const facts = deriveTicketFacts(input, AS_OF);
    input.events[0].at.setTime(0);
    expect(facts.firstResolvedAt).toEqual(at(60));
    expect(facts.openRanges[0][0]).not.toBe(input.createdAt);
  });

  it('is deterministic and does not mutate its input', () => {
    const input = ticket({ events: [status(60, 'NEW', 'RESOLVED', 2), tier(60, 'TIER1', 'TIER2', 1)] });
    const before = structuredClone(input);
    expect(deriveTicketFacts(input, AS_OF)).toEqual(deriveTicketFacts(input, AS_OF));
    expect(input).toEqual(before);
  });

  it.each([
    ['createdAt', { ...ticket(), createdAt: new Date('nope') }, AS_OF, /createdAt must be a valid Date/],
    ['asOf', ticket(), new Date('nope'), /asOf must be a valid Date/],
    ['event at', ticket({ events: [{ ...status(1, 'NEW', 'OPEN'), at: new Date('nope') }] }), AS_OF, /events\[0\]\.at must be a valid Date/],
    ['event seq', ticket({ events: [status(1, 'NEW', 'OPEN', Number.NaN)] }), AS_OF, /events\[0\]\.seq must be a finite number/],
    ['negative agentReplyCount', ticket({ agentReplyCount: -1 }), AS_OF, /agentReplyCount must be null or a non-negative integer/],
    ['fractional agentReplyCount', ticket({ agentReplyCount: 1.5 }), AS_OF, /agentReplyCount/],
  ] as const)('throws a RangeError for an invalid %s', (_name, input, asOf, message) => {
    expect(() => deriveTicketFacts(input, asOf)).toThrow(RangeError);
    expect(() => deriveTicketFacts(input, asOf)).toThrow(message);
  });
});
