/**
 * fast-check arbitraries for KPI property tests: a random `OracleData`, a `KpiRequest` over some
 * of its clients and an as-of instant. Ids come from `fc.uuid()` so runs replay from their seed.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { DateExceptionSpec } from '../../api/sla/calendar/business-calendar.js';
import { KpiKey } from '../../api/kpi-definitions/kpi-key.js';
import type { Breakdown, Granularity, KpiRequest } from '../../api/kpis/engine/kpi-request.js';
import { Priority } from '../../api/tickets/priority.js';
import { StatusCategory } from '../../api/tickets/status-category.js';
import { TicketEventKind } from '../../api/tickets/ticket-event-kind.js';
import { TicketType } from '../../api/tickets/ticket-type.js';
import { Tier } from '../../api/tickets/tier.js';
import type {
  OracleCalendarVersion,
  OracleClient,
  OracleCsat,
  OracleData,
  OracleEvent,
  OraclePolicyVersion,
  OracleTicket,
} from './kpi-oracle.js';

export interface KpiScenario {
  data: OracleData;
  request: KpiRequest;
  asOf: Date;
}

export const SCENARIO_ZONES = ['Europe/Helsinki', 'America/New_York', 'Australia/Sydney', 'UTC'] as const;

/** The generated data spans 2024-10-01 .. 2025-12-01 (about 14 months). */
const RANGE_START = Date.parse('2024-10-01T00:00:00Z');
const RANGE_END = Date.parse('2025-12-01T00:00:00Z');

/** Local dates worth hitting: period edges, DST weekends (EU, US, AU), a holiday. */
const EDGE_DATES = [
  '2024-10-06', '2024-10-27', '2024-11-03', '2025-01-01', '2025-01-06', '2025-02-01', '2025-03-09', '2025-03-10',
  '2025-03-30', '2025-03-31', '2025-04-01', '2025-04-06', '2025-05-01', '2025-06-30', '2025-07-01', '2025-10-01',
  '2025-10-05', '2025-10-26', '2025-11-02', '2025-11-03',
];

const EFFECTIVE_DATES = ['2024-09-01', '2024-12-15', '2025-03-30', '2025-06-01', '2025-10-26'];

const zoneArb = fc.constantFrom(...SCENARIO_ZONES);

// --- calendars and policies ------------------------------------------------------------------

const weeklyArb = fc.constantFrom(
  // 24x7
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  // office hours
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '17:00' })),
  // split shift, plus a night shift crossing a DST hour on Sundays
  [
    ...[1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, start: '08:00', end: '12:00' },
      { weekday, start: '13:00', end: '17:30' },
    ]),
    { weekday: 7, start: '00:00', end: '04:00' },
  ],
);

const calendarVersionArb = (calendarId: string, version: number, effectiveFrom: string): fc.Arbitrary<OracleCalendarVersion> =>
  fc.record({
    id: fc.uuid(),
    timeZone: zoneArb,
    weeklyIntervals: weeklyArb,
    holidays: fc.subarray([
      { date: '2025-01-01', name: 'New Year', yearly: true },
      { date: '2025-05-01', name: 'May Day', yearly: false },
      { date: '2025-03-10', name: 'Monday off', yearly: false },
    ]),
    exceptions: fc.constantFrom<DateExceptionSpec[][]>(
      [],
      [{ date: '2025-03-31', intervals: [{ start: '10:00', end: '12:00' }] }],
      [{ date: '2025-01-01', intervals: [] }],
    ),
  }).map((v) => ({ ...v, holidays: [...v.holidays], calendarId, version, effectiveFrom }));

const calendarArb: fc.Arbitrary<OracleCalendarVersion[]> = fc
  .tuple(fc.uuid(), fc.subarray(EFFECTIVE_DATES, { minLength: 1, maxLength: 2 }))
  .chain(([calendarId, dates]) =>
    fc.tuple(...[...dates].sort().map((date, i) => calendarVersionArb(calendarId, i + 1, date))),
  );

const targetsArb = fc
  .subarray([Priority.P1, Priority.P2, Priority.P3, Priority.P4])
  .chain((priorities) =>
    fc.tuple(
      ...priorities.map((priority) =>
        fc.record({
          priority: fc.constant(priority),
          firstResponseMinutes: fc.constantFrom(0, 15, 60, 240, 480),
          resolutionMinutes: fc.constantFrom(60, 480, 960, 2400, 7200),
        }),
      ),
    ),
  );

