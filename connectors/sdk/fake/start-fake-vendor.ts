import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { FakeReply, FakeRequest, FakeVendorOptions, FakeVendorServer, RecordedRequest } from './fake-vendor.js';
import { faultSchedule } from './fault-schedule.js';
import { readBody } from './read-body.js';
import { routeTable, type RouteMatch } from './route-table.js';
import { seededRandom } from './seeded-random.js';
import { sendReply } from './send-reply.js';

/**
 * Starts a vendor's fake on 127.0.0.1 (a free port unless `port` is given). Each request is recorded,
 * then answered by the first applicable of: a fault (counted `storm429` / `forceStatus` first, then the
 * seeded rates), the vendor's `authenticate`, a 404 for an unknown route, the route's handler. A
 * `timeout` fault answers nothing; `close()` destroys every socket, hanging ones included.
 *
 * @example
 * const server = await startFakeVendor({ routes, authenticate: () => null, faults: { storm429: 1 } });
 * await fetch(`${server.origin}/tickets`); // 429, Retry-After: 1
 * await fetch(`${server.origin}/tickets`); // the route's answer
 * server.requests.map((request) => request.outcome); //=> ['fault:429', 'served']
 * await server.close();
 */
export async function startFakeVendor(options: FakeVendorOptions): Promise<FakeVendorServer> {
  const match = routeTable(options.routes);
  const faults = faultSchedule(options.faults ?? {}, seededRandom(options.seed ?? 1));
  const closing = new AbortController();
  let requests: RecordedRequest[] = [];
  let lastMore = new Map<string, boolean>();

  const server = createServer((incoming, response) => {
    // Only a slow answer cut by close() or a broken request stream end up here: drop the connection.
    answer(incoming, response).catch(() => response.destroy());
  });
  // Longer than a client's idle keep-alive, so the fake never closes a socket a client is about to reuse.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function answer(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = incoming.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    const recorded: RecordedRequest = {
      method: incoming.method ?? 'GET', path, query: queryAt < 0 ? '' : url.slice(queryAt + 1), status: 0, outcome: '',
    };
    requests.push(recorded);
    const fault = faults.next();
    if (fault === 'timeout') {
      recorded.outcome = 'fault:timeout';
      return;
    }
    const injected = fault === '429' || fault === '5xx' || fault === 'forced' ? faultReply(fault) : null;
    const found = match(recorded.method, path);
    const request: FakeRequest = {
      method: recorded.method, path, params: found?.params ?? {}, query: new URLSearchParams(recorded.query),
      headers: incoming.headers, rawBody: await readBody(incoming), origin,
    };
    if (faults.plan.slowMs) await delay(faults.plan.slowMs, undefined, { signal: closing.signal });
    const { reply, outcome } = injected ?? (await serve(request, found));
    const truncate = fault === 'truncated' && outcome === 'served';
    recorded.status = reply.status;
    recorded.outcome = truncate ? 'fault:truncated' : outcome;
    if (outcome === 'served' && !truncate && reply.more !== undefined) lastMore.set(found!.route.path, reply.more);
    if (!closing.signal.aborted) sendReply(response, reply, truncate);
  }

  function faultReply(fault: '429' | '5xx' | 'forced'): { reply: FakeReply; outcome: string } {
    const { retryAfterSeconds = 1, forceStatus } = faults.plan;
    const status = fault === '429' ? 429 : fault === '5xx' ? 503 : forceStatus!.status;
    const headers = status === 429 ? { 'retry-after': String(retryAfterSeconds) } : undefined;
    const body = options.errorBody?.(status) ?? { message: STATUS_CODES[status] };
    return { reply: { status, headers, body }, outcome: fault === 'forced' ? 'forced' : `fault:${fault}` };
  }

  async function serve(request: FakeRequest, found: RouteMatch | null): Promise<{ reply: FakeReply; outcome: string }> {
    const denied = options.authenticate(request);
    if (denied) return { reply: denied, outcome: 'auth' };
    if (!found) return { reply: { status: 404, body: { message: `No route for ${request.method} ${request.path}` } }, outcome: 'no-route' };
    try {
      return { reply: await found.route.handle(request), outcome: 'served' };
    } catch (error) {
      // Answered rather than thrown, so a broken scenario shows up in the connector's error message.
      return { reply: { status: 500, body: { message: `Fake route ${found.route.path} threw: ${String(error)}` } }, outcome: 'handler-error' };
    }
  }

  return {
    origin,
    get requests() {
      return requests;
    },
    served: (pathSuffix) =>
      requests.filter((request) => request.outcome === 'served' && (!pathSuffix || request.path.endsWith(pathSuffix))),
    abandonedListings: () => [...lastMore].filter(([, more]) => more).map(([pattern]) => pattern),
    setFaults: (plan) => faults.set(plan),
    resetCounters() {
      requests = [];
      lastMore = new Map();
    },
    async close() {
      closing.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
