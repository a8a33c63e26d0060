import type { EntityManager } from '@mikro-orm/postgresql';
import { Ticket } from '../../tickets/ticket.entity.js';
import { refreshTicketDerivations } from './refresh-ticket-derivations.js';

const BATCH = 2000;

/**
 * Recomputes the stored SLA clocks and KPI facts of every ticket of `clientIds` (created at or after
 * `createdFrom` when given), in batches, inside the caller's transaction: for when a client's
 * policy or calendar, or a version of one, changes. Returns the tickets recomputed.
 */
export async function refreshClientTickets(
  em: EntityManager,
  tenantId: string,
  clientIds: readonly string[],
  createdFrom?: Date,
): Promise<number> {
  if (clientIds.length === 0) return 0;
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await em.find(
      Ticket,
      { tenantId, clientId: { $in: [...clientIds] }, id: { $gt: after }, ...(createdFrom ? { createdAt: { $gte: createdFrom } } : {}) },
      { fields: ['id'], orderBy: { id: 'asc' }, limit: BATCH },
    );
    if (batch.length === 0) return done;
    await refreshTicketDerivations(em, tenantId, batch.map((t) => t.id));
    done += batch.length;
    after = batch.at(-1)!.id;
  }
}
