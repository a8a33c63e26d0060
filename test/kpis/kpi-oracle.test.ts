import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KpiKey } from '../../api/kpi-definitions/kpi-key.js';
import type { KpiFigure, KpiFigureKind } from '../../api/kpis/engine/kpi-figure.js';
import type { KpiRequest } from '../../api/kpis/engine/kpi-request.js';
import { Priority } from '../../api/tickets/priority.js';
import { StatusCategory } from '../../api/tickets/status-category.js';
import { TicketEventKind } from '../../api/tickets/ticket-event-kind.js';
import { TicketType } from '../../api/tickets/ticket-type.js';
import { Tier } from '../../api/tickets/tier.js';
import { compareFigures } from './compare-figures.js';
import {
  bucketsOf, FIGURES_OF, monthsIn, oracleKpis, percentileCont, ticketStory,
  type OracleClient, type OracleCsat, type OracleData, type OracleEvent, type OracleTicket,
} from './kpi-oracle.js';
import { kpiScenarioArb } from './kpi-scenario.js';

// --- tiny builders ------------------------------------------------------------------------------

const UTC_CLIENT: OracleClient = { id: 'c-utc', timeZone: 'UTC', endpointCount: null, slaPolicyId: null, businessCalendarId: null };
const HEL_CLIENT: OracleClient = { id: 'c-hel', timeZone: 'Europe/Helsinki', endpointCount: null, slaPolicyId: null, businessCalendarId: null };

function ticket(id: string, createdAt: string, over: Partial<OracleTicket> = {}): OracleTicket {
  return {
    id, clientId: UTC_CLIENT.id, sourceSystem: 'connectwise', type: TicketType.INCIDENT, priority: Priority.P2,
    status: StatusCategory.OPEN, tier: Tier.TIER1, createdAt: new Date(createdAt), mergedIntoId: null, agentReplyCount: null, ...over,
  };
}

let seq = 0;
function ev(ticketId: string, at: string, kind: TicketEventKind, fromValue: string | null = null, toValue: string | null = null, automatic = false): OracleEvent {
  return { ticketId, seq: ++seq, occurredAt: new Date(at), kind, fromValue, toValue, automatic };
}
const status = (id: string, at: string, from: StatusCategory, to: StatusCategory) => ev(id, at, TicketEventKind.STATUS_CHANGED, from, to);
const tier = (id: string, at: string, from: Tier, to: Tier) => ev(id, at, TicketEventKind.TIER_CHANGED, from, to);
const reply = (id: string, at: string, automatic = false) => ev(id, at, TicketEventKind.AGENT_PUBLIC_REPLY, null, null, automatic);

function data(over: Partial<OracleData>): OracleData {
  return { clients: [UTC_CLIENT], policyVersions: [], calendarVersions: [], tickets: [], events: [], csat: [], ...over };
}

function request(over: Partial<KpiRequest>): KpiRequest {
  return { tenantId: 't', clientIds: [UTC_CLIENT.id, HEL_CLIENT.id], from: '2025-03-01', to: '2025-04-01', granularity: 'MONTH', keys: [], breakdown: null, ...over };
}

const ASOF = new Date('2025-06-01T00:00:00Z');

function pick(rows: KpiFigure[], key: KpiKey, figure: KpiFigureKind, bucket?: string, group: string | null = null) {
  const found = rows.filter((r) => r.key === key && r.figure === figure && (bucket === undefined || r.bucket === bucket) && r.group === group);
  expect(found).toHaveLength(1);
  return { value: found[0].value, numerator: found[0].numerator, denominator: found[0].denominator };
}

/** Tickets resolved `minutes` after creation on a 24x7 UTC clock. */
function resolvedAfter(id: string, minutes: number): { t: OracleTicket; e: OracleEvent } {
  const created = Date.parse('2025-03-10T00:00:00Z');
  return {
    t: ticket(id, new Date(created).toISOString(), { status: StatusCategory.RESOLVED }),
    e: status(id, new Date(created + minutes * 60_000).toISOString(), StatusCategory.OPEN, StatusCategory.RESOLVED),
  };
}

// --- statistics ---------------------------------------------------------------------------------

