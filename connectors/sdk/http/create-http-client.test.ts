import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../connector-error.js';
import type { FakeRoute } from '../fake/fake-vendor.js';
import { caught } from '../testing/caught.js';
import { createHttpClient } from './create-http-client.js';
import { testClient, testVendors, TOKEN } from './http-test-vendor.js';

const vendor = testVendors();

const echo: FakeRoute = {
  method: 'GET',
  path: '/api/echo',
  handle: (request) => ({
    status: 200,
    headers: { 'X-Total-Count': '2' },
    body: { query: request.query.toString(), authorization: request.headers.authorization ?? null, extra: request.headers['x-extra'] ?? null },
  }),
};
const post: FakeRoute = { method: 'POST', path: '/api/echo', handle: (request) => ({ status: 200, body: JSON.parse(request.rawBody.toString()) }) };
const tickets: FakeRoute = { method: 'GET', path: '/api/tickets', handle: () => ({ status: 200, body: { tickets: [1, 2] } }) };

/** A route answering `first` once, then 200 `{ ok: true }`. */
function once(path: string, first: FakeRoute['handle']): FakeRoute {
  let calls = 0;
  return { method: 'GET', path, handle: (request) => (calls++ === 0 ? first(request) : { status: 200, body: { ok: true } }) };
}

