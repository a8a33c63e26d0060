import type { FakeReply, FakeRequest, FakeRoute } from '../../../sdk/fake/index.js';
import type { Condition } from '../conditions/condition.js';
import { ConditionsError } from '../conditions/conditions-error.js';
import { parseConditions } from '../conditions/parse-conditions.js';
import type { TicketStore } from '../scenario/ticket-store.js';
import { cwError } from './cw-error.js';
import { forwardOnlyLink, linkHeader } from './link-header.js';
import { parseOrderBy } from './order-by.js';
import { pagingParams } from './paging-params.js';
import { projectFields } from './project-fields.js';
import { ticketPage } from './ticket-listing.js';

/**
 * `/service/tickets` (list, navigable or forward-only), `/service/tickets/count` and
 * `/service/tickets/{id}` under the API root `api` (`/{codebase}/apis/3.0`).
 *
 * @example
 * ticketRoutes(store, '/v4_6_release/apis/3.0').map((r) => r.path);
 * //=> ['/v4_6_release/apis/3.0/service/tickets', '/v4_6_release/apis/3.0/service/tickets/count', '/v4_6_release/apis/3.0/service/tickets/:id']
 */
export function ticketRoutes(store: TicketStore, api: string): FakeRoute[] {
  return [
    { method: 'GET', path: `${api}/service/tickets`, handle: (request) => listTickets(store, api, request) },
    {
      method: 'GET', path: `${api}/service/tickets/count`,
      handle: (request) => withConditions(request, (condition) => ({
        status: 200, body: { count: ticketPage(store, condition, parseOrderBy(null), 1, Number.MAX_SAFE_INTEGER).ids.length },
      })),
    },
    {
      method: 'GET', path: `${api}/service/tickets/:id`,
      handle(request) {
        const id = Number(request.params['id']);
        if (!store.has(id)) return cwError(404, `Ticket Id ${request.params['id']} not found.`);
        return { status: 200, body: projectFields(store.render(id, request.origin + api), request.query.get('fields')) };
      },
    },
  ];
}

function listTickets(store: TicketStore, api: string, request: FakeRequest): FakeReply {
  const forwardOnly = String(request.headers['pagination-type'] ?? '').toLowerCase() === 'forward-only';
  return withConditions(request, (condition) => {
    const { page, pageSize } = pagingParams(request);
    const pageId = Number(request.query.get('pageId') ?? 0);
    const keyed = forwardOnly && pageId > 0 ? andIdAbove(condition, pageId) : condition;
    const order = forwardOnly ? parseOrderBy('id asc') : parseOrderBy(request.query.get('orderBy'));
    const result = ticketPage(store, keyed, order, forwardOnly ? 1 : page, pageSize);
    const fields = request.query.get('fields');
    const body = result.ids.map((id) => projectFields(store.render(id, request.origin + api), fields));
    const link = forwardOnly
      ? (result.hasNext ? forwardOnlyLink(request, pageSize, result.ids[result.ids.length - 1]!) : undefined)
      : linkHeader(request, { page, pageSize, hasNext: result.hasNext, lastPage: result.total === null ? null : Math.max(1, Math.ceil(result.total / pageSize)) });
    const headers: Record<string, string> = link ? { link } : {};
    return { status: 200, body, headers, more: result.hasNext };
  });
}

function withConditions(request: FakeRequest, serve: (condition: Condition | null) => FakeReply): FakeReply {
  try {
    const text = request.query.get('conditions');
    return serve(text?.trim() ? parseConditions(text) : null);
  } catch (error) {
    if (error instanceof ConditionsError) return cwError(400, error.message);
    throw error;
  }
}

function andIdAbove(condition: Condition | null, id: number): Condition {
  const above: Condition = { kind: 'compare', field: 'id', operator: '>', value: { type: 'number', value: id } };
  return condition ? { kind: 'and', items: [condition, above] } : above;
}