describe('percentiles (rule 15)', () => {
  it('p90 of 1..10 is 9.1, median 5.5', () => {
    const values = [10, 3, 1, 2, 4, 5, 6, 7, 8, 9];
    expect(percentileCont(values, 0.9)).toBeCloseTo(9.1, 12);
    expect(percentileCont(values, 0.5)).toBe(5.5);
  });
  it('one value is its own median and p90; empty is null', () => {
    expect(percentileCont([42], 0.5)).toBe(42);
    expect(percentileCont([42], 0.9)).toBe(42);
    expect(percentileCont([], 0.5)).toBeNull();
  });
  it('resolution_time over tickets first-resolved in the bucket', () => {
    const cases = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => resolvedAfter(`r${m}`, m));
    const rows = oracleKpis(data({ tickets: cases.map((c) => c.t), events: cases.map((c) => c.e) }), request({ keys: [KpiKey.resolution_time] }), ASOF);
    expect(pick(rows, KpiKey.resolution_time, 'P90')).toEqual({ value: expect.closeTo(9.1, 9), numerator: null, denominator: 10 });
    expect(pick(rows, KpiKey.resolution_time, 'MEDIAN').value).toBe(5.5);
    expect(pick(rows, KpiKey.resolution_time, 'MEAN').value).toBe(5.5);
  });
  it('one resolved ticket: median = p90 = mean = its minutes; an empty bucket gives nulls with denominator 0', () => {
    const c = resolvedAfter('one', 90);
    const rows = oracleKpis(data({ tickets: [c.t], events: [c.e] }), request({ from: '2025-03-01', to: '2025-05-01', keys: [KpiKey.resolution_time] }), ASOF);
    for (const f of ['MEDIAN', 'P90', 'MEAN'] as const) {
      expect(pick(rows, KpiKey.resolution_time, f, '2025-03-01')).toEqual({ value: 90, numerator: null, denominator: 1 });
      expect(pick(rows, KpiKey.resolution_time, f, '2025-04-01')).toEqual({ value: null, numerator: null, denominator: 0 });
    }
  });
});

// --- buckets ------------------------------------------------------------------------------------

describe('buckets', () => {
  it('are calendar aligned and clipped to the period', () => {
    expect(bucketsOf('2025-01-01', '2025-01-15', 'WEEK').map((b) => b.from)).toEqual(['2025-01-01', '2025-01-06', '2025-01-13']);
    expect(bucketsOf('2025-02-15', '2025-08-01', 'QUARTER')).toEqual([
      { from: '2025-02-15', to: '2025-04-01' }, { from: '2025-04-01', to: '2025-07-01' }, { from: '2025-07-01', to: '2025-08-01' },
    ]);
    expect(bucketsOf('2024-12-30', '2025-01-02', 'DAY').map((b) => b.from)).toEqual(['2024-12-30', '2024-12-31', '2025-01-01']);
    expect(bucketsOf('2024-11-10', '2026-02-01', 'YEAR').map((b) => b.from)).toEqual(['2024-11-10', '2025-01-01', '2026-01-01']);
  });
  it("bucket each ticket in its own client's zone", () => {
    // 2025-02-28T22:30Z is 2025-03-01 00:30 in Helsinki: a March ticket there, a February one in UTC.
    const rows = oracleKpis(
      data({
        clients: [UTC_CLIENT, HEL_CLIENT],
        tickets: [ticket('h', '2025-02-28T22:30:00Z', { clientId: HEL_CLIENT.id }), ticket('u', '2025-02-28T22:30:00Z')],
      }),
      request({ from: '2025-02-01', to: '2025-04-01', keys: [KpiKey.ticket_volume] }),
      ASOF,
    );
    expect(pick(rows, KpiKey.ticket_volume, 'COUNT', '2025-02-01').value).toBe(1);
    expect(pick(rows, KpiKey.ticket_volume, 'COUNT', '2025-03-01').value).toBe(1);
  });
  it('emits every bucket x group x figure, empty ones included', () => {
    const rows = oracleKpis(data({}), request({ breakdown: 'TYPE', granularity: 'WEEK' }), ASOF);
    const figures = Object.values(FIGURES_OF).reduce((n, f) => n + f.length, 0);
    expect(figures).toBe(29);
    expect(rows).toHaveLength(bucketsOf('2025-03-01', '2025-04-01', 'WEEK').length * 5 * figures);
    expect(pick(rows, KpiKey.ticket_volume, 'COUNT', '2025-03-01', 'INCIDENT')).toEqual({ value: 0, numerator: null, denominator: null });
    expect(pick(rows, KpiKey.reopen_rate, 'RATIO', '2025-03-01', 'OTHER')).toEqual({ value: null, numerator: 0, denominator: 0 });
  });
});

