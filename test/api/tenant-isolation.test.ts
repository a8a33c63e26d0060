import pg from 'pg';
import { buildSchema, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../api/tenancy/role.js';
import { createToken } from '../../api/tenancy/tenant-admin.js';
import { createClientWithRecords, type ClientRecords } from '../support/client-fixture.js';
import { insertTicketData, type TicketRecords } from '../support/ticket-fixture.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Ids = ClientRecords & TicketRecords & { otherClient: string; viewerToken: string };

/**
 * One case per Query and Mutation field of the committed schema, aimed at tenant A's client A1.
 * A field without a case fails the test, so a new field cannot ship without one.
 */
const QUERIES: Record<string, (ids: Ids) => string> = {
  viewer: () => `{ viewer { role clientId } }`,
  apiTokens: () => `{ apiTokens { nodes { id clientId } } }`,
  client: (i) => `{ client(id: "${i.client}") { id } }`,
  clients: () => `{ clients(filter: { includeArchived: true }) { totalCount nodes { id } } }`,
  businessCalendar: (i) => `{ businessCalendar(id: "${i.calendar}") { id } }`,
  businessCalendars: (i) => `{ businessCalendars(filter: { clientId: "${i.client}", includeArchived: true }) { totalCount nodes { id versions { id } } } }`,
  slaPolicy: (i) => `{ slaPolicy(id: "${i.policy}") { id } }`,
  slaPolicies: (i) => `{ slaPolicies(filter: { clientId: "${i.client}", includeArchived: true }) { totalCount nodes { id versions { id } } } }`,
  criticalSuccessFactor: (i) => `{ criticalSuccessFactor(id: "${i.csf}") { id } }`,
  criticalSuccessFactors: (i) => `{ criticalSuccessFactors(filter: { clientId: "${i.client}", includeArchived: true }) { totalCount nodes { id } } }`,
  kpiDefinition: (i) => `{ kpiDefinition(id: "${i.kpi}") { id } }`,
  kpiDefinitions: () => `{ kpiDefinitions(filter: { includeArchived: true }) { totalCount nodes { id } } }`,
  engagement: (i) => `{ engagement(id: "${i.engagement}") { id } }`,
  engagements: () => `{ engagements(filter: { includeArchived: true }) { totalCount nodes { id } } }`,
  serviceReview: (i) => `{ serviceReview(id: "${i.review}") { id } }`,
  serviceReviews: () => `{ serviceReviews(filter: { includeArchived: true }) { totalCount nodes { id } } }`,
  csiItem: (i) => `{ csiItem(id: "${i.csi}") { id } }`,
  csiItems: () => `{ csiItems(filter: { includeArchived: true }) { totalCount nodes { id } } }`,
  ticket: (i) => `{ ticket(id: "${i.ticket}") { id events { id } csatResponses { id } } }`,
  tickets: () => `{ tickets { totalCount nodes { id events { id } csatResponses { id } } } }`,
  connectorInstance: (i) => `{ connectorInstance(id: "${i.connectorInstance}") { id } }`,
  connectorInstances: () => `{ connectorInstances(includeArchived: true) { totalCount nodes { id lastSyncRun { id } } } }`,
  syncRuns: () => `{ syncRuns { totalCount nodes { id } } }`,
  connectorKinds: () => `{ connectorKinds { id } }`,
  slaReconciliation: (i) => `{ slaReconciliation(clientId: "${i.client}", period: { from: "2026-10-01", to: "2026-11-01" }) { compared disagreements { ticket { id } } } }`,
  kpis: (i) => `{ kpis(clientIds: ["${i.client}"], period: { from: "2026-10-01", to: "2026-11-01" }, keys: [ticket_volume], breakdown: CLIENT) { group points { value } } }`,
  reviewHistory: (i) => `{ reviewHistory(clientId: "${i.client}", level: MONTHLY_SERVICE_REVIEW) { id review { id } kpis { key value } csfStatuses { csfId } } }`,
  slaWhatIf: (i) => `{ slaWhatIf(clientId: "${i.client}", period: { from: "2026-10-01", to: "2026-11-01" }, changes: { targets: [{ priority: P2, firstResponseMinutes: 5, resolutionMinutes: 60 }] }) { clientId tickets rows { actual { met } } } }`,
};

const hours = `{ effectiveFrom: "2027-01-01", timeZone: "UTC", weeklyIntervals: [{ weekday: 1, start: "09:00", end: "17:00" }] }`;
const terms = `{ effectiveFrom: "2027-01-01", targets: [{ priority: P1, firstResponseMinutes: 5, resolutionMinutes: 60 }] }`;
const CW_CONFIG = `{ site: "na.myconnectwise.net", companyId: "acme", publicKey: "pub", privateKey: "private-key", clientId: "8c4d6a6e-1f1e-4d39-9d8a-3b2f1e0c5a77" }`;
const MUTATIONS: Record<string, (ids: Ids) => string> = {
  createClient: () => `mutation { createClient(input: { name: "Intruder", timeZone: "UTC" }) { id } }`,
  updateClient: (i) => `mutation { updateClient(id: "${i.client}", input: { name: "Hacked" }) { id } }`,
  archiveClient: (i) => `mutation { archiveClient(id: "${i.client}") { id } }`,
  createBusinessCalendar: (i) => `mutation { createBusinessCalendar(input: { name: "X", clientId: "${i.client}", hours: ${hours} }) { id } }`,
  updateBusinessCalendar: (i) => `mutation { updateBusinessCalendar(id: "${i.calendar}", input: { name: "Hacked" }) { id } }`,
  addBusinessCalendarVersion: (i) => `mutation { addBusinessCalendarVersion(calendarId: "${i.calendar}", hours: ${hours}) { id } }`,
  archiveBusinessCalendar: (i) => `mutation { archiveBusinessCalendar(id: "${i.calendar}") { id } }`,
  createSlaPolicy: (i) => `mutation { createSlaPolicy(input: { name: "X", clientId: "${i.client}", terms: ${terms} }) { id } }`,
  updateSlaPolicy: (i) => `mutation { updateSlaPolicy(id: "${i.policy}", input: { name: "Hacked" }) { id } }`,
  addSlaPolicyVersion: (i) => `mutation { addSlaPolicyVersion(policyId: "${i.policy}", terms: ${terms}) { id } }`,
  archiveSlaPolicy: (i) => `mutation { archiveSlaPolicy(id: "${i.policy}") { id } }`,
  createCriticalSuccessFactor: (i) => `mutation { createCriticalSuccessFactor(input: { clientId: "${i.client}", title: "X" }) { id } }`,
  updateCriticalSuccessFactor: (i) => `mutation { updateCriticalSuccessFactor(id: "${i.csf}", input: { title: "Hacked" }) { id } }`,
  archiveCriticalSuccessFactor: (i) => `mutation { archiveCriticalSuccessFactor(id: "${i.csf}") { id } }`,
  createKpiDefinition: (i) => `mutation { createKpiDefinition(input: { clientId: "${i.client}", key: backlog, target: 5, effectiveFrom: "2027-01-01" }) { id } }`,
  updateKpiDefinition: (i) => `mutation { updateKpiDefinition(id: "${i.kpi}", input: { target: 0.1 }) { id } }`,
  archiveKpiDefinition: (i) => `mutation { archiveKpiDefinition(id: "${i.kpi}") { id } }`,
  createEngagement: (i) => `mutation { createEngagement(input: { clientId: "${i.client}", level: INFORMAL_SYNC }) { id } }`,
  updateEngagement: (i) => `mutation { updateEngagement(id: "${i.engagement}", input: { objectives: "Hacked" }) { id } }`,
  archiveEngagement: (i) => `mutation { archiveEngagement(id: "${i.engagement}") { id } }`,
  createServiceReview: (i) => `mutation { createServiceReview(input: { engagementId: "${i.engagement}", periodStart: "2026-01-01T00:00:00Z", periodEnd: "2026-02-01T00:00:00Z", scheduledAt: "2026-02-03T00:00:00Z" }) { id } }`,
  updateServiceReview: (i) => `mutation { updateServiceReview(id: "${i.review}", input: { notes: "Hacked" }) { id } }`,
  archiveServiceReview: (i) => `mutation { archiveServiceReview(id: "${i.review}") { id } }`,
  createCsiItem: (i) => `mutation { createCsiItem(input: { clientId: "${i.client}", title: "X" }) { id } }`,
  updateCsiItem: (i) => `mutation { updateCsiItem(id: "${i.csi}", input: { title: "Hacked" }) { id } }`,
  archiveCsiItem: (i) => `mutation { archiveCsiItem(id: "${i.csi}") { id } }`,
  scheduleServiceReviews: (i) => `mutation { scheduleServiceReviews(engagementId: "${i.engagement}") { id } }`,
  prepareServiceReview: (i) => `mutation { prepareServiceReview(id: "${i.review}") { id snapshot { id } } }`,
  holdServiceReview: (i) => `mutation { holdServiceReview(id: "${i.review}", input: { findings: ["Hacked"] }) { id } }`,
  closeServiceReview: (i) => `mutation { closeServiceReview(id: "${i.review}") { id } }`,
  cancelServiceReview: (i) => `mutation { cancelServiceReview(id: "${i.review}", reason: "Hacked") { id } }`,
  applyReviewChanges: (i) => `mutation { applyReviewChanges(reviewId: "${i.review}", changes: { criticalSuccessFactors: [{ title: "Hacked", effectiveFrom: "2027-01-01" }] }) { id } }`,
  createConnectorInstance: (i) => `mutation { createConnectorInstance(input: { kind: "connectwise", name: "X", config: ${CW_CONFIG}, mappings: { companies: { c1: "${i.client}" } } }) { id } }`,
  updateConnectorInstance: (i) => `mutation { updateConnectorInstance(id: "${i.connectorInstance}", input: { name: "Hacked", enabled: false }) { id } }`,
  deleteConnectorInstance: (i) => `mutation { deleteConnectorInstance(id: "${i.connectorInstance}") { id } }`,
  testConnection: (i) => `mutation { testConnection(id: "${i.connectorInstance}") { ok } }`,
  syncNow: (i) => `mutation { syncNow(id: "${i.connectorInstance}") { jobId } }`,
};

const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const fieldsOf = (name: 'Query' | 'Mutation') => {
  const type = schema.getType(name);
  return isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
};

let server: TestServer;
let ids: Ids;
let tenantA: string;
let adminA: string;
let outsiders: { name: string; token: string }[];

/** Every tenant-A row, as the superuser sees it, to prove failed mutations changed nothing. */
async function tenantAState(): Promise<string> {
  const client = new pg.Client({ connectionString: server.orm.config.get('clientUrl') });
  await client.connect();
  try {
    const tables = ['client', 'business_calendar', 'business_calendar_version', 'sla_policy', 'sla_policy_version',
      'critical_success_factor', 'kpi_definition', 'engagement', 'service_review', 'csi_item', 'ticket', 'connector_instance', 'sync_state'];
    const parts = [];
    for (const t of tables) {
      const { rows } = await client.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${t} x where tenant_id = $1`, [tenantA]);
      parts.push(`${t}:${rows[0].h}`);
    }
    return parts.join(',');
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  ({ tenantId: tenantA, token: adminA } = await server.tenantWithToken('tenant-a'));
  const records = await createClientWithRecords(server, adminA, 'A1');
  const other = await createClientWithRecords(server, adminA, 'A2');
  const viewerA1 = await createToken(server.orm.em, { tenantSlug: 'tenant-a', role: Role.CLIENT_VIEWER, clientId: records.client });
  ids = {
    ...records, ...(await insertTicketData(server.orm, tenantA, records.client)),
    otherClient: other.client, viewerToken: viewerA1.record.id,
  };
  // A1's review is prepared, so its frozen snapshot is there for reviewHistory to show (and to hide).
  await server.ok(`mutation ($id: ID!) { prepareServiceReview(id: $id) { id } }`, { id: records.review }, adminA);
  const { token: adminB } = await server.tenantWithToken('tenant-b');
  outsiders = [
    { name: 'admin of another tenant', token: adminB },
    { name: 'SDM of another tenant', token: await server.token('tenant-b', Role.SERVICE_DELIVERY_MANAGER) },
    { name: 'BI reader of another tenant', token: await server.token('tenant-b', Role.BI_READER) },
    { name: "viewer of another client of the same tenant", token: await server.token('tenant-a', Role.CLIENT_VIEWER, other.client) },
  ];
});

/** Ids that must never reach an outsider: A1 and all its records. */
function secretIds(): string[] {
  const { otherClient: _, ...own } = ids;
  return Object.values(own);
}

describe('tenant and client isolation, every field', () => {
  it('has a case for every Query and Mutation field of the schema', () => {
    expect(fieldsOf('Query').filter((f) => !(f in QUERIES))).toEqual([]);
    expect(fieldsOf('Mutation').filter((f) => !(f in MUTATIONS))).toEqual([]);
  });

  it('shows tenant A its own records (the cases do reach the data)', async () => {
    for (const [field, query] of Object.entries(QUERIES)) {
      // The fixture has no vendor SLA flags, so a reconciliation lists no ticket: only its errors are checked.
      if (field === 'viewer' || field === 'slaReconciliation' || field === 'connectorKinds') {
        expect({ field, errors: (await server.graphql(query(ids), {}, adminA)).errors }).toEqual({ field, errors: undefined });
        continue;
      }
      const result = await server.graphql(query(ids), {}, adminA);
      expect({ field, errors: result.errors }).toEqual({ field, errors: undefined });
      const text = JSON.stringify(result.data);
      expect({ field, found: secretIds().some((id) => text.includes(id)) }).toEqual({ field, found: true });
    }
  });

  it('returns nothing of A1 to any outsider, for every query', async () => {
    for (const outsider of outsiders) {
      for (const [field, query] of Object.entries(QUERIES)) {
        const result = await server.graphql(query(ids), {}, outsider.token);
        const text = JSON.stringify(result);
        // An id the caller sent may be echoed in "no client with id …"; anything else is a leak.
        const leaked = secretIds().filter((id) => text.includes(id) && !query(ids).includes(id));
        expect({ outsider: outsider.name, field, leaked }).toEqual({ outsider: outsider.name, field, leaked: [] });
        if (result.errors) {
          expect(result.errors.map((e) => e.extensions?.code)).toEqual(
            result.errors.map(() => expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)));
        }
      }
    }
  });

  it('refuses every mutation on A1 to every outsider and changes nothing', async () => {
    const before = await tenantAState();
    for (const outsider of outsiders) {
      for (const [field, mutation] of Object.entries(MUTATIONS)) {
        const result = await server.graphql(mutation(ids), {}, outsider.token);
        const text = JSON.stringify(result);
        const leaked = secretIds().filter((id) => text.includes(id) && !mutation(ids).includes(id));
        expect({ outsider: outsider.name, field, leaked }).toEqual({ outsider: outsider.name, field, leaked: [] });
        if (field === 'createClient' && outsider.name.includes('admin of another')) {
          // Another tenant's admin may create clients, in its own tenant only.
          expect(result.errors).toBeUndefined();
          continue;
        }
        expect({ outsider: outsider.name, field, failed: Boolean(result.errors?.length) && !(result.data as Record<string, unknown> | null)?.[field] })
          .toEqual({ outsider: outsider.name, field, failed: true });
      }
    }
    expect(await tenantAState()).toBe(before);
  });
});
