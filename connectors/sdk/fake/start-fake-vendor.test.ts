import { afterEach, describe, expect, it } from 'vitest';
import type { FakeRoute, FakeVendorOptions, FakeVendorServer } from './fake-vendor.js';
import { seededRandom } from './seeded-random.js';
import { startFakeVendor } from './start-fake-vendor.js';

const servers: FakeVendorServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const listing: FakeRoute = {
  method: 'GET',
  path: '/api/tickets',
  handle: (request) => {
    const page = Number(request.query.get('page') ?? 1);
    return { status: 200, body: { page, tickets: [page * 10, page * 10 + 1] }, more: page < 3 };
  },
};
const ticket: FakeRoute = {
  method: 'POST',
  path: '/api/tickets/:id/notes',
  handle: (request) => ({ status: 201, body: { id: request.params.id, note: JSON.parse(request.rawBody.toString()), origin: request.origin } }),
};

async function start(options: Partial<FakeVendorOptions> = {}): Promise<FakeVendorServer> {
  const server = await startFakeVendor({
    routes: [listing, ticket],
    authenticate: (request) => (request.headers.authorization === 'Token good' ? null : { status: 401, body: { error: 'bad token' } }),
    errorBody: (status) => ({ error: `vendor says ${status}` }),
    ...options,
  });
  servers.push(server);
  return server;
}

function get(server: FakeVendorServer, path: string, token = 'good'): Promise<Response> {
  return fetch(server.origin + path, { headers: { authorization: `Token ${token}` } });
}

