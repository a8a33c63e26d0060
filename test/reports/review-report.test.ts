import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumAvailable, launchChromium, type HeadlessChromium } from '../../api/reports/pdf/chromium.js';
import { Role } from '../../api/tenancy/role.js';
import { CreateClientDocument } from '../../schema/generated/graphql.js';
import { PROJECT_ROOT } from '../support/run-cli.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createReviewedClient, type ReviewedClient } from './reviewed-client.js';
import { insertServiceTickets } from './service-tickets.js';

// Lets one test see the server as if Chromium were not installed.
const browser = vi.hoisted(() => ({ hidden: false }));
vi.mock('../../api/reports/pdf/chromium.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api/reports/pdf/chromium.js')>();
  return { ...real, chromiumAvailable: () => !browser.hidden && real.chromiumAvailable() };
});

const CHROMIUM = chromiumAvailable();
const ARTIFACT = path.join(PROJECT_ROOT, 'test/artifacts/qbr-report.png');

let server: TestServer;
let admin: string;
let tenantId: string;
let northwind: ReviewedClient;
let latest: string;

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

async function report(id: string, token?: string, query = '') {
  const response = await fetch(`${server.url}/reports/reviews/${id}${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startTestServer();
  ({ token: admin, tenantId } = await server.tenantWithToken('report-msp'));
  northwind = await createReviewedClient(server, admin, tenantId, 'Northwind <Oy>', [2024, 2025]);
  latest = northwind.qbrs.at(-1)!.id;
}, 180_000);

describe('GET /reports/reviews/:id', () => {
  it('asks for a token: 401 without one or with an unknown one', async () => {
    expect(await report(latest)).toMatchObject({ status: 401 });
    const bad = await report(latest, 'qd_00000000000000000000000000000000_nope');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('scopes like the API: 404 for another tenant, a viewer of another client, an unknown or malformed id', async () => {
    const { token: stranger } = await server.tenantWithToken('report-other');
    const other = (await server.ok(CreateClientDocument, { input: { name: 'Contoso', timeZone: 'Europe/Helsinki' } }, admin)).createClient.id;
    const otherViewer = await server.token('report-msp', Role.CLIENT_VIEWER, other);
    for (const [id, token] of [[latest, stranger], [latest, otherViewer], ['5f0c0f3e-0000-4000-8000-000000000000', admin], ['not-a-uuid', admin]] as const) {
      const answer = await report(id, token);
      expect({ id, status: answer.status, body: JSON.parse(answer.body.toString()) }).toEqual({ id, status: 404, body: { error: `no service review with id ${id}` } });
    }
    const viewer = await server.token('report-msp', Role.CLIENT_VIEWER, northwind.client);
    const bi = await server.token('report-msp', Role.BI_READER);
    for (const token of [viewer, bi]) expect((await report(latest, token)).status).toBe(200);
  });

  it('renders a self-contained page: CSFs with RAG colours, deltas, charts, the CSI register, the meeting record, all escaped', async () => {
    const page = await report(latest, admin);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = page.body.toString();
    expect(html).toContain('<title>Northwind &lt;Oy&gt; · Quarterly business review · Q4 2025</title>');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=|href=/i);
    expect(html.match(/https?:\/\/[^"'\s<]+/g)).toEqual(Array(count(html, /<svg /)).fill('http://www.w3.org/2000/svg'));

    // CSF status this review, the previous one and a year earlier, as RAG badges.
    const csfRow = /<table class="csfs">[\s\S]*?<tr data-status="(\w+)"><td>Improve the capability of our Tier 1 help desk<\/td>(\s*<td><span class="rag rag-\w+">[\w ]+<\/span><\/td>){3}<\/tr>/
      .exec(html);
    expect(csfRow?.[1]).toMatch(/^(GREEN|AMBER|RED)$/);
    // Every targeted KPI has a delta against Q3 2025 and Q4 2024.
    expect(html).toContain('Compared with the previous review (Q3 2025) and the same period a year earlier (Q4 2024)');
    const fcr = /<tr data-kpi="first_contact_resolution\|RATIO">([\s\S]*?)<\/tr>/.exec(html)![1]!;
    expect(count(fcr, /class="trend-(IMPROVED|WORSENED|UNCHANGED)"/)).toBe(2);
    expect(fcr).toContain('<div class="caption">Improve the capability of our Tier 1 help desk</div>');

    // Charts: two trended KPIs over 8 QBRs, SLA bars for 3 priorities x 2 clocks, volume of 3 types x 8 QBRs.
    expect(count(html, /<svg class="chart line-chart"/)).toBe(2);
    expect(count(html, /<circle class="point"/)).toBe(16);
    expect(count(html, /<line class="target"/)).toBe(2);
    expect(count(html, /<rect class="bar"/)).toBe(6);
    expect(count(html, /<rect class="segment"/)).toBe(24);

    // The CSI item, proposed in Q1 2024 and approved, measured in Q4 2025 against its baseline.
    expect(html).toContain('Runbooks for Tier 1 &amp; &quot;quick wins&quot;');
    expect(/<table class="csi">[\s\S]*?<tr data-status="APPROVED">[\s\S]*?First contact resolution:\s+[\d.]+ % → [\d.]+ %/.test(html)).toBe(true);
    expect(html).toContain('<li>Response times in 2025-10-01 &lt;improving&gt;</li>');
    expect(html).toContain('Sam Delivery (service delivery manager)');
    expect(html).not.toContain('RESTATED');
  });

  it('says so when the review has not been prepared yet', async () => {
    const planned = await server.ok(`query { serviceReviews(first: 1, filter: { clientId: "${northwind.client}", status: [PLANNED] }) { nodes { id } } }`, {}, admin) as { serviceReviews: { nodes: { id: string }[] } };
    const html = (await report(planned.serviceReviews.nodes[0]!.id, admin)).body.toString();
    expect(html).toContain('it has not been prepared, so there is no frozen snapshot to report yet');
    expect(html).not.toContain('<svg');
  });

  it('marks values restated from later data beside the frozen ones', async () => {
    await insertServiceTickets(server.orm, tenantId, northwind.client, [{ month: '2025-11', type: 'INCIDENT', priority: 'P2', count: 5, fast: 5, tag: 'late' }]);
    const html = (await report(latest, admin)).body.toString();
    expect(html).toContain('id="restated-notice"');
    const volume = /<tr data-kpi="ticket_volume\|COUNT" class="has-restatement">[\s\S]*?<td class="num">30<span class="restated"[^>]*>RESTATED 35<\/span>/.exec(html);
    expect(volume).not.toBeNull();
    const fcr = /<tr data-kpi="first_contact_resolution\|RATIO" class="has-restatement">([\s\S]*?)<\/tr>/.exec(html)![1]!;
    expect(fcr).toMatch(/73\.3 %<span class="restated"[^>]*>RESTATED 77\.1 % \(27 of 35\)<\/span><div class="caption">22 of 30<\/div>/);
  });

  it('answers ?format=pdf with 501 and a clear message when Chromium is missing, 400 for another format', async () => {
    browser.hidden = true;
    try {
      const answer = await report(latest, admin, '?format=pdf');
      expect(answer.status).toBe(501);
      expect(JSON.parse(answer.body.toString()).error).toBe(`PDF reports need Chromium at /usr/bin/chromium (Debian: apt-get install chromium); the HTML report is at /reports/reviews/${latest}`);
    } finally {
      browser.hidden = false;
    }
    expect(JSON.parse((await report(latest, admin, '?format=docx')).body.toString())).toEqual({ error: 'format: expected "html" or "pdf", got "docx"' });
  });
});

describe.skipIf(!CHROMIUM)(CHROMIUM ? 'the report in headless Chromium' : 'the report in headless Chromium: SKIPPED, /usr/bin/chromium is missing (apt-get install -y chromium)', () => {
  let chromium: HeadlessChromium;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => chromium?.close());

  it('draws every chart, logs no error, fetches nothing but the page, and keeps a screenshot', async () => {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.setExtraHTTPHeaders({ authorization: `Bearer ${admin}` });
    const response = await page.goto(`${server.url}/reports/reviews/${latest}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    const sizes = async (selector: string) => Promise.all((await page.locator(selector).all()).map(async (e) => (await e.boundingBox())));
    const drawn = (boxes: ({ width: number; height: number } | null)[]) => boxes.filter((b) => b && b.width > 0 && b.height > 0).length;
    expect(drawn(await sizes('svg.chart'))).toBe(4);
    expect(drawn(await sizes('svg.line-chart circle.point'))).toBe(16);
    expect(drawn(await sizes('svg.line-chart polyline.line'))).toBe(2);
    expect(drawn(await sizes('svg.bar-chart rect.bar'))).toBe(6);
    expect(drawn(await sizes('svg.stacked-bar-chart rect.segment'))).toBe(24);
    expect(await page.locator('.rag-GREEN, .rag-AMBER, .rag-RED').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);

    await mkdir(path.dirname(ARTIFACT), { recursive: true });
    await page.screenshot({ path: ARTIFACT, fullPage: true });
  });

  it('prints the same page to PDF', async () => {
    const pdf = await report(latest, admin, '?format=pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.body.length).toBeGreaterThan(10_000);
  });
});
