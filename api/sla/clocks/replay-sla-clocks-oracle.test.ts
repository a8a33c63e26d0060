import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { Priority } from '../../tickets/priority.js';
import { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import { compileCalendar, type BusinessCalendarSpec } from '../calendar/business-calendar.js';
import { prng } from './clock-test-kit.js';
import type { ClockPolicy } from './clock-policy.js';
import type { ClockStatus } from './clock-result.js';
import type { ClockEvent, ClockTicket } from './clock-ticket.js';
import { replaySlaClocks } from './replay-sla-clocks.js';

/**
 * Property test against a deliberately slow oracle: it walks every real minute from a clock's
 * start, asks "is this a working minute?" of a per-minute table built with luxon from the
 * calendar's spec (no calendar code shared), "is the clock paused?" of the status in force at
 * that minute, and finds the due instant as the end of the minute in which the running count
 * reaches the target (running on, unpaused, after the stop or as-of). Events, creation and
 * as-of fall on whole minutes, so every minute is wholly one thing.
 */
const MINUTE_MS = 60_000;
const { NEW, OPEN, IN_PROGRESS, WAITING_CUSTOMER, WAITING_THIRD_PARTY, RESOLVED, CLOSED, CANCELLED, UNMAPPED } = StatusCategory;
const ALL_STATUSES = [NEW, OPEN, IN_PROGRESS, WAITING_CUSTOMER, WAITING_THIRD_PARTY, RESOLVED, CLOSED, CANCELLED, UNMAPPED];
const ALL_PRIORITIES = [Priority.P1, Priority.P2, Priority.P3, Priority.P4, Priority.NONE];

const WINDOW_START = Date.parse('2025-03-01T00:00:00Z');
const WINDOW_MINUTES = 9 * 7 * 1440;

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** 1 for each working minute of the window, by the spec's rules applied literally. */
function workingMinutes(spec: BusinessCalendarSpec): Uint8Array {
  const working = new Uint8Array(WINDOW_MINUTES);
  for (let m = 0; m < WINDOW_MINUTES; m++) {
    const at = DateTime.fromMillis(WINDOW_START + m * MINUTE_MS, { zone: spec.timeZone });
    const date = at.toISODate()!;
    const exception = spec.exceptions.find((e) => e.date === date);
    const holiday = spec.holidays.some((h) => h.date === date || (h.yearly && h.date.slice(5) === date.slice(5)));
    const intervals = exception ? exception.intervals : holiday ? [] : spec.weeklyIntervals.filter((w) => w.weekday === at.weekday);
    const minute = at.hour * 60 + at.minute;
    working[m] = intervals.some((i) => minutesOf(i.start) <= minute && minute < minutesOf(i.end)) ? 1 : 0;
  }
  return working;
}

interface OracleClock {
  elapsed: number;
  paused: number;
  start: number;
  stop: number | null;
  target: number | null;
  due: number | null;
  status: ClockStatus;
}

function oracle(ticket: ClockTicket, policy: ClockPolicy | null, working: Uint8Array, asOf: number) {
  const created = ticket.createdAt.getTime();
  const horizon = Math.max(asOf, created);
  const ordered = [...ticket.events]
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq)
    .filter((e) => e.at.getTime() <= horizon)
    .map((e) => ({ ...e, t: Math.max(e.at.getTime(), created) }));
  const asClock = (s: string | null | undefined): StatusCategory => {
    const status = ALL_STATUSES.includes(s as StatusCategory) ? (s as StatusCategory) : UNMAPPED;
    return status === UNMAPPED ? OPEN : status;
  };
  const responded = (s: StatusCategory) => s === IN_PROGRESS || s === RESOLVED || s === CLOSED;
  const resolved = (s: StatusCategory) => s === RESOLVED || s === CLOSED;

  // The stops, event by event.
  let status = asClock(ticket.initialStatus);
  let response: number | null = responded(status) ? created : null;
  const cycles: { start: number; stop: number | null }[] = [{ start: created, stop: resolved(status) ? created : null }];
  for (const e of ordered) {
    if (e.kind === TicketEventKind.AGENT_PUBLIC_REPLY && !e.automatic && response === null) response = e.t;
    if (e.kind !== TicketEventKind.STATUS_CHANGED) continue;
    const next = asClock(e.to);
    if (response === null && responded(next)) response = e.t;
    const last = cycles[cycles.length - 1];
    if (!resolved(status) && resolved(next) && last.stop === null) last.stop = e.t;
    if (resolved(status) && !resolved(next) && next !== CANCELLED) cycles.push({ start: e.t, stop: null });
    status = next;
  }

  const statusAt = (t: number): StatusCategory => {
    let s = asClock(ticket.initialStatus);
    for (const e of ordered) if (e.t <= t && e.kind === TicketEventKind.STATUS_CHANGED) s = asClock(e.to);
    return s;
  };
  const priorityFor = (stop: number | null): Priority => {
    let p = ticket.initialPriority;
    for (const e of ordered) {
      if (e.kind === TicketEventKind.PRIORITY_CHANGED && (stop === null || e.t < stop)) {
        p = ALL_PRIORITIES.includes(e.to as Priority) ? (e.to as Priority) : Priority.NONE;
      }
    }
    return p;
  };
  const pausing = policy?.pausing ?? { firstResponse: [], resolution: [WAITING_CUSTOMER] };

  const measure = (which: 'firstResponse' | 'resolution', start: number, stop: number | null): OracleClock => {
    const end = stop ?? horizon;
    const p = priorityFor(stop);
    const row = policy && p !== Priority.NONE ? policy.targets.find((t) => t.priority === p) : undefined;
    const target = row ? (which === 'firstResponse' ? row.firstResponseMinutes : row.resolutionMinutes) : null;
    let elapsed = 0;
    let paused = 0;
    let count = 0;
    let due: number | null = null;
    for (let t = start; t < end || (target !== null && due === null); t += MINUTE_MS) {
      const index = (t - WINDOW_START) / MINUTE_MS;
      if (index >= WINDOW_MINUTES) throw new Error('the oracle ran out of its window');
      const isWorking = working[index] === 1;
      const isPaused = t < end && pausing[which].includes(statusAt(t));
      if (t < end && isWorking) {
        if (isPaused) paused++;
        else elapsed++;
      }
      if (isWorking && !isPaused) {
        count++;
        if (target !== null && due === null && count === target) due = t + MINUTE_MS;
      }
    }
    let result: ClockStatus;
    if (target === null) result = 'NO_TARGET';
    else if (stop !== null) result = stop <= due! ? 'MET' : 'BREACHED';
    else result = due! <= horizon ? 'BREACHED' : 'PENDING';
    return { elapsed, paused, start, stop, target, due: target === null ? null : due, status: result };
  };

  return {
    firstResponse: measure('firstResponse', created, response),
    resolutionCycles: cycles.map((c) => measure('resolution', c.start, c.stop)),
  };
}