describe('startFakeVendor', () => {
  it('routes by method and pattern, with params, query, body and origin', async () => {
    const server = await start();
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const listed = await get(server, '/api/tickets?page=2');
    expect(listed.status).toBe(200);
    expect(listed.headers.get('content-type')).toContain('application/json');
    expect(await listed.json()).toEqual({ page: 2, tickets: [20, 21] });
    const posted = await fetch(`${server.origin}/api/tickets/a%20b/notes`, {
      method: 'POST', headers: { authorization: 'Token good', 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hi' }),
    });
    expect(posted.status).toBe(201);
    expect(await posted.json()).toEqual({ id: 'a b', note: { text: 'hi' }, origin: server.origin });
    expect(server.requests).toEqual([
      { method: 'GET', path: '/api/tickets', query: 'page=2', status: 200, outcome: 'served' },
      { method: 'POST', path: '/api/tickets/a%20b/notes', query: '', status: 201, outcome: 'served' },
    ]);
  });

  it('authenticates before routing, and answers unknown routes with a JSON 404', async () => {
    const server = await start();
    const refused = await get(server, '/api/nowhere', 'bad');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'bad token' });
    const missing = await get(server, '/api/nowhere');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: 'No route for GET /api/nowhere' });
    const wrongMethod = await fetch(`${server.origin}/api/tickets`, { method: 'DELETE', headers: { authorization: 'Token good' } });
    expect(wrongMethod.status).toBe(404);
    expect(server.requests.map((request) => request.outcome)).toEqual(['auth', 'no-route', 'no-route']);
  });

  it('answers a storm of 429s with Retry-After, then forced statuses, before auth and routes', async () => {
    const server = await start({ faults: { storm429: 2, retryAfterSeconds: 3, forceStatus: { status: 403, count: 1 } } });
    const answers = [];
    for (let index = 0; index < 4; index++) {
      const response = await get(server, '/api/tickets', 'bad');
      answers.push([response.status, response.headers.get('retry-after'), await response.json()]);
    }
    expect(answers).toEqual([
      [429, '3', { error: 'vendor says 429' }],
      [429, '3', { error: 'vendor says 429' }],
      [403, null, { error: 'vendor says 403' }],
      [401, null, { error: 'bad token' }],
    ]);
    expect(server.requests.map((request) => request.outcome)).toEqual(['fault:429', 'fault:429', 'forced', 'auth']);
  });

  it('draws random faults from the seed: the same seed gives the same outcomes', async () => {
    const faults = { rate429: 0.2, rate5xx: 0.2, rateTruncated: 0.2 };
    const outcomes = async (seed: number): Promise<string[]> => {
      const server = await start({ seed, faults });
      for (let index = 0; index < 20; index++) await (await get(server, '/api/tickets')).arrayBuffer();
      return server.requests.map((request) => request.outcome);
    };
    const first = await outcomes(11);
    expect(await outcomes(11)).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['served', 'fault:429', 'fault:5xx', 'fault:truncated']));
  });

  it('sends 503 with the vendor error body for 5xx faults', async () => {
    const server = await start({ faults: { rate5xx: 1 } });
    const response = await get(server, '/api/tickets');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'vendor says 503' });
  });

  it('truncates a served body to half, with a matching Content-Length', async () => {
    const server = await start({ faults: { rateTruncated: 1 } });
    const response = await get(server, '/api/tickets');
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(text.length);
    expect(text).toBe(JSON.stringify({ page: 1, tickets: [10, 11] }).slice(0, text.length));
    expect(() => JSON.parse(text)).toThrow();
    expect(server.requests[0]).toMatchObject({ status: 200, outcome: 'fault:truncated' });
    expect(server.abandonedListings(), 'a truncated page was not received').toEqual([]);
  });

  it('delays every answer by slowMs', async () => {
    const server = await start({ faults: { slowMs: 120 } });
    const started = performance.now();
    await (await get(server, '/api/tickets')).arrayBuffer();
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('holds timed-out requests without answering, and close() still ends at once', async () => {
    const server = await startFakeVendor({
      routes: [{ method: 'GET', path: '/hang', handle: () => new Promise(() => undefined) }],
      authenticate: () => null,
      faults: { rateTimeout: 1 },
    });
    const pending = [get(server, '/api/tickets'), get(server, '/hang')].map((request) => request.then(() => 'answered', () => 'dropped'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toEqual([
      { method: 'GET', path: '/api/tickets', query: '', status: 0, outcome: 'fault:timeout' },
      { method: 'GET', path: '/hang', query: '', status: 0, outcome: 'fault:timeout' },
    ]);
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await Promise.all(pending)).toEqual(['dropped', 'dropped']);
  });

  it('closes promptly while a route handler hangs', async () => {
    const server = await startFakeVendor({ routes: [{ method: 'GET', path: '/hang', handle: () => new Promise(() => undefined) }], authenticate: () => null });
    const pending = get(server, '/hang').then(() => 'answered', () => 'dropped');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    expect(await pending).toBe('dropped');
  });

  it('answers 500 when a route handler throws', async () => {
    const server = await start({ routes: [{ method: 'GET', path: '/boom', handle: () => { throw new Error('scenario bug'); } }] });
    const response = await get(server, '/boom');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Fake route /boom threw: Error: scenario bug' });
    expect(server.requests[0]?.outcome).toBe('handler-error');
  });

  it('tells which listings were abandoned, filters served requests and resets its counters', async () => {
    const server = await start();
    await (await get(server, '/api/tickets?page=1')).arrayBuffer();
    expect(server.abandonedListings()).toEqual(['/api/tickets']);
    await (await get(server, '/api/tickets?page=2')).arrayBuffer();
    await (await get(server, '/api/tickets?page=3')).arrayBuffer();
    expect(server.abandonedListings()).toEqual([]);
    await (await get(server, '/api/tickets', 'bad')).arrayBuffer();
    expect(server.served().map((request) => request.query)).toEqual(['page=1', 'page=2', 'page=3']);
    expect(server.served('/tickets')).toHaveLength(3);
    expect(server.served('/notes')).toEqual([]);
    await (await get(server, '/api/tickets?page=1')).arrayBuffer();
    server.resetCounters();
    expect(server.requests).toEqual([]);
    expect(server.abandonedListings()).toEqual([]);
  });

  it('restarts the fault counters on setFaults', async () => {
    const server = await start({ faults: { storm429: 5 } });
    expect((await get(server, '/api/tickets')).status).toBe(429);
    server.setFaults({});
    expect((await get(server, '/api/tickets')).status).toBe(200);
    server.setFaults({ forceStatus: { status: 500, count: 1 } });
    expect((await get(server, '/api/tickets')).status).toBe(500);
    expect((await get(server, '/api/tickets')).status).toBe(200);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(draws[0]);
  });
});
