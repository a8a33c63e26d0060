import { ConnectorError, type Stream } from '../../index.js';
import type { AcmeConfig } from './acme-config.js';
import type { AcmeTicket, AcmeTicketPage } from './acme-ticket.js';
import { normalizeAcmeTicket } from './normalize-acme-ticket.js';

/**
 * Tickets changed since the cursor, oldest change first. `updated_since` is inclusive, so a re-read
 * from the state repeats the records at the cursor instant and never skips one that shared it.
 */
export const acmeTickets: Stream<AcmeConfig, AcmeTicket> = {
  name: 'tickets',
  primaryKey: 'id',
  cursorField: 'updated_at',
  ordered: true,
  cursorType: 'instant',

  async *read({ http, config }, state) {
    let pageToken: string | undefined;
    do {
      const { data } = await http.request<AcmeTicketPage>({
        url: '/api/v1/tickets',
        params: { updated_since: state.cursor ?? undefined, page_token: pageToken, limit: config.pageSize },
      });
      // A body of another shape must fail the run, not end it as if the listing were complete.
      if (!Array.isArray(data?.tickets)) throw new ConnectorError('fatal', 'GET /api/v1/tickets: expected { tickets: [...] } in the body');
      yield data.tickets;
      pageToken = data.next_page_token;
    } while (pageToken);
  },

  version: (ticket) => ({ id: String(ticket.id), updatedAt: new Date(ticket.updated_at) }),

  advance: (state, ticket) =>
    state.cursor !== null && Date.parse(state.cursor) >= Date.parse(ticket.updated_at) ? state : { ...state, cursor: ticket.updated_at },

  normalize: normalizeAcmeTicket,
};
