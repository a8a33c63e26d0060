import type { ConnectorContext } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import { allOf, boardCondition } from '../paging/condition-literals.js';
import { keysetPages } from '../paging/keyset-pages.js';

/**
 * Every ticket id ConnectWise holds now (on the configured boards), for deletion reconciliation:
 * `fields=id`, keyset on `id`. A ticket moved off the configured boards counts as gone.
 *
 * @example
 * for await (const ids of listTicketIds(ctx)) ids; //=> ['1', '2', ..., '1000'], then ['1001', ...]
 */
export async function* listTicketIds(context: ConnectorContext<ConnectWiseConfig>): AsyncGenerator<string[]> {
  const boards = boardCondition(context.config.boards);
  const pages = keysetPages<{ id: number }>(context.http, {
    url: '/service/tickets',
    orderBy: 'id asc',
    fields: 'id',
    pageSize: context.config.pageSize,
    compare: (a, b) => a.id - b.id,
    where: (last) => allOf(last ? `id > ${last.id}` : null, boards),
  });
  for await (const page of pages) yield page.map((ticket) => String(ticket.id));
}