const pausingArb = fc.record({
  firstResponse: fc.constantFrom([], [StatusCategory.WAITING_CUSTOMER]),
  resolution: fc.constantFrom(
    [StatusCategory.WAITING_CUSTOMER],
    [StatusCategory.WAITING_CUSTOMER, StatusCategory.WAITING_THIRD_PARTY],
    [],
  ),
});

/** 0-2 versions of one policy, each with or without a calendar of its own. */
const policyArb: fc.Arbitrary<{ versions: OraclePolicyVersion[]; calendars: OracleCalendarVersion[] }> = fc
  .tuple(fc.uuid(), fc.subarray(EFFECTIVE_DATES, { maxLength: 2 }))
  .chain(([policyId, dates]) =>
    fc.tuple(
      ...[...dates].sort().map((effectiveFrom, i) =>
        fc.record({ id: fc.uuid(), targets: targetsArb, pausingStatuses: pausingArb, calendar: fc.option(calendarArb) }).map((v) => ({
          version: {
            id: v.id, policyId, version: i + 1, effectiveFrom, targets: v.targets, pausingStatuses: v.pausingStatuses,
            businessCalendarId: v.calendar ? v.calendar[0].calendarId : null,
          },
          calendars: v.calendar ?? [],
        })),
      ),
    ),
  )
  .map((versions) => ({ versions: versions.map((v) => v.version), calendars: versions.flatMap((v) => v.calendars) }));

// --- tickets and events ----------------------------------------------------------------------

const statusArb = fc.constantFrom(
  StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.IN_PROGRESS, StatusCategory.WAITING_CUSTOMER,
  StatusCategory.WAITING_THIRD_PARTY, StatusCategory.RESOLVED, StatusCategory.RESOLVED, StatusCategory.CLOSED,
  StatusCategory.OPEN, StatusCategory.IN_PROGRESS, StatusCategory.RESOLVED, StatusCategory.CANCELLED, StatusCategory.UNMAPPED,
);
const initialStatusArb = fc.constantFrom<StatusCategory>(
  StatusCategory.NEW, StatusCategory.NEW, StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.IN_PROGRESS,
  StatusCategory.RESOLVED, StatusCategory.UNMAPPED,
);
const tierArb = fc.constantFrom(Tier.TIER1, Tier.TIER1, Tier.TIER1, Tier.TIER2, Tier.TIER3, Tier.OTHER);
const priorityArb = fc.constantFrom(Priority.P1, Priority.P2, Priority.P3, Priority.P4, Priority.NONE);

type Move =
  | { kind: 'STATUS'; to: StatusCategory }
  | { kind: 'TIER'; to: Tier }
  | { kind: 'PRIORITY'; to: Priority }
  | { kind: 'REPLY'; automatic: boolean }
  | { kind: 'CUSTOMER_REPLY' | 'ASSIGNEE' };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 5, arbitrary: statusArb.map((to) => ({ kind: 'STATUS' as const, to })) },
  { weight: 2, arbitrary: tierArb.map((to) => ({ kind: 'TIER' as const, to })) },
  { weight: 1, arbitrary: priorityArb.map((to) => ({ kind: 'PRIORITY' as const, to })) },
  { weight: 2, arbitrary: fc.boolean().map((automatic) => ({ kind: 'REPLY' as const, automatic })) },
  { weight: 1, arbitrary: fc.constantFrom('CUSTOMER_REPLY' as const, 'ASSIGNEE' as const).map((kind) => ({ kind })) },
);

/** Minutes after the previous event: 0 gives same-instant bursts; the first may be before creation. */
const gapArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 240 }) },
  { weight: 2, arbitrary: fc.integer({ min: 240, max: 7 * 1440 }) },
  { weight: 1, arbitrary: fc.integer({ min: 7 * 1440, max: 40 * 1440 }) },
);

/** A creation instant: uniform over the range, or near local midnight of an edge date in the zone. */
const createdAtArb = (zone: string): fc.Arbitrary<Date> =>
  fc.oneof(
    fc.integer({ min: RANGE_START, max: RANGE_END - 1 }).map((ms) => new Date(Math.floor(ms / 60_000) * 60_000)),
    fc
      .tuple(fc.constantFrom(...EDGE_DATES), fc.constantFrom(-60_000, -1, 0, 0, 1, 60_000, 2.5 * 3_600_000, 9 * 3_600_000))
      .map(([date, offset]) => new Date(DateTime.fromISO(date, { zone }).toMillis() + offset)),
  );

