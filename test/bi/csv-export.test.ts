import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { biView } from '../../api/bi/bi-views.js';
import { streamViewCsv } from '../../api/bi/stream-view-csv.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { Role } from '../../api/tenancy/role.js';
import { CreateClientDocument } from '../../schema/generated/graphql.js';
import { createReviewedClient, type ReviewedClient } from '../reports/reviewed-client.js';
import { insertServiceTickets } from '../reports/service-tickets.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { csvObjects, parseCsv } from './parse-csv.js';

const MANY = 6000;
const AWKWARD = 'Printer, "3rd floor"\r\nstill jammed';

let server: TestServer;
let tenantId: string;
let tokens: Record<'admin' | 'bi' | 'sdm' | 'viewer' | 'stranger', string>;
let northwind: ReviewedClient;
let bulk: string;
let strangerTickets: number;

async function get(path: string, token?: string) {
  const response = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, text: await response.text() };
}

/** The tenant's rows of a view as the superuser counts them, past row-level security. */
async function superuserCount(view: string): Promise<number> {
  const db = new pg.Client({ connectionString: server.orm.config.get('clientUrl') });
  await db.connect();
  try {
    return (await db.query(`select count(*)::int as n from bi.${view} where tenant_id = $1`, [tenantId])).rows[0].n;
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  let admin: string;
  ({ token: admin, tenantId } = await server.tenantWithToken('export-msp'));
  northwind = await createReviewedClient(server, admin, tenantId, 'Northwind', [2025]);
  bulk = (await server.ok(CreateClientDocument, { input: { name: 'Bulk Oy', timeZone: 'Europe/Helsinki' } }, admin)).createClient.id;
  await insertServiceTickets(server.orm, tenantId, bulk, [{ month: '2025-03', type: 'INCIDENT', priority: 'P2', count: 1, fast: 1, title: AWKWARD }]);
  // Many tickets at once, as a superuser: only the export of them is under test.
  const db = new pg.Client({ connectionString: server.orm.config.get('clientUrl') });
  await db.connect();
  await db.query(`insert into ticket (tenant_id, id, client_id, source_system, external_id, title, type, priority, status, tier, created_at, source_updated_at)
    select $1, gen_random_uuid(), $2, 'bulk', 'b-' || n, 'Bulk ' || n, 'SERVICE_REQUEST', 'P3', 'OPEN', 'TIER1',
      timestamptz '2024-06-01 00:00Z' + n * interval '1 minute', now() from generate_series(1, ${MANY}) n`, [tenantId, bulk]);
  await db.end();
  const stranger = await server.tenantWithToken('export-other');
  const foreign = (await server.ok(CreateClientDocument, { input: { name: 'Foreign', timeZone: 'UTC' } }, stranger.token)).createClient.id;
  await insertServiceTickets(server.orm, stranger.tenantId, foreign, [{ month: '2025-03', type: 'CHANGE', priority: 'P1', count: 3, fast: 1 }]);
  strangerTickets = 3;
  tokens = {
    admin, stranger: stranger.token,
    bi: await server.token('export-msp', Role.BI_READER),
    sdm: await server.token('export-msp', Role.SERVICE_DELIVERY_MANAGER),
    viewer: await server.token('export-msp', Role.CLIENT_VIEWER, northwind.client),
  };
}, 180_000);