// --- history KPIs -------------------------------------------------------------------------------

describe('reopen_rate (rule 7)', () => {
  const t = ticket('t', '2025-03-05T10:00:00Z', { status: StatusCategory.OPEN });
  const resolve = status('t', '2025-03-06T10:00:00Z', StatusCategory.OPEN, StatusCategory.RESOLVED);
  it('a reopen after the bucket end does not count', () => {
    const reopen = status('t', '2025-04-02T10:00:00Z', StatusCategory.RESOLVED, StatusCategory.OPEN);
    const rows = oracleKpis(data({ tickets: [t], events: [resolve, reopen] }), request({ keys: [KpiKey.reopen_rate] }), ASOF);
    expect(pick(rows, KpiKey.reopen_rate, 'RATIO')).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });
  it('a reopen inside the bucket counts, one exactly at the end does not', () => {
    const inside = status('t', '2025-03-20T10:00:00Z', StatusCategory.RESOLVED, StatusCategory.OPEN);
    expect(pick(oracleKpis(data({ tickets: [t], events: [resolve, inside] }), request({ keys: [KpiKey.reopen_rate] }), ASOF), KpiKey.reopen_rate, 'RATIO'))
      .toEqual({ value: 1, numerator: 1, denominator: 1 });
    const atEnd = status('t', '2025-04-01T00:00:00Z', StatusCategory.RESOLVED, StatusCategory.OPEN);
    expect(pick(oracleKpis(data({ tickets: [t], events: [resolve, atEnd] }), request({ keys: [KpiKey.reopen_rate] }), ASOF), KpiKey.reopen_rate, 'RATIO').numerator)
      .toBe(0);
  });
  it('RESOLVED -> CANCELLED -> OPEN is not a reopen', () => {
    const events = [resolve, status('t', '2025-03-07T00:00:00Z', StatusCategory.RESOLVED, StatusCategory.CANCELLED), status('t', '2025-03-08T00:00:00Z', StatusCategory.CANCELLED, StatusCategory.OPEN)];
    expect(ticketStory(data({ events }), t, UTC_CLIENT, ASOF).reopens).toEqual([]);
  });
});

describe('backlog (rules 3, 10)', () => {
  const t = ticket('b', '2025-03-30T12:00:00Z', { status: StatusCategory.RESOLVED });
  const run = (resolvedAt: string) =>
    oracleKpis(data({ tickets: [t], events: [status('b', resolvedAt, StatusCategory.NEW, StatusCategory.RESOLVED)] }), request({ keys: [KpiKey.backlog] }), ASOF);
  it('a resolution exactly at `to` leaves the ticket in the backlog, aged to - created', () => {
    const rows = run('2025-04-01T00:00:00Z');
    expect(pick(rows, KpiKey.backlog, 'COUNT').value).toBe(1);
    expect(pick(rows, KpiKey.backlog, 'AGE_1_3D').value).toBe(1); // 1.5 days
    expect(pick(rows, KpiKey.backlog, 'AGE_0_1D').value).toBe(0);
  });
  it('a resolution a millisecond before `to` empties it', () => {
    expect(pick(run('2025-03-31T23:59:59.999Z'), KpiKey.backlog, 'COUNT').value).toBe(0);
  });
  it('UNMAPPED counts as open; age buckets are half-open', () => {
    const exactly7d = ticket('x', '2025-03-25T00:00:00Z', { status: StatusCategory.UNMAPPED });
    const rows = oracleKpis(data({ tickets: [exactly7d] }), request({ keys: [KpiKey.backlog] }), ASOF);
    expect(pick(rows, KpiKey.backlog, 'AGE_7_30D').value).toBe(1);
  });
});