interface GeneratedTicket {
  ticket: OracleTicket;
  events: OracleEvent[];
  csat: OracleCsat[];
}

const ticketArb = (clientId: string, zone: string): fc.Arbitrary<GeneratedTicket> =>
  fc
    .record({
      id: fc.uuid(),
      sourceSystem: fc.constantFrom('connectwise', 'autotask', 'jsm'),
      type: fc.constantFrom(...Object.values(TicketType)),
      createdAt: createdAtArb(zone),
      status: initialStatusArb,
      tier: tierArb,
      priority: priorityArb,
      moves: fc.array(fc.tuple(gapArb, moveArb), { maxLength: 8 }),
      firstEventEarly: fc.boolean(),
      shuffle: fc.boolean(),
      merged: fc.oneof({ weight: 10, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.uuid() }),
      agentReplyCount: fc.option(fc.integer({ min: 0, max: 3 })),
      csat: fc.array(
        fc.record({
          scale: fc.constantFrom<[number, number]>([1, 5], [0, 10]),
          fraction: fc.integer({ min: 0, max: 10 }),
          afterMinutes: fc.integer({ min: 0, max: 45 * 1440 }),
        }),
        { maxLength: 2 },
      ),
    })
    .map((g) => {
      // Values at creation, then each move from the tracked current value (consistent `from`s).
      let status = g.status;
      let tier = g.tier;
      let priority = g.priority;
      let at = g.createdAt.getTime() + (g.firstEventEarly ? -30 * 60_000 : 0);
      const events: OracleEvent[] = g.moves.map(([gap, move], i) => {
        at += gap * 60_000;
        const base = { ticketId: g.id, seq: i + 1, occurredAt: new Date(at), automatic: false };
        switch (move.kind) {
          case 'STATUS': {
            const e = { ...base, kind: TicketEventKind.STATUS_CHANGED, fromValue: status, toValue: move.to };
            status = move.to;
            return e;
          }
          case 'TIER': {
            const e = { ...base, kind: TicketEventKind.TIER_CHANGED, fromValue: tier, toValue: move.to };
            tier = move.to;
            return e;
          }
          case 'PRIORITY': {
            const e = { ...base, kind: TicketEventKind.PRIORITY_CHANGED, fromValue: priority, toValue: move.to };
            priority = move.to;
            return e;
          }
          case 'REPLY':
            return { ...base, kind: TicketEventKind.AGENT_PUBLIC_REPLY, fromValue: null, toValue: null, automatic: move.automatic };
          case 'CUSTOMER_REPLY':
            return { ...base, kind: TicketEventKind.CUSTOMER_REPLY, fromValue: null, toValue: null };
          case 'ASSIGNEE':
            return { ...base, kind: TicketEventKind.ASSIGNEE_CHANGED, fromValue: 'alice', toValue: 'bob' };
        }
      });
      if (g.shuffle) events.reverse(); // storage order must not matter
      const ticket: OracleTicket = {
        id: g.id, clientId, sourceSystem: g.sourceSystem, type: g.type, priority, status, tier,
        createdAt: g.createdAt, mergedIntoId: g.merged, agentReplyCount: g.agentReplyCount,
      };
      const csat: OracleCsat[] = g.csat.map((r) => {
        const [scaleMin, scaleMax] = r.scale;
        return {
          ticketId: g.id, scaleMin, scaleMax,
          score: scaleMin + Math.round(((scaleMax - scaleMin) * r.fraction) / 10),
          receivedAt: new Date(g.createdAt.getTime() + r.afterMinutes * 60_000),
        };
      });
      return { ticket, events, csat };
    });

// --- clients -----------------------------------------------------------------------------------

interface GeneratedClient {
  client: OracleClient;
  policy: { versions: OraclePolicyVersion[]; calendars: OracleCalendarVersion[] };
  calendar: OracleCalendarVersion[];
  tickets: GeneratedTicket[];
}

