import type { EntityManager } from '@mikro-orm/postgresql';
import { recomputeSlaClocks } from '../../sla/clock-store/recompute-sla-clocks.js';
import { loadTicketHistories } from '../../tickets/load-ticket-histories.js';
import { refreshKpiFacts } from './refresh-kpi-facts.js';
import { refreshClientMonths } from './refresh-client-months.js';

/**
 * Everything derived from tickets' events, recomputed together so the KPI engine never sees
 * clocks, facts and stored months of different moments: the SLA clocks, the KPI history facts,
 * then the clients' stored monthly figures.
 */
export async function refreshTicketDerivations(
  em: EntityManager,
  tenantId: string,
  ticketIds: readonly string[],
  asOf: Date = new Date(),
  { months = true }: { months?: boolean } = {},
): Promise<void> {
  const histories = await loadTicketHistories(em, tenantId, ticketIds);
  await recomputeSlaClocks(em, tenantId, ticketIds, asOf, histories);
  await refreshKpiFacts(em, tenantId, ticketIds, asOf, histories);
  // A sync run passes months: false for each page and refreshes the touched months once at its end.
  if (months) await refreshClientMonths(em, tenantId, ticketIds, asOf);
}
