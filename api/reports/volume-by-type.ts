import type { EntityManager } from '@mikro-orm/postgresql';
import { KpiKey } from '../kpi-definitions/kpi-key.js';
import type { ReviewSnapshot } from '../reviews/snapshots/review-snapshot.entity.js';
import { periodFigures } from '../reviews/snapshots/period-figures.js';
import { TicketType } from '../tickets/ticket-type.js';

/**
 * Ticket volume by ticket type over each snapshot's period, computed by the KPI engine from
 * today's data (snapshots freeze volume in total, not by type). Types with no ticket in any
 * period are left out.
 */
export async function volumeByType(em: EntityManager, tenantId: string, history: readonly ReviewSnapshot[]): Promise<{ type: string; values: number[] }[]> {
  const counts = Object.values(TicketType).map((type) => ({ type, values: history.map(() => 0) }));
  // One after another: the computations share the request transaction's connection.
  for (const [i, snapshot] of history.entries()) {
    const figures = await periodFigures(em, tenantId, snapshot.clientId, { from: snapshot.periodFrom, to: snapshot.periodTo },
      { keys: [KpiKey.ticket_volume], breakdown: 'TYPE' });
    for (const f of figures) {
      const row = counts.find((c) => c.type === f.group);
      if (row && f.figure === 'COUNT') row.values[i] = f.value ?? 0;
    }
  }
  return counts.filter((c) => c.values.some((v) => v > 0));
}
