import type { Stream } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import type { CwTicket } from '../connectwise-records.js';
import { enrichTickets } from './enrich-tickets.js';
import { fetchTicket } from './fetch-ticket.js';
import { listTicketIds } from './list-ticket-ids.js';
import { normalizeTicket } from './normalize-ticket.js';
import { readTickets } from './read-tickets.js';
import { updatedAt } from './ticket-order.js';

/**
 * Service tickets, incrementally by `_info.lastUpdated`, with their audit trails as events.
 *
 * @example
 * ticketsStream.advance({ cursor: null }, { id: 7, _info: { lastUpdated: '2024-03-02T09:00:00Z' }, ... });
 * //=> { cursor: '2024-03-02T09:00:00.000Z' }
 */
export const ticketsStream: Stream<ConnectWiseConfig, CwTicket> = {
  name: 'tickets',
  primaryKey: 'id',
  cursorField: '_info/lastUpdated',
  ordered: true,
  cursorType: 'instant',
  read: readTickets,
  enrich: enrichTickets,
  version: (record) => ({ id: String(record.id), updatedAt: new Date(updatedAt(record)) }),
  advance(state, record) {
    const at = updatedAt(record);
    if (Number.isNaN(at) || (state.cursor !== null && Date.parse(state.cursor) >= at)) return state;
    return { ...state, cursor: new Date(at).toISOString() };
  },
  normalize: normalizeTicket,
  listIds: listTicketIds,
  fetchOne: fetchTicket,
};
