import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApplyReviewChangesDocument, CloseServiceReviewDocument, CreateClientDocument, CreateCriticalSuccessFactorDocument,
  CreateCsiItemDocument, CreateEngagementDocument, CreateKpiDefinitionDocument, CreateSlaPolicyDocument, CsiItemImpactDocument,
  EngagementReviewsDocument, HoldServiceReviewDocument, PrepareServiceReviewDocument, ReviewComparisonDocument,
  ReviewHistoryDocument, ReviewSnapshotDocument, ServiceReviewsDocument, SlaWhatIfDocument, UpdateClientDocument, UpdateCsiItemDocument,
  UpdateKpiDefinitionDocument,
} from '../../schema/generated/graphql.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { insertYearTickets, type MonthTickets } from './year-tickets.js';

/**
 * A client walked through 2025 as an SDM runs it: engagements scheduled, twelve monthly reviews
 * and four QBRs prepared, held and closed in the order they fall, a CSI item approved in March and
 * done after June with its measured impact, an annual review that asks the SLA what-if and changes
 * an SLA target, and the fourth QBR compared with the first three.
 *
 * The story in the tickets (10 P2 incidents a month): response within the 60-minute target for 5
 * of 10 in Q1, 7 in Q2, 9 from Q3 on; first contact resolution 5, 6, then 8 of 10 after the CSI
 * item (Tier 1 runbooks) lands.
 */
const story: MonthTickets[] = Array.from({ length: 12 }, (_, i) => {
  const month = i + 1;
  const quarter = Math.ceil(month / 3);
  return {
    month: `2025-${String(month).padStart(2, '0')}`, count: 10,
    fast: [5, 7, 9, 9][quarter - 1]!, firstContact: quarter === 1 ? 5 : quarter === 2 ? 6 : 8,
  };
});

let server: TestServer;
let token: string;
let tenantId: string;
let client: string;
let policy: string;
let csf: string;
let fcrKpi: string;
let responseKpi: string;
let monthly: { id: string; scheduledAt: string; localPeriod: { from: string } }[];
let qbrs: { id: string; scheduledAt: string; localPeriod: { from: string } }[];
let annual: { id: string; scheduledAt: string; localPeriod: { from: string } };
let csiItem: string;

