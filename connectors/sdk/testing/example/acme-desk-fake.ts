import { STATUS_CODES } from 'node:http';
import { startFakeVendor, type FakeReply, type FakeVendorServer } from '../../fake/index.js';
import type { AcmeScenario } from './acme-scenario.js';
import type { AcmeTicket } from './acme-ticket.js';

const MAX_PAGE = 100;

/**
 * Acme Desk's API over a scenario: token auth, `/api/v1/me`, and the ticket listing sorted by
 * (`updated_at`, `id`) with an inclusive `updated_since` and opaque page tokens.
 *
 * @example
 * const server = await startAcmeDeskFake(acmeScenario({ seed: 7, tickets: 25 }));
 * await fetch(`${server.origin}/api/v1/tickets?limit=10`, { headers: { authorization: `Token ${token}` } });
 * //=> 200 { tickets: [...10], next_page_token: 'o10' }
 */
export function startAcmeDeskFake(scenario: AcmeScenario): Promise<FakeVendorServer> {
  const sorted = [...scenario.tickets].sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.id - b.id);
  return startFakeVendor({
    authenticate: (request) =>
      request.headers.authorization === `Token ${scenario.token}` ? null : { status: 401, body: { error: { message: 'Invalid API token' } } },
    errorBody: (status) => ({ error: { message: STATUS_CODES[status] ?? 'Error' } }),
    routes: [
      { method: 'GET', path: '/api/v1/me', handle: () => ({ status: 200, body: { id: 1, name: 'API user' } }) },
      { method: 'GET', path: '/api/v1/tickets', handle: (request) => listTickets(sorted, request.query) },
    ],
  });
}

function listTickets(sorted: AcmeTicket[], query: URLSearchParams): FakeReply {
  const since = query.get('updated_since');
  if (since !== null && Number.isNaN(Date.parse(since))) {
    return { status: 400, body: { error: { message: 'updated_since must be an ISO-8601 instant' } } };
  }
  const limit = Math.min(Number(query.get('limit') ?? 50), MAX_PAGE);
  const offset = Number(query.get('page_token')?.slice(1) ?? 0);
  const matching = since === null ? sorted : sorted.filter((ticket) => Date.parse(ticket.updated_at) >= Date.parse(since));
  const next = offset + limit < matching.length ? `o${offset + limit}` : undefined;
  return {
    status: 200,
    body: { tickets: matching.slice(offset, offset + limit), ...(next ? { next_page_token: next } : {}) },
    more: next !== undefined,
  };
}
