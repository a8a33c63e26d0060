import type { ConnectorContext } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import type { CwTicket } from '../connectwise-records.js';
import { mapConcurrently } from '../paging/map-concurrently.js';
import { auditTrail } from './audit-trail.js';

/**
 * Attaches each ticket's audit trail, `historyConcurrency` requests at a time. ConnectWise has no bulk
 * history endpoint, so this is one listing per changed ticket; the engine calls it only for tickets
 * newer than what it stores.
 *
 * @example
 * await enrichTickets(ctx, [{ id: 42, ... }]); //=> [{ id: 42, ..., auditTrail: [...] }]
 */
export function enrichTickets(context: ConnectorContext<ConnectWiseConfig>, tickets: CwTicket[]): Promise<CwTicket[]> {
  const { config, http } = context;
  return mapConcurrently(tickets, config.historyConcurrency, async (ticket) => ({
    ...ticket,
    auditTrail: await auditTrail(http, ticket.id, config.pageSize),
  }));
}