describe('csat (rule 11)', () => {
  const csat = (ticketId: string, score: number, scaleMin: number, scaleMax: number, at: string): OracleCsat => ({ ticketId, score, scaleMin, scaleMax, receivedAt: new Date(at) });
  it('response rate can exceed 1; ratio and mean use normalized scores', () => {
    const c = resolvedAfter('s', 60);
    const responses = [csat('s', 4, 1, 5, '2025-03-11T00:00:00Z'), csat('s', 5, 0, 10, '2025-03-12T00:00:00Z')];
    const rows = oracleKpis(data({ tickets: [c.t], events: [c.e], csat: responses }), request({ keys: [KpiKey.csat] }), ASOF);
    expect(pick(rows, KpiKey.csat, 'COUNT')).toEqual({ value: 2, numerator: null, denominator: null });
    expect(pick(rows, KpiKey.csat, 'RESPONSE_RATE')).toEqual({ value: 2, numerator: 2, denominator: 1 });
    expect(pick(rows, KpiKey.csat, 'RATIO')).toEqual({ value: 0.5, numerator: 1, denominator: 2 }); // 0.75 and 0.5
    expect(pick(rows, KpiKey.csat, 'MEAN')).toEqual({ value: 0.625, numerator: null, denominator: 2 });
  });
});

describe('tickets_per_endpoint (rule 14)', () => {
  it('pro-rates partial months and ignores clients without endpoints', () => {
    expect(monthsIn({ from: '2025-01-22', to: '2025-02-01' })).toBeCloseTo(10 / 31, 12);
    expect(monthsIn({ from: '2025-01-17', to: '2025-02-15' })).toBeCloseTo(15 / 31 + 14 / 28, 12);
    const withEndpoints: OracleClient = { ...UTC_CLIENT, endpointCount: 31 };
    const rows = oracleKpis(
      data({
        clients: [withEndpoints, HEL_CLIENT],
        tickets: [
          ...[1, 2, 3, 4, 5].map((i) => ticket(`e${i}`, '2025-01-25T10:00:00Z')),
          ticket('h', '2025-01-25T10:00:00Z', { clientId: HEL_CLIENT.id }),
        ],
      }),
      request({ from: '2025-01-22', to: '2025-02-01', keys: [KpiKey.tickets_per_endpoint] }),
      ASOF,
    );
    const row = pick(rows, KpiKey.tickets_per_endpoint, 'PER_ENDPOINT_MONTH', '2025-01-22');
    expect(row.numerator).toBe(5);
    expect(row.denominator).toBeCloseTo(10, 9);
    expect(row.value).toBeCloseTo(0.5, 9);
    const byClient = oracleKpis(
      data({ clients: [withEndpoints, HEL_CLIENT], tickets: [ticket('e', '2025-01-25T10:00:00Z'), ticket('h', '2025-01-25T10:00:00Z', { clientId: HEL_CLIENT.id })] }),
      request({ from: '2025-01-22', to: '2025-02-01', keys: [KpiKey.tickets_per_endpoint], breakdown: 'CLIENT' }),
      ASOF,
    );
    expect(pick(byClient, KpiKey.tickets_per_endpoint, 'PER_ENDPOINT_MONTH', '2025-01-22', UTC_CLIENT.id).value).toBeCloseTo(0.1, 9);
    expect(pick(byClient, KpiKey.tickets_per_endpoint, 'PER_ENDPOINT_MONTH', '2025-01-22', HEL_CLIENT.id)).toEqual({ value: null, numerator: 0, denominator: 0 });
    const none = oracleKpis(data({ clients: [HEL_CLIENT], tickets: [] }), request({ keys: [KpiKey.tickets_per_endpoint] }), ASOF);
    expect(pick(none, KpiKey.tickets_per_endpoint, 'PER_ENDPOINT_MONTH')).toEqual({ value: null, numerator: 0, denominator: 0 });
  });
});

