import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { refreshMonthsOfClient } from '../../kpis/store/refresh-client-months.js';
import { rawSql } from '../../db/raw-sql.js';

/**
 * The clients whose stored monthly KPI figures a run made stale, each with its earliest changed
 * ticket's creation time: a change can reach every later month (resolution, CSAT, backlog), so the
 * run refreshes each client from that month through the current one, once, at its end. Compact on
 * purpose: a run over a million tickets keeps one entry per client, not per ticket.
 */
export class TouchedMonths {
  private readonly firstCreated = new Map<string, number>();

  add(rows: readonly { client_id: string; first_created: Date }[]): void {
    for (const row of rows) {
      const at = new Date(row.first_created).getTime();
      this.firstCreated.set(row.client_id, Math.min(at, this.firstCreated.get(row.client_id) ?? Infinity));
    }
  }

  get size(): number {
    return this.firstCreated.size;
  }

  /** Refreshes the stored months of every touched client, each in the transaction `inTransaction` gives. */
  async refresh(
    inTransaction: <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>,
    tenantId: string,
    asOf: Date,
  ): Promise<void> {
    for (const [clientId, first] of this.firstCreated) {
      await inTransaction(async (em) => {
        const [client] = await rawSql<{ time_zone: string }>(em, 'select time_zone from client where tenant_id = ? and id = ?', [tenantId, clientId]);
        if (!client) return;
        const zone = client.time_zone;
        const from = DateTime.fromMillis(first, { zone }).startOf('month').toISODate()!;
        const to = DateTime.fromJSDate(asOf, { zone }).startOf('month').plus({ months: 1 }).toISODate()!;
        await refreshMonthsOfClient(em, tenantId, clientId, from, to, asOf);
      });
    }
    this.firstCreated.clear();
  }
}