const errorOf = (r: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => r.errors?.[0];
const value = (kpis: readonly { key: string; figure: string; value?: number | null }[], key: string, figure = 'RATIO') =>
  kpis.find((k) => k.key === key && k.figure === figure)?.value;

async function reviewsOf(engagementId: string) {
  const { serviceReviews } = await server.ok(EngagementReviewsDocument, { engagementId, first: 100 }, token);
  return serviceReviews.nodes;
}

async function prepareHoldClose(review: { id: string; scheduledAt: string }, findings: string[]) {
  const prepared = await server.ok(PrepareServiceReviewDocument, { id: review.id }, token);
  expect(prepared.prepareServiceReview.status).toBe('PREPARED');
  const held = await server.ok(HoldServiceReviewDocument, {
    id: review.id, input: { heldAt: review.scheduledAt, findings, decisions: ['Keep going'], notes: 'Minutes attached' },
  }, token);
  expect(held.holdServiceReview).toMatchObject({ status: 'HELD', heldAt: review.scheduledAt, attendees: [{ name: 'Sam', role: 'SERVICE_DELIVERY_MANAGER' }] });
  await server.ok(CloseServiceReviewDocument, { id: review.id }, token);
  return prepared.prepareServiceReview;
}

beforeAll(async () => {
  server = await startTestServer();
  ({ token, tenantId } = await server.tenantWithToken('year'));
  client = (await server.ok(CreateClientDocument, { input: { name: 'Northwind Oy', timeZone: 'Europe/Helsinki', endpointCount: 100 } }, token)).createClient.id;
  policy = (await server.ok(CreateSlaPolicyDocument, {
    input: {
      name: 'Northwind SLA', clientId: client,
      terms: { effectiveFrom: '2024-01-01', targets: [{ priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480 }] },
    },
  }, token)).createSlaPolicy.id;
  await server.ok(UpdateClientDocument, { id: client, input: { slaPolicyId: policy } }, token);
  csf = (await server.ok(CreateCriticalSuccessFactorDocument, { input: { clientId: client, title: 'Improve the capability of our Tier 1 help desk' } }, token))
    .createCriticalSuccessFactor.id;
  fcrKpi = (await server.ok(CreateKpiDefinitionDocument, {
    input: { clientId: client, csfId: csf, key: 'first_contact_resolution', target: 0.7, tolerance: 0.05, effectiveFrom: '2024-01-01' },
  }, token)).createKpiDefinition.id;
  responseKpi = (await server.ok(CreateKpiDefinitionDocument, {
    input: { clientId: client, csfId: csf, key: 'sla_response_attainment', target: 0.85, tolerance: 0.1, effectiveFrom: '2024-01-01' },
  }, token)).createKpiDefinition.id;
  await insertYearTickets(server.orm, tenantId, client, story);
});

describe('a year of service reviews', () => {
  it('schedules the engagements ahead of time with the default periods in the client zone', async () => {
    const participants = [{ name: 'Sam', role: 'SERVICE_DELIVERY_MANAGER' as const }];
    const engagement = async (level: 'MONTHLY_SERVICE_REVIEW' | 'QUARTERLY_BUSINESS_REVIEW' | 'ANNUAL_BUSINESS_REVIEW', startsOn: string) =>
      (await server.ok(CreateEngagementDocument, { input: { clientId: client, level, startsOn, participants } }, token)).createEngagement.id;
    const monthlyId = await engagement('MONTHLY_SERVICE_REVIEW', '2025-02-01');
    const qbrId = await engagement('QUARTERLY_BUSINESS_REVIEW', '2025-04-01');
    const annualId = await engagement('ANNUAL_BUSINESS_REVIEW', '2026-01-01');

    const of2025 = (r: { localPeriod: { from: string } }) => r.localPeriod.from.startsWith('2025');
    monthly = (await reviewsOf(monthlyId)).filter(of2025);
    qbrs = (await reviewsOf(qbrId)).filter(of2025);
    annual = (await reviewsOf(annualId)).filter(of2025)[0]!;
    // First Tuesday of each month at 10:00 Helsinki, reviewing the month before.
    expect(monthly.map((r) => r.localPeriod.from)).toEqual(story.map((m) => `${m.month}-01`));
    expect(monthly[0]).toMatchObject({ scheduledAt: '2025-02-04T08:00:00.000Z', status: 'PLANNED', level: 'MONTHLY_SERVICE_REVIEW', localPeriod: { to: '2025-02-01' } });
    expect(monthly[2]!.scheduledAt).toBe('2025-04-01T07:00:00.000Z'); // summer time: still 10:00 local
    expect(qbrs.map((r) => [r.scheduledAt, r.localPeriod])).toEqual([
      ['2025-04-08T07:00:00.000Z', { from: '2025-01-01', to: '2025-04-01' }],
      ['2025-07-08T07:00:00.000Z', { from: '2025-04-01', to: '2025-07-01' }],
      ['2025-10-14T07:00:00.000Z', { from: '2025-07-01', to: '2025-10-01' }],
      ['2026-01-13T08:00:00.000Z', { from: '2025-10-01', to: '2026-01-01' }],
    ]);
    expect(annual).toMatchObject({ scheduledAt: '2026-01-20T08:00:00.000Z', localPeriod: { from: '2025-01-01', to: '2026-01-01' } });
    expect(qbrs[0]).toMatchObject({ agenda: expect.arrayContaining(['Comparison with earlier QBRs']), focusKpis: expect.arrayContaining(['first_contact_resolution']) });
  });

  it('prepares, holds and closes twelve monthly reviews and four QBRs, with a CSI item approved and done on the way', async () => {
    const all = [...monthly, ...qbrs].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
    for (const review of all) {
      const prepared = await prepareHoldClose(review, [`Findings of ${review.localPeriod.from}`]);
      if (review === monthly[2]) {
        // March: FCR is RED against its target; the SDM proposes runbooks for Tier 1 and the client approves.
        const kpis = prepared.snapshot!.kpis;
        expect(kpis.find((k) => k.key === 'first_contact_resolution' && k.figure === 'RATIO')).toMatchObject({
          value: 0.5, numerator: 5, denominator: 10, target: 0.7, status: 'RED', definition: { id: fcrKpi }, restated: null,
        });
        expect(prepared.snapshot!.csfStatuses).toEqual([{ csfId: csf, title: 'Improve the capability of our Tier 1 help desk', status: 'RED', kpiDefinitionIds: [fcrKpi, responseKpi].sort() }]);
        expect(prepared.snapshot!.slaAttainment.find((s) => s.clock === 'FIRST_RESPONSE' && s.priority === 'P2'))
          .toEqual({ clock: 'FIRST_RESPONSE', priority: 'P2', targetMinutes: 60, met: 5, breached: 5, pending: 0, noTarget: 0, attainment: 0.5 });
        expect(prepared.snapshot!.slaPolicyVersions).toEqual([expect.objectContaining({ version: 1, effectiveFrom: '2024-01-01' })]);
        csiItem = (await server.ok(CreateCsiItemDocument, {
          input: { clientId: client, reviewId: review.id, csfId: csf, title: 'Runbooks for Tier 1', owner: 'Sam', dueDate: '2025-06-30', targetKpiIds: [fcrKpi, responseKpi] },
        }, token)).createCsiItem.id;
        await server.ok(UpdateCsiItemDocument, { id: csiItem, input: { status: 'APPROVED' } }, token);
      }
      if (review === monthly[5]) {
        await server.ok(UpdateCsiItemDocument, { id: csiItem, input: { status: 'IN_PROGRESS' } }, token);
        await server.ok(UpdateCsiItemDocument, { id: csiItem, input: { status: 'DONE' } }, token);
      }
    }
    const { serviceReviews } = await server.ok(ServiceReviewsDocument, { first: 50, filter: { clientId: client, status: ['CLOSED'] } }, token);
    expect(serviceReviews.nodes.map((r) => r.id).sort()).toEqual([...monthly, ...qbrs].map((r) => r.id).sort());
  });

  it('refuses to prepare a review twice, to edit a closed one, and to hold one before its period ended', async () => {
    const twice = await server.graphql(PrepareServiceReviewDocument, { id: monthly[0]!.id }, token);
    expect(errorOf(twice)?.extensions?.code).toBe('CONFLICT');
    expect(errorOf(twice)?.message).toMatch(/is CLOSED and can no longer be edited/);
    const early = await server.ok(PrepareServiceReviewDocument, { id: annual.id }, token);
    expect(early.prepareServiceReview.status).toBe('PREPARED');
    const again = await server.graphql(PrepareServiceReviewDocument, { id: annual.id }, token);
    expect(errorOf(again)?.message).toMatch(/is PREPARED: its snapshot was frozen at .*, and a review is prepared once/);
    const beforeEnd = await server.graphql(HoldServiceReviewDocument, { id: annual.id, input: { heldAt: '2025-12-31T12:00:00.000Z' } }, token);
    expect(errorOf(beforeEnd)).toMatchObject({
      message: 'heldAt: must be on or after the end of the reviewed period (2025-12-31T22:00:00.000Z), got 2025-12-31T12:00:00.000Z',
      extensions: { code: 'BAD_USER_INPUT', field: 'heldAt' },
    });
  });

  it('measures the CSI item: baseline on approval, change at completion and in every later review', async () => {
    const { csiItem: item } = await server.ok(CsiItemImpactDocument, { id: csiItem }, token);
    expect(item.status).toBe('DONE');
    expect(item.baseline.map((b) => [b.key, b.value, b.reviewId])).toEqual(expect.arrayContaining([
      ['first_contact_resolution', 0.5, monthly[2]!.id], ['sla_response_attainment', 0.5, monthly[2]!.id],
    ]));
    // Done after the June review: measured in June's frozen snapshot.
    expect(item.completion).toMatchObject({ review: { id: monthly[5]!.id }, period: { from: '2025-06-01', to: '2025-07-01' } });
    expect(item.completion!.kpis).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: 'first_contact_resolution', baseline: 0.5, value: 0.6, trend: 'IMPROVED' }),
      expect.objectContaining({ key: 'sla_response_attainment', baseline: 0.5, value: 0.7, trend: 'IMPROVED' }),
    ]));
    // Every review after March: April..December monthly reviews and the Q2..Q4 QBRs.
    expect(item.impact.map((i) => i.period.from)).toEqual([
      '2025-04-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01', '2025-07-01', '2025-08-01', '2025-09-01',
      '2025-10-01', '2025-10-01', '2025-11-01', '2025-12-01',
    ]);
    const december = item.impact.at(-1)!;
    expect(december.review).toEqual({ id: monthly[11]!.id, level: 'MONTHLY_SERVICE_REVIEW' });
    const fcr = december.kpis.find((k) => k.key === 'first_contact_resolution')!;
    expect(fcr).toMatchObject({ kpiDefinitionId: fcrKpi, baseline: 0.5, value: 0.8, trend: 'IMPROVED' });
    expect(fcr.delta).toBeCloseTo(0.3, 12);
  });

  it('compares the fourth QBR with the first three, and shows the CSI impact in it', async () => {
    const { serviceReview } = await server.ok(ReviewComparisonDocument, { id: qbrs[3]!.id, earlier: 3, keys: ['sla_response_attainment', 'first_contact_resolution'] }, token);
    const comparison = serviceReview!.comparison!;
    expect(comparison.previous!.review!.id).toBe(qbrs[2]!.id);
    expect(comparison.yearAgo).toBeNull(); // no QBR of Q4 2024
    expect(comparison.earlier.map((d) => [d.against, d.review!.id, d.period.from])).toEqual([
      ['EARLIER', qbrs[2]!.id, '2025-07-01'], ['EARLIER', qbrs[1]!.id, '2025-04-01'], ['EARLIER', qbrs[0]!.id, '2025-01-01'],
    ]);
    const response = comparison.earlier.map((d) => d.kpis.find((k) => k.key === 'sla_response_attainment' && k.figure === 'RATIO')!);
    expect(response.map((k) => [k.value, k.earlierValue, k.trend, k.status, k.earlierStatus])).toEqual([
      [0.9, 0.9, 'UNCHANGED', 'GREEN', 'GREEN'], [0.9, 0.7, 'IMPROVED', 'GREEN', 'RED'], [0.9, 0.5, 'IMPROVED', 'GREEN', 'RED'],
    ]);
    expect(response[2]!.delta).toBeCloseTo(0.4, 12);
    expect(response[2]!.relativeDelta).toBeCloseTo(0.8, 12);
    expect(comparison.earlier[2]!.csfStatuses).toEqual([{ csfId: csf, title: 'Improve the capability of our Tier 1 help desk', status: 'GREEN', earlierStatus: 'RED' }]);
    expect(comparison.earlier[2]!.slaAttainment.find((s) => s.clock === 'FIRST_RESPONSE' && s.priority === 'P2'))
      .toMatchObject({ attainment: 0.9, earlierAttainment: 0.5, trend: 'IMPROVED' });
    expect(serviceReview!.csiImpacts).toEqual([expect.objectContaining({
      item: { id: csiItem, title: 'Runbooks for Tier 1' }, period: { from: '2025-10-01', to: '2026-01-01' },
      kpis: expect.arrayContaining([expect.objectContaining({ key: 'first_contact_resolution', baseline: 0.5, value: 0.8 })]),
    })]);

    const { reviewHistory } = await server.ok(ReviewHistoryDocument, { clientId: client, level: 'QUARTERLY_BUSINESS_REVIEW', last: 12, keys: ['first_contact_resolution'] }, token);
    expect(reviewHistory.filter((s) => s.period.from.startsWith('2025')).map((s) => [s.period.from, value(s.kpis, 'first_contact_resolution'), s.review!.status]))
      .toEqual([['2025-01-01', 0.5, 'CLOSED'], ['2025-04-01', 0.6, 'CLOSED'], ['2025-07-01', 0.8, 'CLOSED'], ['2025-10-01', 0.8, 'CLOSED']]);
  });

  it('lets the annual review try SLA targets on the year, then change one from a later date', async () => {
    const { slaWhatIf } = await server.ok(SlaWhatIfDocument, {
      clientId: client, period: { from: '2025-01-01', to: '2026-01-01' }, changes: { targets: [{ priority: 'P2', firstResponseMinutes: 90, resolutionMinutes: 480 }] },
    }, token);
    expect(slaWhatIf.tickets).toBe(120);
    const p2 = slaWhatIf.rows.find((r) => r.clock === 'FIRST_RESPONSE' && r.priority === 'P2')!;
    expect(p2).toMatchObject({ actualTargetMinutes: 60, proposedTargetMinutes: 90, actual: { met: 90, breached: 30 }, proposed: { met: 120, breached: 0, attainment: 1 } });
    expect(p2.actual.attainment).toBeCloseTo(0.75, 12);
    expect(p2.delta).toBeCloseTo(0.25, 12);
    const stricter = await server.ok(SlaWhatIfDocument, {
      clientId: client, period: { from: '2025-01-01', to: '2026-01-01' }, changes: { targets: [{ priority: 'P2', firstResponseMinutes: 20, resolutionMinutes: 480 }] },
    }, token);
    expect(stricter.slaWhatIf.rows.find((r) => r.clock === 'FIRST_RESPONSE' && r.priority === null)!.proposed).toMatchObject({ met: 0, breached: 120, attainment: 0 });

    await server.ok(HoldServiceReviewDocument, { id: annual.id, input: { heldAt: annual.scheduledAt, decisions: ['P2 response target 45 minutes from February'] } }, token);
    const backdated = await server.graphql(ApplyReviewChangesDocument, {
      reviewId: annual.id, changes: { slaTargets: [{ policyId: policy, terms: { effectiveFrom: '2025-12-01', targets: [{ priority: 'P2', firstResponseMinutes: 45, resolutionMinutes: 480 }] } }] },
    }, token);
    expect(errorOf(backdated)).toMatchObject({
      message: expect.stringMatching(/^changes\.slaTargets\.0\.terms\.effectiveFrom: must not be before 2026-01-01, the end of the reviewed period/),
      extensions: { code: 'BAD_USER_INPUT', field: 'changes.slaTargets.0.terms.effectiveFrom' },
    });
    const inMonthly = await server.graphql(ApplyReviewChangesDocument, { reviewId: monthly[11]!.id, changes: { criticalSuccessFactors: [{ title: 'X', effectiveFrom: '2026-02-01' }] } }, token);
    expect(errorOf(inMonthly)?.extensions?.code).toBe('CONFLICT'); // closed already

    const { applyReviewChanges } = await server.ok(ApplyReviewChangesDocument, {
      reviewId: annual.id,
      changes: {
        slaTargets: [{ policyId: policy, terms: { effectiveFrom: '2026-02-01', targets: [{ priority: 'P2', firstResponseMinutes: 45, resolutionMinutes: 480 }] } }],
        criticalSuccessFactors: [{ title: 'Improve the capability of our Tier 2 team', effectiveFrom: '2026-02-01' }],
        kpiDefinitions: [
          { key: 'escalation_rate', target: 0.15, tolerance: 0.05, effectiveFrom: '2026-02-01' },
          { kpiDefinitionId: fcrKpi, target: 0.8, effectiveFrom: '2026-02-01' },
        ],
      },
    }, token);
    expect(applyReviewChanges.map((c) => [c.kind, c.effectiveFrom, c.summary])).toEqual([
      ['SLA_TARGETS', '2026-02-01', 'SLA policy "Northwind SLA" v2 from 2026-02-01: P2 response 60 -> 45 min'],
      ['CSF_INTRODUCED', '2026-02-01', 'CSF "Improve the capability of our Tier 2 team" from 2026-02-01'],
      ['KPI_INTRODUCED', '2026-02-01', 'KPI "Escalation rate (Tier 1 to Tier 2/3)" (escalation_rate RATIO) target 0.15 from 2026-02-01'],
      ['KPI_REVISED', '2026-02-01', 'KPI "First contact resolution" target 0.7 -> 0.8, tolerance 0.05 -> 0.05 from 2026-02-01'],
    ]);
    expect(applyReviewChanges[0]!.slaPolicyVersion).toMatchObject({ version: 2, targets: [{ priority: 'P2', firstResponseMinutes: 45 }] });
    expect(applyReviewChanges[3]!.kpiDefinition).toMatchObject({ key: 'first_contact_resolution', target: 0.8, supersedesId: fcrKpi });

    // History untouched: the year's snapshots still judge FCR against 0.7 and response against 60 minutes.
    const march = await server.ok(ReviewSnapshotDocument, { id: monthly[2]!.id, keys: ['first_contact_resolution'] }, token);
    expect(march.serviceReview!.snapshot!.kpis[0]).toMatchObject({ value: 0.5, target: 0.7, status: 'RED', restated: null });
    const whatIfNow = await server.ok(SlaWhatIfDocument, {
      clientId: client, period: { from: '2025-01-01', to: '2026-01-01' }, changes: { targets: [{ priority: 'P2', firstResponseMinutes: 90, resolutionMinutes: 480 }] },
    }, token);
    expect(whatIfNow.slaWhatIf.rows.find((r) => r.clock === 'FIRST_RESPONSE' && r.priority === 'P2')!.actualTargetMinutes).toBe(60);
  });

  it('never alters a snapshot: late tickets and a changed target show as restated values beside the frozen ones', async () => {
    await insertYearTickets(server.orm, tenantId, client, [{ month: '2025-03', count: 10, fast: 0, firstContact: 10, batch: 'late' }]);
    await server.ok(UpdateKpiDefinitionDocument, { id: fcrKpi, input: { target: 0.4 } }, token);
    const { serviceReview } = await server.ok(ReviewSnapshotDocument, { id: monthly[2]!.id, keys: ['first_contact_resolution', 'ticket_volume'] }, token);
    const snapshot = serviceReview!.snapshot!;
    expect(snapshot.restated).toBe(true);
    expect(snapshot.kpis.find((k) => k.key === 'ticket_volume' && k.figure === 'COUNT')).toMatchObject({ value: 10, restated: { value: 20 } });
    // Frozen: the value, the target it had and its status; the restatement is judged against the frozen target.
    expect(snapshot.kpis.find((k) => k.key === 'first_contact_resolution')).toMatchObject({
      value: 0.5, numerator: 5, denominator: 10, target: 0.7, status: 'RED',
      restated: { value: 0.75, numerator: 15, denominator: 20, status: 'GREEN' },
    });
    expect(snapshot.csfStatuses[0]!.status).toBe('RED');
  });

  it('lets the API role insert and read snapshots, never update or delete them', async () => {
    const db = new pg.Client({ connectionString: server.orm.config.get('clientUrl') });
    await db.connect();
    try {
      for (const statement of ['update review_snapshot_kpi set value = 1', 'delete from review_snapshot_kpi', 'update review_snapshot set period_to = period_to + 1']) {
        await db.query('begin');
        await db.query(`select set_config('qd.tenant_id', $1, true), set_config('role', 'qd_app', true)`, [tenantId]);
        await expect(db.query(statement)).rejects.toThrow(/permission denied/);
        await db.query('rollback');
      }
    } finally {
      await db.end();
    }
  });
});
