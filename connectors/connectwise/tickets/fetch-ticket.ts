import { isConnectorError, type ConnectorContext } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import type { CwTicket } from '../connectwise-records.js';
import { enrichTickets } from './enrich-tickets.js';

/**
 * One ticket with its audit trail, `GET /service/tickets/{id}`; null when ConnectWise answers 404 or the
 * ticket is not on a configured board.
 *
 * @example
 * await fetchTicket(ctx, '42'); //=> { id: 42, ..., auditTrail: [...] }
 * await fetchTicket(ctx, '999999'); //=> null
 */
export async function fetchTicket(context: ConnectorContext<ConnectWiseConfig>, id: string): Promise<CwTicket | null> {
  if (!/^[0-9]+$/.test(id)) return null;
  let ticket: CwTicket;
  try {
    ticket = (await context.http.request<CwTicket>({ url: `/service/tickets/${id}` })).data;
  } catch (error) {
    if (isConnectorError(error) && error.details.status === 404) return null;
    throw error;
  }
  const boards = context.config.boards;
  if (boards && !boards.some((name) => name.toLowerCase() === ticket.board?.name?.toLowerCase())) return null;
  const [enriched] = await enrichTickets(context, [ticket]);
  return enriched ?? null;
}