describe('GET /export/<view>.csv', () => {
  it('needs a BI_READER or MSP_ADMIN token', async () => {
    expect(await get('/export/review_facts.csv')).toMatchObject({ status: 401 });
    expect(await get('/export/review_facts.csv', tokens.sdm)).toMatchObject({ status: 403, text: JSON.stringify({ error: 'exports need a BI_READER or MSP_ADMIN token, not SERVICE_DELIVERY_MANAGER' }) });
    expect(await get('/export/review_facts.csv', tokens.viewer)).toMatchObject({ status: 403 });
    for (const token of [tokens.bi, tokens.admin]) expect(await get('/export/review_facts.csv', token)).toMatchObject({ status: 200 });
  });

  it('exports every view with its header, only the tenant of the token', async () => {
    for (const view of ['review_facts', 'kpi_snapshots', 'sla_attainment', 'csi_items', 'tickets_normalized']) {
      const answer = await get(`/export/${view}.csv`, tokens.bi);
      expect(answer).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8; header=present' });
      expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="${view}.csv"`);
      const records = csvObjects(answer.text);
      expect({ view, rows: records.length }).toEqual({ view, rows: await superuserCount(view) });
      expect(new Set(records.map((r) => r.tenant_id))).toEqual(new Set([tenantId]));
    }
    const csi = csvObjects((await get('/export/csi_items.csv', tokens.bi)).text);
    expect(csi).toEqual([expect.objectContaining({ title: 'Runbooks for Tier 1 & "quick wins"', status: 'APPROVED', kpi_key: 'first_contact_resolution', baseline_value: '0.3333333333333333' })]);
    const stranger = csvObjects((await get('/export/tickets_normalized.csv', tokens.stranger)).text);
    expect(stranger).toHaveLength(strangerTickets);
  });

  it('filters by client and by a period of local dates', async () => {
    const q1 = csvObjects((await get(`/export/review_facts.csv?clientId=${northwind.client}&from=2025-01-01&to=2025-04-01`, tokens.bi)).text);
    expect(q1.map((r) => [r.review_id, r.period_from, r.period_to, r.level, r.status])).toEqual([[northwind.qbrs[0]!.id, '2025-01-01', '2025-04-01', 'QUARTERLY_BUSINESS_REVIEW', 'HELD']]);
    const march = csvObjects((await get(`/export/tickets_normalized.csv?clientId=${northwind.client}&from=2025-03-01&to=2025-04-01`, tokens.bi)).text);
    expect(march).toHaveLength(10);
    expect(new Set(march.map((t) => t.created_on.slice(0, 7)))).toEqual(new Set(['2025-03']));
    expect(march[0]).toMatchObject({ created_at: expect.stringMatching(/^2025-03-10 06:\d\d:00\+00$/), sla_response_status: expect.stringMatching(/^(MET|BREACHED)$/) });
    const none = await get(`/export/sla_attainment.csv?clientId=${bulk}`, tokens.bi);
    expect(parseCsv(none.text)).toHaveLength(1); // the header alone
  });

  it('quotes as RFC 4180 says', async () => {
    const answer = await get(`/export/tickets_normalized.csv?clientId=${bulk}&from=2025-03-01`, tokens.bi);
    expect(answer.text).toContain('"Printer, ""3rd floor""\r\nstill jammed"');
    expect(csvObjects(answer.text).map((t) => t.title)).toEqual([AWKWARD]);
    expect(answer.text.endsWith('\r\n')).toBe(true);
  });

  it('answers a bad request with 400 naming the parameter, and an unknown view with 404', async () => {
    const cases: [string, string][] = [
      ['?clientId=acme', 'clientId: expected a client UUID, got "acme"'],
      ['?from=2025-13-01', 'from: must be a real local date YYYY-MM-DD, got "2025-13-01"'],
      ['?from=2025-02-01&to=2025-01-01', 'to: must be after from (2025-02-01), got "2025-01-01"'],
      ['?period=2025', 'period: unknown parameter; expected clientId, from, to'],
      [`?clientId=${bulk}&clientId=${bulk}`, 'clientId: give it once, as a plain value'],
    ];
    for (const [query, error] of cases) {
      const answer = await get(`/export/tickets_normalized.csv${query}`, tokens.bi);
      expect({ query, status: answer.status, body: JSON.parse(answer.text).error }).toEqual({ query, status: 400, body: error });
    }
    const unknown = await get('/export/api_token.csv', tokens.bi);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error).toBe('no export api_token.csv; there are review_facts.csv, kpi_snapshots.csv, sla_attainment.csv, csi_items.csv, tickets_normalized.csv');
  });

  it(`streams ${MANY} rows in chunks as they are read`, async () => {
    const response = await fetch(`${server.url}/export/tickets_normalized.csv?clientId=${bulk}`, { headers: { authorization: `Bearer ${tokens.bi}` } });
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    let chunks = 0;
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) {
      chunks++;
      text += decoder.decode(chunk, { stream: true });
    }
    expect(chunks).toBeGreaterThan(1);
    const rows = csvObjects(text);
    expect(rows).toHaveLength(MANY + 1);
    expect(rows.map((r) => r.created_at)).toEqual([...rows.map((r) => r.created_at)].sort());
  });

  it('lets a client hang up mid-stream: the transaction ends and the next export works', async () => {
    for (let i = 0; i < 3; i++) {
      const abort = new AbortController();
      const response = await fetch(`${server.url}/export/tickets_normalized.csv?clientId=${bulk}`, { headers: { authorization: `Bearer ${tokens.bi}` }, signal: abort.signal });
      const reader = response.body!.getReader();
      await reader.read();
      abort.abort();
      await reader.closed.catch(() => undefined);
    }
    const next = await get(`/export/tickets_normalized.csv?clientId=${bulk}`, tokens.bi);
    expect(csvObjects(next.text)).toHaveLength(MANY + 1);
  });

  it('reads the view through a cursor, one batch in memory at a time', async () => {
    const writes: number[] = [];
    const sink = { write: async (chunk: string) => void writes.push(parseCsv(chunk).length) };
    const count = await inTenantTransaction(server.orm.em, { tenantId }, (em) => streamViewCsv(em, biView('tickets_normalized')!, { clientId: bulk }, sink, 500));
    expect(count).toBe(MANY + 1);
    expect(writes).toEqual([1, ...Array(12).fill(500), 1]);
  });
});