describe('createHttpClient: requests', () => {
  it('sends default and request headers, leaves out undefined params, parses JSON, lower-cases headers', async () => {
    const server = await vendor([echo]);
    const { http, memory } = testClient(server);
    const response = await http.request<Record<string, unknown>>({
      url: '/echo', params: { limit: 10, page: undefined, q: 'a b', flag: true }, headers: { 'x-extra': 'yes' },
    });
    expect(response).toEqual({
      status: 200,
      headers: expect.objectContaining({ 'x-total-count': '2', 'content-type': 'application/json; charset=utf-8' }),
      data: { query: 'limit=10&q=a+b&flag=true', authorization: `Bearer ${TOKEN}`, extra: 'yes' },
      url: `${server.origin}/api/echo?limit=10&q=a+b&flag=true`,
    });
    expect(memory.lines).toEqual([{
      level: 'debug', message: 'http request',
      object: { method: 'GET', path: '/api/echo?limit=10&q=a+b&flag=true', status: 200, ms: expect.any(Number), attempt: 1 },
    }]);
  });

  it('sends JSON bodies', async () => {
    const server = await vendor([post]);
    const { http } = testClient(server);
    expect((await http.request({ method: 'POST', url: 'echo', data: { a: [1, 'b'] } })).data).toEqual({ a: [1, 'b'] });
  });

  it('follows an absolute URL on the base origin (a Link header) with the credentials', async () => {
    const server = await vendor([echo]);
    const { http } = testClient(server);
    const response = await http.request<{ authorization: string }>({ url: `${server.origin}/api/echo?page=2` });
    expect(response.data.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('refuses an absolute URL on another origin as config, unless allowOtherOrigin, and never sends it the credentials', async () => {
    const [home, other] = [await vendor([echo]), await vendor([echo])];
    const { http } = testClient(home);
    const error = await caught<ConnectorError>(http.request({ url: `${other.origin}/api/echo` }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe('config');
    expect(error.message).toContain(`leaves the vendor origin ${home.origin}`);
    expect(other.requests).toEqual([]);
    const allowed = await http.request<{ authorization: string | null }>({ url: `${other.origin}/api/echo`, allowOtherOrigin: true });
    expect(allowed.data.authorization).toBeNull();
  });

  it.each(['not a url', 'ftp://vendor.example/api', ''])('throws config for the base URL %j', async (baseURL) => {
    const error = await caught(() => createHttpClient({ baseURL, headers: {}, secrets: [] }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'config', details: { field: 'baseURL' } });
  });

  it('acquires the rate limiter before every attempt', async () => {
    const server = await vendor([tickets], { faults: { forceStatus: { status: 503, count: 1 } } });
    let acquired = 0;
    const { http } = testClient(server, { rateLimiter: { acquire: async () => void acquired++ } });
    await http.request({ url: '/tickets' });
    expect(acquired).toBe(2);
  });
});

describe('createHttpClient: retries', () => {
  it('retries 5xx with full-jitter backoff, logging a warning each time', async () => {
    const server = await vendor([tickets], { faults: { forceStatus: { status: 503, count: 2 } } });
    const { http, sleeps, memory } = testClient(server);
    expect((await http.request({ url: '/tickets' })).data).toEqual({ tickets: [1, 2] });
    expect(sleeps).toEqual([250, 500]);
    expect(memory.lines.filter((line) => line.level === 'warn').map((line) => line.object)).toEqual([
      { method: 'GET', path: '/api/tickets', status: 503, reason: '503 Service Unavailable', attempt: 1, delayMs: 250 },
      { method: 'GET', path: '/api/tickets', status: 503, reason: '503 Service Unavailable', attempt: 2, delayMs: 500 },
    ]);
    expect(memory.lines.filter((line) => line.level === 'debug').map((line) => line.object.attempt)).toEqual([1, 2, 3]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    const server = await vendor([tickets], { faults: { forceStatus: { status: 502, count: 3 } } });
    const { http, sleeps } = testClient(server, { random: () => 0.999, retry: { maxDelayMs: 600 } });
    await http.request({ url: '/tickets' });
    expect(sleeps).toEqual([499, 599, 599]);
  });

  it("gives up after maxAttempts as 'transient', naming method, path, status and the vendor's message", async () => {
    const server = await vendor([tickets], { faults: { forceStatus: { status: 500, count: 9 } } });
    const { http, sleeps } = testClient(server, { retry: { maxAttempts: 3 } });
    const error = await caught<ConnectorError>(http.request({ url: '/tickets', params: { limit: 1 } }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe('transient');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe('GET /api/tickets?limit=1 failed: 500 Internal Server Error after 3 attempts; the vendor said "fake vendor 500"');
    expect(error.details).toEqual({ status: 500, retryAfterMs: undefined, url: `${server.origin}/api/tickets?limit=1` });
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('waits the Retry-After seconds instead of the backoff', async () => {
    const server = await vendor([tickets], { faults: { storm429: 2, retryAfterSeconds: 7 } });
    const { http, sleeps } = testClient(server);
    await http.request({ url: '/tickets' });
    expect(sleeps).toEqual([7000, 7000]);
  });

  it('waits until a Retry-After HTTP-date', async () => {
    const inFiveSeconds = (): string => new Date(Date.now() + 5000).toUTCString();
    const server = await vendor([once('/api/tickets', () => ({ status: 503, headers: { 'retry-after': inFiveSeconds() } }))]);
    const { http, sleeps } = testClient(server);
    await http.request({ url: '/tickets' });
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(3900);
    expect(sleeps[0]).toBeLessThanOrEqual(5000);
  });

  it("fails as 'rate_limited' with the last Retry-After once the attempts are spent", async () => {
    const server = await vendor([tickets], { faults: { storm429: 9, retryAfterSeconds: 2 } });
    const { http } = testClient(server, { retry: { maxAttempts: 3 } });
    const error = await caught<ConnectorError>(http.request({ url: '/tickets' }));
    expect(error).toMatchObject({ kind: 'rate_limited', details: { status: 429, retryAfterMs: 2000 } });
    expect(error.message).toContain('429 Too Many Requests after 3 attempts');
    expect(server.requests).toHaveLength(3);
  });

  it('fails at once when Retry-After is over maxRetryAfterMs', async () => {
    const server = await vendor([tickets], { faults: { storm429: 1, retryAfterSeconds: 600 } });
    const { http, sleeps } = testClient(server);
    const error = await caught<ConnectorError>(http.request({ url: '/tickets' }));
    expect(error).toMatchObject({ kind: 'rate_limited', details: { retryAfterMs: 600_000 } });
    expect(error.message).toContain('Retry-After 600000 ms is over the 300000 ms limit');
    expect(sleeps).toEqual([]);
  });

  it.each([
    [400, 'fatal'], [401, 'auth'], [403, 'auth'], [404, 'fatal'], [409, 'fatal'], [422, 'fatal'],
  ] as const)('never retries a %i (%s)', async (status, kind) => {
    const server = await vendor([tickets], { faults: { forceStatus: { status, count: 1 } } });
    const { http, sleeps } = testClient(server);
    const error = await caught<ConnectorError>(http.request({ url: '/tickets' }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(new RegExp(`^GET /api/tickets failed: ${status} .+; the vendor said "fake vendor ${status}"$`));
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('does not follow redirects (they could carry the credentials away)', async () => {
    const server = await vendor([{ method: 'GET', path: '/api/moved', handle: () => ({ status: 302, headers: { location: 'http://elsewhere.test/' } }) }]);
    const { http } = testClient(server);
    expect(await caught(http.request({ url: '/moved' }))).toMatchObject({ kind: 'fatal', details: { status: 302 } });
  });

  it('retries a timeout, and gives up on repeated ones as transient', async () => {
    const hanging = once('/api/slow', () => new Promise(() => undefined));
    const server = await vendor([hanging]);
    const { http, sleeps } = testClient(server, { timeoutMs: 150 });
    expect((await http.request({ url: '/slow' })).data).toEqual({ ok: true });
    expect(sleeps).toHaveLength(1);
    server.setFaults({ rateTimeout: 1 });
    const error = await caught<ConnectorError>(testClient(server, { retry: { maxAttempts: 2 } }).http.request({ url: '/slow', timeoutMs: 100 }));
    expect(error.kind).toBe('transient');
    expect(error.message).toBe('GET /api/slow failed: no answer within 100 ms after 2 attempts');
  });

  it('retries network errors, then fails as transient', async () => {
    const server = await vendor([tickets]);
    const { http, sleeps } = testClient(server, { retry: { maxAttempts: 3 } });
    await server.close();
    const error = await caught<ConnectorError>(http.request({ url: '/tickets' }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe('transient');
    expect(error.message).toBe('GET /api/tickets failed: network error ECONNREFUSED after 3 attempts');
    expect(sleeps).toHaveLength(2);
  });

  it('retries a truncated JSON body, and gives up on repeated ones as transient', async () => {
    const cut = once('/api/cut', () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"tickets": [1, 2' }));
    const server = await vendor([cut, tickets]);
    const { http, sleeps } = testClient(server, { retry: { maxAttempts: 2 } });
    expect((await http.request({ url: '/cut' })).data).toEqual({ ok: true });
    expect(sleeps).toHaveLength(1);
    server.setFaults({ rateTruncated: 1 });
    const error = await caught<ConnectorError>(http.request({ url: '/tickets' }));
    expect(error).toMatchObject({ kind: 'transient', details: { status: 200 } });
    expect(error.message).toMatch(/^GET \/api\/tickets failed: truncated JSON body \(\d+ characters\) after 2 attempts$/);
  });

  it('fails as fatal, without retrying, on a body announced as JSON that is not', async () => {
    const html: FakeRoute = { method: 'GET', path: '/api/html', handle: () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '<html>maintenance</html>' }) };
    const server = await vendor([html]);
    const { http } = testClient(server);
    expect(await caught(http.request({ url: '/html' }))).toMatchObject({ kind: 'fatal', details: { status: 200 } });
    expect(server.requests).toHaveLength(1);
  });

  it('returns text bodies as text', async () => {
    const server = await vendor([{ method: 'GET', path: '/api/text', handle: () => ({ status: 200, body: 'plain' }) }]);
    expect((await testClient(server).http.request({ url: '/text' })).data).toBe('plain');
  });

  it('stops waiting when its signal is aborted', async () => {
    const server = await vendor([tickets], { faults: { storm429: 1, retryAfterSeconds: 30 } });
    const controller = new AbortController();
    const { http } = testClient(server, { signal: controller.signal, sleep: undefined });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await caught<ConnectorError>(http.request({ url: '/tickets' }));
    expect(error).toMatchObject({ kind: 'transient', message: 'GET /api/tickets failed: aborted' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