function randomTicket(random: () => number): { ticket: ClockTicket; policy: ClockPolicy | null; asOf: number } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const minutes = (max: number) => Math.floor(random() * max) * MINUTE_MS;
  const created = WINDOW_START + minutes(14 * 1440);
  const initialStatus = random() < 0.7 ? pick([NEW, OPEN]) : pick(ALL_STATUSES);
  const initialPriority = pick(ALL_PRIORITIES);

  // Instants first (some before creation, some shared), then kinds in source order.
  const count = Math.floor(random() * 14);
  const instants: number[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    instants.push(i > 0 && roll < 0.2 ? pick(instants) : roll < 0.25 ? created - MINUTE_MS - minutes(60) : created + minutes(6 * 1440));
  }
  instants.sort((a, b) => a - b);
  let status: string = initialStatus;
  let priority: string = initialPriority;
  const events: ClockEvent[] = instants.map((t, seq) => {
    const at = new Date(t);
    const roll = random();
    if (roll < 0.45) {
      const to = random() < 0.03 ? 'Unknown status' : pick(ALL_STATUSES);
      const event = { at, seq, kind: TicketEventKind.STATUS_CHANGED, from: status, to };
      status = to;
      return event;
    }
    if (roll < 0.6) {
      const to = random() < 0.05 ? 'Urgent' : pick(ALL_PRIORITIES);
      const event = { at, seq, kind: TicketEventKind.PRIORITY_CHANGED, from: priority, to };
      priority = to;
      return event;
    }
    if (roll < 0.8) return { at, seq, kind: TicketEventKind.AGENT_PUBLIC_REPLY, automatic: random() < 0.4 };
    if (roll < 0.9) return { at, seq, kind: TicketEventKind.CUSTOMER_REPLY };
    return { at, seq, kind: pick([TicketEventKind.TIER_CHANGED, TicketEventKind.ASSIGNEE_CHANGED]), from: 'a', to: 'b' };
  });
  // The replay must sort them itself.
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [events[i], events[j]] = [events[j], events[i]];
  }

  const subset = () => ALL_STATUSES.filter(() => random() < 0.25);
  const policy: ClockPolicy | null =
    random() < 0.1
      ? null
      : {
          version: 1 + Math.floor(random() * 9),
          targets: ALL_PRIORITIES.filter((p) => p !== Priority.NONE && random() < 0.85).map((p) => ({
            priority: p,
            firstResponseMinutes: 1 + Math.floor(random() * 600),
            resolutionMinutes: 1 + Math.floor(random() * 2400),
          })),
          pausing: random() < 0.5 ? { firstResponse: [], resolution: [WAITING_CUSTOMER] } : { firstResponse: subset(), resolution: subset() },
        };
  const asOf = random() < 0.02 ? created - MINUTE_MS - minutes(120) : created + minutes(7 * 1440);
  return { ticket: { createdAt: new Date(created), initialStatus, initialPriority, events }, policy, asOf };
}

