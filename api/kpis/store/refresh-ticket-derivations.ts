import type { EntityManager } from '@mikro-orm/postgresql';
import { recomputeSlaClocks } from '../../sla/clock-store/recompute-sla-clocks.js';
import { refreshKpiFacts } from './refresh-kpi-facts.js';

/**
 * Everything derived from tickets' events, recomputed together so the KPI engine never sees
 * clocks and facts of different moments: the SLA clocks, then the KPI history facts.
 */
export async function refreshTicketDerivations(
  em: EntityManager,
  tenantId: string,
  ticketIds: readonly string[],
  asOf: Date = new Date(),
): Promise<void> {
  await recomputeSlaClocks(em, tenantId, ticketIds, asOf);
  await refreshKpiFacts(em, tenantId, ticketIds, asOf);
}
