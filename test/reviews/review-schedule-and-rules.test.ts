import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApplyReviewChangesDocument, CancelServiceReviewDocument, CreateClientDocument, CreateCsiItemDocument, CreateEngagementDocument,
  CreateKpiDefinitionDocument, CreateServiceReviewDocument, EngagementReviewsDocument, HoldServiceReviewDocument,
  PrepareServiceReviewDocument, ReviewComparisonDocument, ReviewHistoryDocument, ReviewSnapshotDocument, ScheduleServiceReviewsDocument,
  SlaWhatIfDocument, UpdateCsiItemDocument, UpdateEngagementDocument, UpdateServiceReviewDocument,
} from '../../schema/generated/graphql.js';
import { Role } from '../../api/tenancy/role.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let token: string;
let client: string;
const zone = 'Europe/Helsinki';

const errorOf = (r: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => r.errors?.[0];

async function reviewsOf(engagementId: string, includeArchived = false) {
  return (await server.ok(EngagementReviewsDocument, { engagementId, first: 100, includeArchived }, token)).serviceReviews.nodes;
}

beforeAll(async () => {
  server = await startTestServer();
  ({ token } = await server.tenantWithToken('rules'));
  client = (await server.ok(CreateClientDocument, { input: { name: 'Contoso', timeZone: zone } }, token)).createClient.id;
});

describe('scheduling', () => {
  it('schedules weekly syncs over the horizon, idempotently, each looking at the days since the last one', async () => {
    const nextMonday = DateTime.now().setZone(zone).plus({ weeks: 1 }).startOf('week');
    const { createEngagement } = await server.ok(CreateEngagementDocument, {
      input: { clientId: client, level: 'INFORMAL_SYNC', cadence: 'FREQ=WEEKLY;BYDAY=MO', startsOn: nextMonday.toISODate()!, meetingTime: '09:30' },
    }, token);
    const syncs = await reviewsOf(createEngagement.id);
    const horizonEnd = DateTime.now().plus({ days: 92 });
    expect(syncs.length).toBe(Math.floor(horizonEnd.diff(nextMonday.set({ hour: 9, minute: 30 }), 'weeks').weeks) + 1);
    expect(syncs[0]).toMatchObject({
      status: 'PLANNED', level: 'INFORMAL_SYNC', scheduledAt: nextMonday.set({ hour: 9, minute: 30 }).toUTC().toISO(),
      localPeriod: { from: nextMonday.minus({ weeks: 1 }).toISODate(), to: nextMonday.toISODate() },
      agenda: expect.arrayContaining(['Ticket volume since the last sync']), focusKpis: expect.arrayContaining(['ticket_volume', 'csat']),
    });
    expect(syncs[1]!.localPeriod).toEqual({ from: nextMonday.toISODate(), to: nextMonday.plus({ weeks: 1 }).toISODate() });

    const again = await server.ok(ScheduleServiceReviewsDocument, { engagementId: createEngagement.id }, token);
    expect(again.scheduleServiceReviews).toEqual([]);
    const further = await server.ok(ScheduleServiceReviewsDocument, { engagementId: createEngagement.id, until: horizonEnd.plus({ weeks: 2 }).toUTC().toISO() }, token);
    expect(further.scheduleServiceReviews).toHaveLength(2);
    const tooFar = await server.graphql(ScheduleServiceReviewsDocument, { engagementId: createEngagement.id, until: DateTime.now().plus({ years: 6 }).toUTC().toISO() }, token);
    expect(errorOf(tooFar)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'until' }, message: expect.stringMatching(/^until: must be at most 5 years ahead/) });
  });

  it('replaces future PLANNED occurrences only when the cadence changes', async () => {
    const { createEngagement } = await server.ok(CreateEngagementDocument, {
      input: { clientId: client, level: 'MONTHLY_SERVICE_REVIEW', startsOn: '2026-01-01' },
    }, token);
    const before = await reviewsOf(createEngagement.id);
    const now = new Date().toISOString();
    const past = before.filter((r) => r.scheduledAt < now);
    const future = before.filter((r) => r.scheduledAt > now);
    expect(past.length).toBeGreaterThanOrEqual(10); // January ... November 2026
    expect(future.length).toBeGreaterThanOrEqual(2);

    await server.ok(UpdateEngagementDocument, { id: createEngagement.id, input: { cadence: 'FREQ=MONTHLY;BYMONTHDAY=15' } }, token);
    const after = await reviewsOf(createEngagement.id);
    expect(after.filter((r) => r.scheduledAt < now).map((r) => r.id)).toEqual(past.map((r) => r.id));
    const replaced = after.filter((r) => r.scheduledAt > now);
    expect(replaced.every((r) => DateTime.fromISO(r.scheduledAt).setZone(zone).day === 15)).toBe(true);
    expect(replaced.map((r) => r.id).some((id) => future.some((f) => f.id === id))).toBe(false);
    const archived = (await reviewsOf(createEngagement.id, true)).filter((r) => r.archivedAt);
    expect(archived.map((r) => r.id).sort()).toEqual(future.map((r) => r.id).sort());

    // Rescheduling again to the same cadence changes nothing.
    await server.ok(UpdateEngagementDocument, { id: createEngagement.id, input: { meetingTime: '10:00' } }, token);
    expect((await reviewsOf(createEngagement.id)).map((r) => r.id)).toEqual(after.map((r) => r.id));
  });
});