describe('excluded tickets (rule 8)', () => {
  it('count only in ticket_volume EXCLUDED', () => {
    const cancelled = ticket('x1', '2025-03-03T10:00:00Z', { status: StatusCategory.CANCELLED, type: TicketType.PROBLEM });
    const merged = ticket('x2', '2025-03-03T10:00:00Z', { status: StatusCategory.OPEN, mergedIntoId: 'other', type: TicketType.PROBLEM });
    const events = [
      status('x1', '2025-03-04T10:00:00Z', StatusCategory.OPEN, StatusCategory.RESOLVED),
      status('x1', '2025-03-05T10:00:00Z', StatusCategory.RESOLVED, StatusCategory.CANCELLED),
      reply('x2', '2025-03-03T10:05:00Z'),
    ];
    const csat: OracleCsat[] = [{ ticketId: 'x1', score: 5, scaleMin: 1, scaleMax: 5, receivedAt: new Date('2025-03-06T00:00:00Z') }];
    const rows = oracleKpis(data({ tickets: [cancelled, merged], events, csat }), request({ breakdown: 'TYPE' }), ASOF);
    for (const row of rows) {
      if (row.key === KpiKey.ticket_volume && row.figure === 'EXCLUDED' && row.group === 'PROBLEM') {
        expect(row.value).toBe(2);
      } else if (row.figure === 'PER_ENDPOINT_MONTH') {
        expect(row.numerator).toBe(0);
      } else {
        expect([row.value, row.numerator, row.denominator].every((n) => n === null || n === 0), JSON.stringify(row)).toBe(true);
      }
    }
  });
});

describe('FCR, escalation, FLR (rule 9)', () => {
  it('counts non-automatic reply events, else agentReplyCount, else unknown', () => {
    const a = resolvedAfter('a', 30); // one real reply and one automatic: FCR
    const b = resolvedAfter('b', 30); // two real replies: not FCR
    const c = resolvedAfter('c', 30); // no events, agentReplyCount 1: FCR
    const d = resolvedAfter('d', 30); // unknown: outside the denominator
    const e = resolvedAfter('e', 30); // OTHER -> TIER1 is an escalation: not FCR
    c.t.agentReplyCount = 1;
    e.t.agentReplyCount = 0;
    const events = [
      a.e, b.e, c.e, d.e, e.e,
      reply('a', '2025-03-10T00:01:00Z', true), reply('a', '2025-03-10T00:02:00Z'),
      reply('b', '2025-03-10T00:01:00Z'), reply('b', '2025-03-10T00:02:00Z'),
      tier('e', '2025-03-10T00:01:00Z', Tier.OTHER, Tier.TIER1),
    ];
    const rows = oracleKpis(data({ tickets: [a.t, b.t, c.t, d.t, e.t], events }), request({ keys: [KpiKey.first_contact_resolution] }), ASOF);
    expect(pick(rows, KpiKey.first_contact_resolution, 'RATIO')).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
  });
  it('escalation_rate: started TIER1, entered TIER2 after the period and came back', () => {
    const t = ticket('t', '2025-03-05T10:00:00Z');
    const u = ticket('u', '2025-03-05T10:00:00Z');
    const o = ticket('o', '2025-03-05T10:00:00Z', { tier: Tier.TIER2 });
    const events = [
      tier('t', '2025-04-10T00:00:00Z', Tier.TIER1, Tier.TIER2), tier('t', '2025-04-11T00:00:00Z', Tier.TIER2, Tier.TIER1),
      tier('o', '2025-03-06T00:00:00Z', Tier.OTHER, Tier.TIER2),
    ];
    const rows = oracleKpis(data({ tickets: [t, u, o], events }), request({ keys: [KpiKey.escalation_rate] }), ASOF);
    expect(pick(rows, KpiKey.escalation_rate, 'RATIO')).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });
  it('FLR: a tier move at the resolution instant counts only when its seq precedes the resolution', () => {
    const before = resolvedAfter('before', 60);
    const after = resolvedAfter('after', 60);
    const at = '2025-03-10T01:00:00Z';
    const beforeMove = { ...tier('before', at, Tier.TIER1, Tier.TIER2), seq: before.e.seq - 100 };
    const afterMove = tier('after', at, Tier.TIER1, Tier.TIER2);
    const rows = oracleKpis(data({ tickets: [before.t, after.t], events: [before.e, after.e, beforeMove, afterMove] }), request({ keys: [KpiKey.first_level_resolution] }), ASOF);
    expect(pick(rows, KpiKey.first_level_resolution, 'RATIO')).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });
});

