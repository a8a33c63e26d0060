import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectorContext } from '../../sdk/index.js';
import { connectwise } from '../index.js';
import { parseAuditChange } from '../tickets/parse-audit-change.js';
import { startFakeConnectWise, type FakeConnectWise } from './start-fake-connectwise.js';

describe('fake ConnectWise protocol', () => {
  let cw: FakeConnectWise;
  let auth: Record<string, string>;
  const get = (path: string, headers: Record<string, string> = auth) => fetch(`${cw.apiRoot}${path}`, { headers });

  beforeAll(async () => {
    cw = await startFakeConnectWise({ tickets: 120, seed: 9 });
    const { companyId, publicKey, privateKey, clientId } = cw.config;
    auth = { Authorization: `Basic ${Buffer.from(`${companyId}+${publicKey}:${privateKey}`).toString('base64')}`, clientId };
  });
  afterAll(() => cw.close());

  it('refuses wrong credentials and a missing clientId with 401 and a ConnectWise error body', async () => {
    const wrong = await get('/system/info', { ...auth, Authorization: 'Basic eDp5' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'Unauthorized', message: expect.any(String) });
    const noClient = await get('/system/info', { Authorization: auth['Authorization']! });
    expect(noClient.status).toBe(401);
    expect(((await noClient.json()) as { message: string }).message).toMatch(/clientId/);
    expect((await get('/system/info')).status).toBe(200);
  });

  it('answers company-info discovery without credentials', async () => {
    const response = await fetch(`${cw.origin}/login/companyinfo/${cw.config.companyId}`);
    expect(await response.json()).toMatchObject({ Codebase: 'v4_6_release/', IsCloud: true });
  });

  it('pages 25 by default and at most 1,000, with first/prev/next/last links', async () => {
    const first = await get('/service/tickets?fields=id');
    expect(((await first.json()) as unknown[]).length).toBe(25);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next", <[^>]*page=5>; rel="last"$/);
    const middle = await get('/service/tickets?fields=id&page=3&pageSize=25');
    expect(middle.headers.get('link')).toMatch(/rel="first".*rel="prev".*page=4[^>]*>; rel="next"/);
    const capped = await get('/service/tickets?fields=id&pageSize=5000');
    expect(((await capped.json()) as unknown[]).length).toBe(120);
    expect(capped.headers.get('link')).toBeNull();
  });

  it('answers malformed conditions with 400 and the server\'s rule text', async () => {
    const response = await get(`/service/tickets?conditions=${encodeURIComponent('lastUpdated > 2024')}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('DateTime values should be enclosed in square brackets');
  });

  it('filters, counts, projects fields and 404s like ConnectWise', async () => {
    const query = encodeURIComponent('board/name = "Help Desk" and closedFlag = false');
    const listed = (await (await get(`/service/tickets?conditions=${query}&fields=id,board/name&pageSize=1000`)).json()) as { id: number; board: { name: string } }[];
    expect(listed.every((t) => t.board.name === 'Help Desk' && Object.keys(t).length === 2)).toBe(true);
    expect(await (await get(`/service/tickets/count?conditions=${query}`)).json()).toEqual({ count: listed.length });
    const missing = await get('/service/tickets/99999');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NotFound' });
  });

  it('supports forward-only paging with pageId', async () => {
    const headers = { ...auth, 'pagination-type': 'forward-only' };
    const first = await get('/service/tickets?fields=id&pageSize=50', headers);
    const ids = ((await first.json()) as { id: number }[]).map((t) => t.id);
    expect(ids[0]).toBe(1);
    expect(first.headers.get('link')).toContain(`pageId=${ids.at(-1)}>; rel="next"`);
  });

  it('keeps audit trails consistent with the truth, and is deterministic per seed', async () => {
    const truth = cw.truth();
    for (const expected of truth.tickets.slice(0, 30)) {
      const changes = cw.ticket(expected.id)!.auditTrail!.map(parseAuditChange).filter((c) => c !== null);
      expect(changes.filter((c) => c.field === 'status')).toHaveLength(expected.statusChanges);
      expect(changes.filter((c) => c.field === 'board')).toHaveLength(expected.boardChanges);
      expect(changes.filter((c) => c.field === 'priority')).toHaveLength(expected.priorityChanges);
    }
    const again = await startFakeConnectWise({ tickets: 120, seed: 9, end: new Date(Date.parse(truth.tickets[0]!.lastUpdated) + 86_400_000 * 365) });
    try {
      expect(again.ticket(17)!.summary).toBe(cw.ticket(17)!.summary);
    } finally {
      await again.close();
    }
  });

  it('deletes, adds and changes tickets, which listIds and fetchOne see', async () => {
    const context = createConnectorContext(connectwise, { ...cw.config, pageSize: 50 });
    const stream = connectwise.streams[0]!;
    cw.deleteTickets([5, 6]);
    const [added] = cw.addTickets(1);
    const changed = cw.changeTickets(0.1);
    const ids: string[] = [];
    for await (const page of stream.listIds!(context)) ids.push(...page);
    expect(ids).toEqual(cw.truth().tickets.map((t) => String(t.id)));
    expect(ids).not.toContain('5');
    expect(await stream.fetchOne!(context, '5')).toBeNull();
    expect(await stream.fetchOne!(context, String(added))).toMatchObject({ id: added, status: { name: 'New' } });
    expect(changed.length).toBeGreaterThan(0);
    const fetched = (await stream.fetchOne!(context, String(changed[0]))) as { _info?: { lastUpdated?: string } };
    expect(fetched._info?.lastUpdated).toBe(cw.truth().tickets.find((t) => t.id === changed[0])!.lastUpdated);
  });
});
