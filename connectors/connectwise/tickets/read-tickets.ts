import type { ConnectorContext, StreamState } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import type { CwTicket } from '../connectwise-records.js';
import { allOf, boardCondition, dateLiteral } from '../paging/condition-literals.js';
import { keysetPages } from '../paging/keyset-pages.js';
import { compareTickets, TICKET_ORDER_BY } from './ticket-order.js';

/**
 * Tickets updated at or after the cursor, oldest update first, by keyset paging (see keyset-pages.ts for
 * why not page numbers): the first page asks `lastUpdated >= [cursor]`, each next one
 * `lastUpdated > [t] or (lastUpdated = [t] and id > n)` after the last ticket (t, n) seen. The last
 * ticket's `lastUpdated` is echoed back verbatim, so the server compares at its own precision.
 *
 * @example
 * readTickets(ctx, { cursor: '2024-03-01T00:00:00.000Z' });
 * //=> GET /service/tickets?conditions=lastUpdated >= [2024-03-01T00:00:00Z]&orderBy=lastUpdated asc, id asc&page=1&pageSize=1000, then
 * //   GET /service/tickets?conditions=lastUpdated > [2024-03-01T08:12:00Z] or (lastUpdated = [2024-03-01T08:12:00Z] and id > 5120)&...
 */
export function readTickets(context: ConnectorContext<ConnectWiseConfig>, state: StreamState): AsyncGenerator<CwTicket[]> {
  const boards = boardCondition(context.config.boards);
  return keysetPages<CwTicket>(context.http, {
    url: '/service/tickets',
    orderBy: TICKET_ORDER_BY,
    pageSize: context.config.pageSize,
    compare: compareTickets,
    where(last) {
      if (last) {
        const t = dateLiteral(last._info?.lastUpdated ?? '');
        return allOf(`lastUpdated > ${t} or (lastUpdated = ${t} and id > ${last.id})`, boards);
      }
      return allOf(state.cursor ? `lastUpdated >= ${dateLiteral(wholeSeconds(state.cursor))}` : null, boards);
    },
  });
}

/** ISO-8601 without fractions, rounded down so `>=` still includes the cursor's own second. */
function wholeSeconds(iso: string): string {
  return new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