const clientArb = (zone: string): fc.Arbitrary<GeneratedClient> =>
  fc
    .record({
      id: fc.uuid(),
      endpointCount: fc.option(fc.integer({ min: 1, max: 400 })),
      policy: fc.option(policyArb, { freq: 4 }),
      calendar: fc.option(calendarArb),
    })
    .chain((c) =>
      fc.array(ticketArb(c.id, zone), { maxLength: 25 }).map((tickets) => ({
        client: {
          id: c.id, timeZone: zone, endpointCount: c.endpointCount,
          slaPolicyId: c.policy && c.policy.versions.length > 0 ? c.policy.versions[0].policyId : null,
          businessCalendarId: c.calendar ? c.calendar[0].calendarId : null,
        },
        policy: c.policy ?? { versions: [], calendars: [] },
        calendar: c.calendar ?? [],
        tickets,
      })),
    );

// --- request -----------------------------------------------------------------------------------

const MAX_DAYS: Record<Granularity, number> = { DAY: 20, WEEK: 100, MONTH: 430, QUARTER: 430, YEAR: 430 };

/** Periods start near an edge date, near a ticket's creation (so short periods see data), or anywhere. */
const periodArb = (hotDates: string[]): fc.Arbitrary<{ from: string; to: string; granularity: Granularity }> => fc
  .record({
    granularity: fc.constantFrom<Granularity>('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'),
    start: fc.oneof(
      fc.constantFrom(...EDGE_DATES).map((d) => DateTime.fromISO(d, { zone: 'UTC' }).minus({ days: 2 })),
      fc.constantFrom(...EDGE_DATES, ...hotDates).map((d) => DateTime.fromISO(d, { zone: 'UTC' }).minus({ days: 3 })),
      fc.integer({ min: 0, max: 420 }).map((days) => DateTime.fromMillis(RANGE_START, { zone: 'UTC' }).plus({ days })),
    ),
    length: fc.integer({ min: 1, max: 430 }),
  })
  .map(({ granularity, start, length }) => ({
    granularity,
    from: start.toISODate()!,
    to: start.plus({ days: Math.min(length, MAX_DAYS[granularity]) }).toISODate()!,
  }));

const requestArb = (clientIds: string[], hotDates: string[]): fc.Arbitrary<KpiRequest> =>
  fc.record({
    tenantId: fc.uuid(),
    clientIds: fc.subarray(clientIds, { minLength: 1 }),
    period: periodArb(hotDates),
    keys: fc.oneof(fc.constant([] as KpiKey[]), fc.subarray(Object.values(KpiKey), { minLength: 1 })),
    breakdown: fc.constantFrom<Breakdown | null>(null, null, 'TYPE', 'PRIORITY', 'TIER', 'SOURCE', 'CLIENT'),
  }).map(({ period, ...r }) => ({ ...r, ...period }));

// --- scenario ------------------------------------------------------------------------------------

/** A whole scenario: 1-3 clients in different zones, their policies, calendars, tickets, a request and as-of. */
export const kpiScenarioArb: fc.Arbitrary<KpiScenario> = fc
  .shuffledSubarray([...SCENARIO_ZONES], { minLength: 1, maxLength: 3 })
  .chain((zones) => fc.tuple(...zones.map((zone) => clientArb(zone))))
  .chain((generated) => {
    const tickets = generated.flatMap((g) => g.tickets);
    const latest = Math.max(
      RANGE_START,
      ...tickets.map((t) => t.ticket.createdAt.getTime()),
      ...tickets.flatMap((t) => t.csat.map((r) => r.receivedAt.getTime())),
    );
    return fc.record({
      request: requestArb(
        generated.map((g) => g.client.id),
        tickets.map((t) => DateTime.fromJSDate(t.ticket.createdAt, { zone: 'UTC' }).toISODate()!),
      ),
      // as-of at or after every creation and CSAT response; events may still lie after it.
      asOfMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 * 1440 })),
    }).map(({ request, asOfMinutes }) => ({
      data: {
        clients: generated.map((g) => g.client),
        policyVersions: generated.flatMap((g) => g.policy.versions),
        calendarVersions: generated.flatMap((g) => [...g.calendar, ...g.policy.calendars]),
        tickets: tickets.map((t) => t.ticket),
        events: tickets.flatMap((t) => t.events),
        csat: tickets.flatMap((t) => t.csat),
      },
      request,
      asOf: new Date(latest + asOfMinutes * 60_000),
    }));
  });