const CALENDARS: { name: string; spec: BusinessCalendarSpec }[] = [
  {
    name: '24x7 UTC',
    spec: { timeZone: 'UTC', weeklyIntervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })), holidays: [], exceptions: [] },
  },
  {
    name: 'Europe/Helsinki Mon-Fri 08:00-16:00 with a holiday, an exception and the spring-forward weekend',
    spec: {
      timeZone: 'Europe/Helsinki',
      weeklyIntervals: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '16:00' })),
      holidays: [{ date: '2025-03-14', yearly: false }],
      exceptions: [{ date: '2025-03-22', intervals: [{ start: '10:00', end: '12:00' }] }],
    },
  },
];

const TICKETS_PER_CALENDAR = 300;

describe('replaySlaClocks against a minute-by-minute oracle', () => {
  it.each(CALENDARS)('$name', ({ spec }) => {
    const calendar = compileCalendar(spec);
    const working = workingMinutes(spec);
    const random = prng(20_250_303);
    const seen = new Set<string>();
    for (let n = 0; n < TICKETS_PER_CALENDAR; n++) {
      const { ticket, policy, asOf } = randomTicket(random);
      const actual = replaySlaClocks(ticket, policy, calendar, new Date(asOf));
      const expected = oracle(ticket, policy, working, asOf);
      const label = `ticket ${n}: ${JSON.stringify({ ticket, policy, asOf: new Date(asOf) })}`;
      const pairs = [
        [actual.firstResponse, expected.firstResponse],
        ...actual.resolutionCycles.map((cycle, i) => [cycle, expected.resolutionCycles[i]] as const),
      ] as const;
      expect(actual.resolutionCycles.length, label).toBe(expected.resolutionCycles.length);
      for (const [a, e] of pairs) {
        expect(Math.abs(a.elapsedMinutes - e.elapsed), label).toBeLessThanOrEqual(1e-6);
        expect(Math.abs(a.pausedMinutes - e.paused), label).toBeLessThanOrEqual(1e-6);
        expect(a.status, label).toBe(e.status);
        expect(a.targetMinutes, label).toBe(e.target);
        expect(a.startedAt.getTime(), label).toBe(e.start);
        expect(a.stoppedAt?.getTime() ?? null, label).toBe(e.stop);
        expect(a.dueAt?.getTime() ?? null, label).toBe(e.due);
        seen.add(a.status);
        if (a.pausedMinutes > 0) seen.add('paused');
      }
      if (actual.resolutionCycles.length > 1) seen.add('reopened');
    }
    // The generator reaches every outcome.
    expect([...seen].sort()).toEqual(['BREACHED', 'MET', 'NO_TARGET', 'PENDING', 'paused', 'reopened']);
  });
});
