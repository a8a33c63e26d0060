import type { CwTicket } from '../connectwise-records.js';

/** The ticket listing's order, `lastUpdated asc, id asc` (the keyset the reader pages by). */
export const TICKET_ORDER_BY = 'lastUpdated asc, id asc';

/**
 * Negative when `a` comes before `b` in `TICKET_ORDER_BY`.
 *
 * @example
 * compareTickets({ id: 9, _info: { lastUpdated: '2024-01-01T00:00:00Z' } }, { id: 3, _info: { lastUpdated: '2024-01-02T00:00:00Z' } }); //=> < 0
 * compareTickets({ id: 9, _info: { lastUpdated: '2024-01-01T00:00:00Z' } }, { id: 3, _info: { lastUpdated: '2024-01-01T00:00:00Z' } }); //=> 6
 */
export function compareTickets(a: Pick<CwTicket, 'id' | '_info'>, b: Pick<CwTicket, 'id' | '_info'>): number {
  return updatedAt(a) - updatedAt(b) || a.id - b.id;
}

/** `_info.lastUpdated` in epoch milliseconds (NaN when missing). */
export function updatedAt(ticket: Pick<CwTicket, '_info'>): number {
  return Date.parse(ticket._info?.lastUpdated ?? '');
}
