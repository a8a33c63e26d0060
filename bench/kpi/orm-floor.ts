import { DateTime } from 'luxon';
import type { Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import type { KpiFigure } from '../../api/kpis/engine/kpi-figure.js';
import { KpiKey } from '../../api/kpi-definitions/kpi-key.js';
import { SlaClockKind, TicketSlaClock } from '../../api/sla/clock-store/ticket-sla-clock.entity.js';
import { StatusCategory } from '../../api/tickets/status-category.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { REVIEW_FROM } from './bench-period.js';

export interface FloorResult {
  ms: number;
  ticketsLoaded: number;
  clocksLoaded: number;
  /** Per month: live tickets created, and the median first-cycle resolution minutes. */
  months: { bucket: string; volume: number; medianResolution: number | null }[];
}

/** percentile_cont(0.5): the linear interpolation between the middle values. */
function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const pos = (values.length - 1) * 0.5;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return values[lo] + (values[hi] - values[lo]) * (pos - lo);
}

const live = (t: Ticket) => t.status !== StatusCategory.CANCELLED && !t.mergedIntoId;

/**
 * The floor: what loading one client's review year through the ORM costs before any KPI is
 * computed. Loads the tickets created in the year and the cycle-1 RESOLUTION clocks stopped in it
 * (plus those clocks' tickets) with `em.find`, then computes monthly volume and median resolution
 * time in JS, in the client's zone.
 */
export async function ormFloor(orm: Orm, tenantId: string, clientId: string, timeZone: string): Promise<FloorResult> {
  const start = performance.now();
  const first = DateTime.fromISO(REVIEW_FROM, { zone: timeZone });
  const edges = Array.from({ length: 13 }, (_, i) => first.plus({ months: i }).toJSDate());
  return inTenantTransaction(orm.em, { tenantId }, async (em) => {
    const tickets = await em.find(Ticket, { tenantId, clientId, createdAt: { $gte: edges[0], $lt: edges[12] } });
    const clocks = await em.find(TicketSlaClock, {
      tenantId, clientId, clock: SlaClockKind.RESOLUTION, cycle: 1, stoppedAt: { $gte: edges[0], $lt: edges[12] },
    });
    const byId = new Map(tickets.map((t) => [t.id, t]));
    const missing = [...new Set(clocks.map((c) => c.ticketId).filter((id) => !byId.has(id)))];
    for (let i = 0; i < missing.length; i += 10_000) {
      for (const t of await em.find(Ticket, { tenantId, id: { $in: missing.slice(i, i + 10_000) } })) byId.set(t.id, t);
    }
    const monthOf = (at: Date) => {
      const ms = at.getTime();
      let lo = 0;
      while (lo < 12 && edges[lo + 1].getTime() <= ms) lo++;
      return lo;
    };
    const volume = new Array<number>(12).fill(0);
    const minutes: number[][] = Array.from({ length: 12 }, () => []);
    for (const t of tickets) if (live(t)) volume[monthOf(t.createdAt)]++;
    for (const c of clocks) if (live(byId.get(c.ticketId)!)) minutes[monthOf(c.stoppedAt!)].push(c.elapsedMinutes);
    return {
      ms: performance.now() - start,
      ticketsLoaded: byId.size,
      clocksLoaded: clocks.length,
      months: volume.map((v, i) => ({ bucket: first.plus({ months: i }).toISODate()!, volume: v, medianResolution: medianOf(minutes[i]) })),
    };
  });
}

/** Months where the floor's volume and median resolution time differ from the engine's. */
export function floorDisagreements(floor: FloorResult, engine: readonly KpiFigure[]): number {
  let bad = 0;
  for (const m of floor.months) {
    const v = engine.find((f) => f.bucket === m.bucket && f.key === KpiKey.ticket_volume && f.figure === 'COUNT')?.value;
    const r = engine.find((f) => f.bucket === m.bucket && f.key === KpiKey.resolution_time && f.figure === 'MEDIAN')?.value ?? null;
    if (v !== m.volume) bad++;
    if (r === null ? m.medianResolution !== null : m.medianResolution === null || Math.abs(r - m.medianResolution) > 1e-9 * Math.max(1, Math.abs(r))) bad++;
  }
  return bad;
}
