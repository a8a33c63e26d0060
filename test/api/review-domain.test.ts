import { beforeAll, describe, expect, it } from 'vitest';
import {
  AddBusinessCalendarVersionDocument, AddSlaPolicyVersionDocument, ClientsPageDocument, CreateClientDocument,
  CreateCsiItemDocument, CreateEngagementDocument, CreateKpiDefinitionDocument, CreateServiceReviewDocument,
  CreateSlaPolicyDocument, ServiceReviewsDocument, UpdateClientDocument, UpdateCsiItemDocument,
  UpdateServiceReviewDocument, ViewerDocument,
} from '../../schema/generated/graphql.js';
import { Role } from '../../api/tenancy/role.js';
import { createClientWithRecords, type ClientRecords } from '../support/client-fixture.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let token: string;
let a: ClientRecords;
let b: ClientRecords;

beforeAll(async () => {
  server = await startTestServer();
  ({ token } = await server.tenantWithToken('reviews'));
  a = await createClientWithRecords(server, token, 'Alpha');
  b = await createClientWithRecords(server, token, 'Beta');
});

const firstError = (r: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => r.errors?.[0];

describe('the viewer', () => {
  it('knows its tenant and role', async () => {
    const { viewer } = await server.ok(ViewerDocument, {}, token);
    expect(viewer).toMatchObject({ role: 'MSP_ADMIN', clientId: null, tenant: { slug: 'reviews' } });
  });
});

describe('clients', () => {
  it('pages with cursors and filters by name', async () => {
    for (const name of ['Gamma', 'Delta', 'Epsilon']) {
      await server.ok(CreateClientDocument, { input: { name, timeZone: 'UTC' } }, token);
    }
    const first = await server.ok(ClientsPageDocument, { first: 2 }, token);
    expect(first.clients.nodes.map((c) => c.name)).toEqual(['Alpha', 'Beta']);
    expect(first.clients.pageInfo.hasNextPage).toBe(true);
    const second = await server.ok(ClientsPageDocument, { first: 2, after: first.clients.pageInfo.endCursor }, token);
    expect(second.clients.nodes.map((c) => c.name)).toEqual(['Delta', 'Epsilon']);
    const third = await server.ok(ClientsPageDocument, { first: 2, after: second.clients.pageInfo.endCursor }, token);
    expect(third.clients.nodes.map((c) => c.name)).toEqual(['Gamma']);
    expect(third.clients.pageInfo.hasNextPage).toBe(false);
    const found = await server.ok(ClientsPageDocument, { first: 10, filter: { search: 'ps' } }, token);
    expect(found.clients.nodes.map((c) => c.name)).toEqual(['Epsilon']);
  });

  it('links an SLA policy and refuses one of another tenant', async () => {
    const updated = await server.ok(UpdateClientDocument, { id: a.client, input: { slaPolicyId: a.policy } }, token);
    expect(updated.updateClient.slaPolicy?.id).toBe(a.policy);
    const other = await server.tenantWithToken('reviews-other');
    const theirs = await server.ok(CreateSlaPolicyDocument, {
      input: { name: 'Theirs', terms: { effectiveFrom: '2026-01-01', targets: [{ priority: 'P1', firstResponseMinutes: 1, resolutionMinutes: 2 }] } },
    }, other.token);
    const refused = await server.graphql(UpdateClientDocument, { id: a.client, input: { slaPolicyId: theirs.createSlaPolicy.id } }, token);
    expect(firstError(refused)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(refused)?.message).toBe('slaPolicyId: does not name an existing record of this tenant');
  });
});

describe('versioned calendars and SLA policies', () => {
  it('adds later versions and never rewrites an earlier one', async () => {
    const terms = { effectiveFrom: '2027-01-01', targets: [{ priority: 'P1' as const, firstResponseMinutes: 10, resolutionMinutes: 120 }] };
    const v2 = await server.ok(AddSlaPolicyVersionDocument, { policyId: a.policy, terms }, token);
    expect(v2.addSlaPolicyVersion).toMatchObject({ version: 2, effectiveFrom: '2027-01-01' });
    const backdated = await server.graphql(AddSlaPolicyVersionDocument, { policyId: a.policy, terms: { ...terms, effectiveFrom: '2026-06-01' } }, token);
    expect(firstError(backdated)?.extensions?.code).toBe('CONFLICT');
    expect(firstError(backdated)?.message).toMatch(/must be after the current version's 2027-01-01/);
  });

  it('names the bad field of calendar hours', async () => {
    const bad = await server.graphql(AddBusinessCalendarVersionDocument, {
      calendarId: a.calendar,
      hours: { effectiveFrom: '2027-02-30', timeZone: 'Europe/Helsinki', weeklyIntervals: [{ weekday: 1, start: '08:00', end: '16:00' }] },
    }, token);
    expect(firstError(bad)?.message).toBe('effectiveFrom: must be a real local date YYYY-MM-DD, got "2027-02-30"');
    const reversed = await server.graphql(AddBusinessCalendarVersionDocument, {
      calendarId: a.calendar,
      hours: { effectiveFrom: '2027-03-01', timeZone: 'Europe/Helsinki', weeklyIntervals: [{ weekday: 8, start: '17:00', end: '25:00' }] },
    }, token);
    expect(firstError(reversed)?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (firstError(reversed)?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['weeklyIntervals.0.weekday', 'weeklyIntervals.0.end']);
  });

  it('rejects two targets for one priority', async () => {
    const result = await server.graphql(CreateSlaPolicyDocument, {
      input: {
        name: 'Twice', terms: {
          effectiveFrom: '2026-01-01',
          targets: [{ priority: 'P2', firstResponseMinutes: 1, resolutionMinutes: 2 }, { priority: 'P2', firstResponseMinutes: 3, resolutionMinutes: 4 }],
        },
      },
    }, token);
    expect(firstError(result)?.message).toBe('targets: priority P2 has more than one target');
  });
});

describe('KPI definitions and engagements', () => {
  it('checks the statistic against the catalogue and ratio targets against 0..1', async () => {
    const wrong = await server.graphql(CreateKpiDefinitionDocument, {
      input: { clientId: a.client, key: 'ticket_volume', statistic: 'MEDIAN', target: 10, effectiveFrom: '2026-01-01' },
    }, token);
    expect(firstError(wrong)?.message).toBe('statistic: ticket_volume offers COUNT, not MEDIAN');
    const ratio = await server.graphql(CreateKpiDefinitionDocument, {
      input: { clientId: a.client, key: 'reopen_rate', target: 5, effectiveFrom: '2026-01-01' },
    }, token);
    expect(firstError(ratio)?.message).toBe('target: a ratio target is between 0 and 1, got 5');
    const ok = await server.ok(CreateKpiDefinitionDocument, {
      input: { clientId: a.client, key: 'resolution_time', statistic: 'P90', target: 600, effectiveFrom: '2026-01-01' },
    }, token);
    expect(ok.createKpiDefinition).toMatchObject({ direction: 'LOWER_IS_BETTER', name: 'Resolution time', statistic: 'P90' });
  });

  it("refuses a KPI that measures another client's CSF", async () => {
    const result = await server.graphql(CreateKpiDefinitionDocument, {
      input: { clientId: a.client, csfId: b.csf, key: 'backlog', target: 10, effectiveFrom: '2026-01-01' },
    }, token);
    expect(firstError(result)?.message).toBe(`csfId: must name a critical success factor of client ${a.client}`);
  });

  it('keeps one live engagement per level, and validates the cadence', async () => {
    const twice = await server.graphql(CreateEngagementDocument, { input: { clientId: a.client, level: 'MONTHLY_SERVICE_REVIEW' } }, token);
    expect(firstError(twice)?.extensions?.code).toBe('CONFLICT');
    expect(firstError(twice)?.message).toMatch(/already has a live engagement at this level/);
    const bad = await server.graphql(CreateEngagementDocument, { input: { clientId: a.client, level: 'ANNUAL_BUSINESS_REVIEW', cadence: 'EVERY SPRING' } }, token);
    expect(firstError(bad)?.message).toMatch(/^cadence: must be an iCalendar RRULE/);
    const qbr = await server.ok(CreateEngagementDocument, { input: { clientId: a.client, level: 'QUARTERLY_BUSINESS_REVIEW' } }, token);
    expect(qbr.createEngagement.cadence).toBe('FREQ=YEARLY;BYMONTH=1,4,7,10;BYDAY=+2TU');
  });
});

describe('service reviews', () => {
  it('moves through PLANNED -> PREPARED -> HELD -> CLOSED and then refuses edits', async () => {
    const { createServiceReview: review } = await server.ok(CreateServiceReviewDocument, {
      input: { engagementId: a.engagement, periodStart: '2026-10-01T00:00:00Z', periodEnd: '2026-11-01T00:00:00Z', scheduledAt: '2026-11-04T09:00:00Z' },
    }, token);
    expect(review.status).toBe('PLANNED');
    const skip = await server.graphql(UpdateServiceReviewDocument, { id: review.id, input: { status: 'HELD' } }, token);
    expect(firstError(skip)?.message).toBe('status: a PLANNED review cannot move to HELD');
    for (const status of ['PREPARED', 'HELD', 'CLOSED'] as const) {
      await server.ok(UpdateServiceReviewDocument, { id: review.id, input: { status } }, token);
    }
    const late = await server.graphql(UpdateServiceReviewDocument, { id: review.id, input: { notes: 'too late' } }, token);
    expect(firstError(late)?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await server.graphql(CreateServiceReviewDocument, {
      input: { engagementId: a.engagement, periodStart: '2026-10-01T00:00:00Z', periodEnd: '2026-09-01T00:00:00Z', scheduledAt: '2026-11-04T09:00:00Z' },
    }, token);
    expect(firstError(result)?.message).toMatch(/^periodEnd: must be after periodStart/);
  });

  it('filters by client, level, status and scheduled window', async () => {
    const found = await server.ok(ServiceReviewsDocument, {
      first: 50,
      filter: { clientId: a.client, level: 'MONTHLY_SERVICE_REVIEW', status: ['CLOSED'], scheduled: { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' } },
    }, token);
    expect(found.serviceReviews.nodes.map((r) => r.status)).toEqual(['CLOSED']);
    const none = await server.ok(ServiceReviewsDocument, { first: 50, filter: { clientId: a.client, level: 'ANNUAL_BUSINESS_REVIEW' } }, token);
    expect(none.serviceReviews.totalCount).toBe(0);
    const window = await server.graphql(ServiceReviewsDocument, { first: 5, filter: { scheduled: { from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z' } } }, token);
    expect(firstError(window)?.message).toMatch(/^filter.scheduled: from .* must be before to/);
  });
});

describe('CSI items', () => {
  it("links only to the item's own client's records and follows its lifecycle", async () => {
    const foreign = await server.graphql(CreateCsiItemDocument, {
      input: { clientId: a.client, title: 'Mixed up', targetKpiIds: [b.kpi] },
    }, token);
    expect(firstError(foreign)?.message).toBe(`targetKpiIds.0: must name a record of client ${a.client}, got ${b.kpi}`);
    const jump = await server.graphql(UpdateCsiItemDocument, { id: a.csi, input: { status: 'DONE' } }, token);
    expect(firstError(jump)?.message).toBe('status: a PROPOSED item cannot move to DONE');
    await server.ok(UpdateCsiItemDocument, { id: a.csi, input: { status: 'APPROVED' } }, token);
    const done = await server.ok(UpdateCsiItemDocument, { id: a.csi, input: { status: 'DONE' } }, token);
    expect(done.updateCsiItem.status).toBe('DONE');
  });
});

describe('roles', () => {
  it('lets a BI reader read and not write, and a client viewer see only its client', async () => {
    const bi = await server.token('reviews', Role.BI_READER);
    expect((await server.ok(ClientsPageDocument, { first: 10 }, bi)).clients.totalCount).toBeGreaterThan(1);
    const write = await server.graphql(UpdateClientDocument, { id: a.client, input: { name: 'Nope' } }, bi);
    expect(firstError(write)?.extensions?.code).toBe('FORBIDDEN');
    const viewer = await server.token('reviews', Role.CLIENT_VIEWER, b.client);
    const seen = await server.ok(ClientsPageDocument, { first: 10 }, viewer);
    expect(seen.clients.nodes.map((c) => c.id)).toEqual([b.client]);
  });
});
