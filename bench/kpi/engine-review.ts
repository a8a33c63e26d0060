import type { Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { computeKpis } from '../../api/kpis/engine/compute-kpis.js';
import type { KpiFigure } from '../../api/kpis/engine/kpi-figure.js';
import { REVIEW_FROM, REVIEW_TO } from './bench-period.js';
import { percentile } from './stats.js';

/** The engine under test: the full catalogue, monthly, over the review year, for `clientIds`. */
export function reviewKpis(orm: Orm, tenantId: string, clientIds: readonly string[]): Promise<KpiFigure[]> {
  return inTenantTransaction(orm.em, { tenantId }, (em) =>
    computeKpis(em, { tenantId, clientIds, from: REVIEW_FROM, to: REVIEW_TO, granularity: 'MONTH', keys: [], breakdown: null }));
}

export interface ReviewTiming {
  p50: number;
  p95: number;
  samples: number[];
  figures: KpiFigure[];
  /** The same loop's empty tenant transaction (begin, tenant settings, `select 1`, commit): the floor under a review. */
  floorP50: number;
  floorP95: number;
}

/**
 * `reps` timed calls (after `warmup` untimed ones), each in its own tenant transaction, each
 * followed by an empty tenant transaction timed the same way, so load on the machine shows in both.
 */
export async function timeReview(orm: Orm, tenantId: string, clientIds: readonly string[], reps: number, warmup = 10): Promise<ReviewTiming> {
  let figures: KpiFigure[] = [];
  for (let i = 0; i < warmup; i++) figures = await reviewKpis(orm, tenantId, clientIds);
  const samples: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < reps; i++) {
    let start = performance.now();
    figures = await reviewKpis(orm, tenantId, clientIds);
    samples.push(performance.now() - start);
    start = performance.now();
    await inTenantTransaction(orm.em, { tenantId }, (em) => em.execute('select 1'));
    floor.push(performance.now() - start);
  }
  return {
    p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), samples, figures,
    floorP50: percentile(floor, 0.5), floorP95: percentile(floor, 0.95),
  };
}