describe('lifecycle rules', () => {
  let engagement: string;
  let review: string;

  beforeAll(async () => {
    engagement = (await server.ok(CreateEngagementDocument, { input: { clientId: client, level: 'QUARTERLY_BUSINESS_REVIEW', horizonDays: 1 } }, token)).createEngagement.id;
    review = (await server.ok(CreateServiceReviewDocument, {
      input: { engagementId: engagement, periodStart: '2026-06-30T21:00:00Z', periodEnd: '2026-09-30T21:00:00Z', scheduledAt: '2026-10-13T07:00:00Z' },
    }, token)).createServiceReview.id;
  });

  it('keeps dates in order and names the field', async () => {
    const early = await server.graphql(CreateServiceReviewDocument, {
      input: { engagementId: engagement, periodStart: '2026-06-30T21:00:00Z', periodEnd: '2026-09-30T21:00:00Z', scheduledAt: '2026-09-01T07:00:00Z' },
    }, token);
    expect(errorOf(early)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'scheduledAt' } });
    const hold = await server.graphql(HoldServiceReviewDocument, { id: review, input: {} }, token);
    expect(errorOf(hold)).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/is PLANNED: prepare it first/) });
  });

  it('refuses to prepare a review whose period is not over', async () => {
    const running = await server.ok(CreateServiceReviewDocument, {
      input: { engagementId: engagement, periodStart: '2026-09-30T21:00:00Z', periodEnd: '2026-12-31T22:00:00Z', scheduledAt: '2027-01-12T08:00:00Z' },
    }, token);
    const result = await server.graphql(PrepareServiceReviewDocument, { id: running.createServiceReview.id }, token);
    expect(errorOf(result)).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/prepare it once the period is over/) });
  });

  it('freezes the period with the snapshot, and a client viewer reads but cannot prepare', async () => {
    const viewer = await server.token('rules', Role.CLIENT_VIEWER, client);
    const refused = await server.graphql(PrepareServiceReviewDocument, { id: review }, viewer);
    expect(errorOf(refused)?.extensions?.code).toBe('FORBIDDEN');
    const { prepareServiceReview } = await server.ok(PrepareServiceReviewDocument, { id: review, keys: ['ticket_volume'] }, token);
    expect(prepareServiceReview.snapshot).toMatchObject({ period: { from: '2026-07-01', to: '2026-10-01' }, timeZone: zone, level: 'QUARTERLY_BUSINESS_REVIEW' });
    expect(prepareServiceReview.snapshot!.kpis).toEqual([
      expect.objectContaining({ key: 'ticket_volume', figure: 'COUNT', value: 0, status: null }),
      expect.objectContaining({ key: 'ticket_volume', figure: 'EXCLUDED', value: 0 }),
    ]);
    const moved = await server.graphql(UpdateServiceReviewDocument, { id: review, input: { periodStart: '2026-07-31T21:00:00Z' } }, token);
    expect(errorOf(moved)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'periodStart' }, message: expect.stringMatching(/frozen with the snapshot/) });
    const seen = await server.ok(ReviewSnapshotDocument, { id: review, keys: ['backlog'] }, viewer);
    expect(seen.serviceReview!.snapshot!.kpis.length).toBe(6);
    const notes = await server.ok(UpdateServiceReviewDocument, { id: review, input: { notes: 'Agreed to revisit FCR' } }, token);
    expect(notes.updateServiceReview.notes).toBe('Agreed to revisit FCR');
  });

  it('cancels a review, which then leaves the history and refuses edits', async () => {
    const { cancelServiceReview } = await server.ok(CancelServiceReviewDocument, { id: review, reason: 'Client reorganising' }, token);
    expect(cancelServiceReview).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Client reorganising' });
    const history = await server.ok(ReviewHistoryDocument, { clientId: client, level: 'QUARTERLY_BUSINESS_REVIEW', last: 10 }, token);
    expect(history.reviewHistory).toEqual([]);
    const edit = await server.graphql(UpdateServiceReviewDocument, { id: review, input: { notes: 'late' } }, token);
    expect(errorOf(edit)?.extensions?.code).toBe('CONFLICT');
    const comparison = await server.ok(ReviewComparisonDocument, { id: review, earlier: 3 }, token);
    expect(comparison.serviceReview!.comparison).toMatchObject({ previous: null, yearAgo: null, earlier: [] });
  });

  it('validates review changes, CSI targets and what-if inputs, naming the field', async () => {
    const semiannual = (await server.ok(CreateEngagementDocument, { input: { clientId: client, level: 'SEMIANNUAL_BUSINESS_REVIEW', horizonDays: 1 } }, token)).createEngagement.id;
    const planned = (await server.ok(CreateServiceReviewDocument, {
      input: { engagementId: semiannual, periodStart: '2025-12-31T22:00:00Z', periodEnd: '2026-06-30T21:00:00Z', scheduledAt: '2026-07-21T07:00:00Z' },
    }, token)).createServiceReview.id;
    const unprepared = await server.graphql(ApplyReviewChangesDocument, { reviewId: planned, changes: { criticalSuccessFactors: [{ title: 'X', effectiveFrom: '2026-08-01' }] } }, token);
    expect(errorOf(unprepared)?.extensions?.code).toBe('CONFLICT');
    await server.ok(PrepareServiceReviewDocument, { id: planned }, token);
    const empty = await server.graphql(ApplyReviewChangesDocument, { reviewId: planned, changes: {} }, token);
    expect(errorOf(empty)?.message).toBe('changes: lists no change');
    const noPolicy = await server.graphql(ApplyReviewChangesDocument, {
      reviewId: planned, changes: { slaTargets: [{ policyId: client, terms: { effectiveFrom: '2026-08-01', targets: [{ priority: 'P1', firstResponseMinutes: 5, resolutionMinutes: 60 }] } }] },
    }, token);
    expect(errorOf(noPolicy)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'changes.slaTargets.0.policyId' } });
    const newKpi = await server.graphql(ApplyReviewChangesDocument, { reviewId: planned, changes: { kpiDefinitions: [{ key: 'csat', effectiveFrom: '2026-08-01' }] } }, token);
    expect(errorOf(newKpi)?.message).toBe('changes.kpiDefinitions.0.target: is required for a new KPI');
    const badRatio = await server.graphql(ApplyReviewChangesDocument, { reviewId: planned, changes: { kpiDefinitions: [{ key: 'reopen_rate', target: 3, effectiveFrom: '2026-08-01' }] } }, token);
    expect(errorOf(badRatio)?.message).toBe('changes.kpiDefinitions.0.target: a ratio target is between 0 and 1, got 3');
    const { applyReviewChanges } = await server.ok(ApplyReviewChangesDocument, {
      reviewId: planned, changes: { criticalSuccessFactors: [{ title: 'Faster onboarding', effectiveFrom: '2026-08-01' }] },
    }, token);
    const retired = await server.ok(ApplyReviewChangesDocument, {
      reviewId: planned, changes: { criticalSuccessFactors: [{ csfId: applyReviewChanges[0]!.subjectId, retire: true, effectiveFrom: '2026-07-01' }] },
    }, token).catch((e: Error) => e);
    expect(String(retired)).toMatch(/changes.criticalSuccessFactors.0.effectiveFrom: effectiveFrom 2026-07-01 must be after the factor's own start 2026-08-01/);

    const kpi = (await server.ok(CreateKpiDefinitionDocument, { input: { clientId: client, key: 'csat', target: 0.8, effectiveFrom: '2026-01-01' } }, token)).createKpiDefinition.id;
    const item = (await server.ok(CreateCsiItemDocument, { input: { clientId: client, title: 'Survey follow-ups', targetKpiIds: [kpi] } }, token)).createCsiItem.id;
    await server.ok(UpdateCsiItemDocument, { id: item, input: { status: 'APPROVED' } }, token);
    const retarget = await server.graphql(UpdateCsiItemDocument, { id: item, input: { targetKpiIds: [] } }, token);
    expect(errorOf(retarget)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'targetKpiIds' }, message: expect.stringMatching(/fixed once the item is approved/) });

    const none = await server.graphql(SlaWhatIfDocument, { clientId: client, period: { from: '2026-01-01', to: '2026-02-01' }, changes: { targets: [{ priority: 'NONE', firstResponseMinutes: 1, resolutionMinutes: 2 }] } }, token);
    expect(errorOf(none)?.message).toBe('changes.targets: priority NONE never has a target');
    const long = await server.graphql(SlaWhatIfDocument, { clientId: client, period: { from: '2024-01-01', to: '2026-02-01' }, changes: { targets: [{ priority: 'P1', firstResponseMinutes: 1, resolutionMinutes: 2 }] } }, token);
    expect(errorOf(long)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'period' } });
  });
});