describe('attainment (rule 5)', () => {
  it('MET / BREACHED in the ratio, NO_TARGET and PENDING beside it', () => {
    const policyClient: OracleClient = { ...UTC_CLIENT, slaPolicyId: 'p' };
    const policyVersions = [{
      id: 'pv1', policyId: 'p', version: 1, effectiveFrom: '2025-01-01', businessCalendarId: null,
      targets: [{ priority: Priority.P2, firstResponseMinutes: 60, resolutionMinutes: 600 }],
      pausingStatuses: { firstResponse: [], resolution: [StatusCategory.WAITING_CUSTOMER] },
    }];
    const tickets = [
      ticket('met', '2025-03-10T00:00:00Z'),
      ticket('late', '2025-03-10T00:00:00Z'),
      ticket('none', '2025-03-10T00:00:00Z', { priority: Priority.NONE }),
      ticket('pending', '2025-03-31T23:30:00Z'),
    ];
    const events = [reply('met', '2025-03-10T00:30:00Z'), reply('late', '2025-03-10T01:30:00Z'), reply('late', '2025-03-10T00:10:00Z', true)];
    const rows = oracleKpis(data({ clients: [policyClient], policyVersions, tickets, events }), request({ keys: [KpiKey.sla_response_attainment, KpiKey.first_response_time] }), new Date('2025-03-31T23:45:00Z'));
    expect(pick(rows, KpiKey.sla_response_attainment, 'RATIO')).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(pick(rows, KpiKey.sla_response_attainment, 'NO_TARGET').value).toBe(1);
    expect(pick(rows, KpiKey.sla_response_attainment, 'PENDING').value).toBe(1);
    expect(pick(rows, KpiKey.first_response_time, 'MEDIAN')).toEqual({ value: 60, numerator: null, denominator: 2 });
  });
});

// --- generators and compare helper ----------------------------------------------------------------

describe('compareFigures', () => {
  const row = (value: number | null, over: Partial<KpiFigure> = {}): KpiFigure => ({ key: KpiKey.csat, figure: 'MEAN', bucket: '2025-03-01', group: null, value, numerator: null, denominator: 2, ...over });
  it('ignores order and 1e-9 noise, reports the rest', () => {
    expect(compareFigures([row(0.1 + 0.2), row(1, { figure: 'COUNT' })], [row(1, { figure: 'COUNT' }), row(0.3)])).toEqual([]);
    expect(compareFigures([row(0.31)], [row(0.3), row(null, { bucket: '2025-04-01' })])).toHaveLength(2);
    expect(compareFigures([row(null)], [row(0)])).toHaveLength(1);
  });
});

describe('scenario generator', () => {
  it('produces data the oracle can read, with consistent shapes', () => {
    fc.assert(
      fc.property(kpiScenarioArb, ({ data: d, request: r, asOf }) => {
        const rows = oracleKpis(d, r, asOf);
        const keys = r.keys.length ? r.keys : Object.values(KpiKey);
        const perGroup = keys.reduce((n, k) => n + FIGURES_OF[k].length, 0);
        const groups = new Set(rows.map((x) => x.group)).size;
        expect(rows.length).toBe(bucketsOf(r.from, r.to, r.granularity).length * groups * perGroup);
        expect(compareFigures(rows, rows)).toEqual([]);
        for (const x of rows) {
          if (x.figure === 'RATIO' || (x.key === KpiKey.csat && x.figure === 'MEAN')) expect(x.value === null || (x.value >= 0 && x.value <= 1)).toBe(true);
        }
        // The oracle's own replay and the clocks agree on the first resolution of every ticket.
        for (const t of d.tickets) {
          const client = d.clients.find((c) => c.id === t.clientId)!;
          const story = ticketStory(d, t, client, asOf);
          expect(story.clocks.resolution.stoppedAt?.getTime() ?? null).toBe(story.firstResolution?.t ?? null);
        }
      }),
      { numRuns: 60 },
    );
  });
});
