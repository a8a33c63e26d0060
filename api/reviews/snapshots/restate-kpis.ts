import type { Context } from '../../graphql/context.js';
import type { KpiStatusEnum } from '../../kpis/graphql/kpi-enums.js';
import { floatNoise } from '../../kpis/status/float-noise.js';
import { kpiStatus } from '../../kpis/status/kpi-status.js';
import { figureId } from './definitions-in-force.js';
import type { KpiSnapshot } from './kpi-snapshot.entity.js';
import { periodFigures } from './period-figures.js';
import type { RestatedKpiValue } from './restated-kpi-value.type.js';
import { ReviewSnapshot } from './review-snapshot.entity.js';
import { kpisOfSnapshot } from './snapshot-rows.js';

type Numbers = { value?: number | null; numerator?: number | null; denominator?: number | null };

const same = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null ? (a ?? null) === (b ?? null) : Math.abs(a - b) <= floatNoise(a, b);

/**
 * Whether a recomputed figure differs from its frozen one: in value, numerator or denominator,
 * beyond floating-point noise.
 *
 * @example
 * restates({ value: 0.8, numerator: 8, denominator: 10 }, { value: 0.8, numerator: 8, denominator: 10 }) //=> false
 * restates({ value: 0.8, numerator: 8, denominator: 10 }, { value: 0.75, numerator: 9, denominator: 12 }) //=> true
 */
export function restates(frozen: Numbers, now: Numbers): boolean {
  return !same(frozen.value, now.value) || !same(frozen.numerator, now.numerator) || !same(frozen.denominator, now.denominator);
}

/**
 * The restatements of one snapshot's KPI figures, by KpiSnapshot id: the same period recomputed
 * from today's data, judged against the frozen target, where it differs from the frozen value.
 * Nothing is written: the snapshot stays as it was.
 */
export async function restateKpis(ctx: Context, snapshot: ReviewSnapshot, rows: readonly KpiSnapshot[]): Promise<Map<string, RestatedKpiValue>> {
  const now = await periodFigures(ctx.em, ctx.viewer.tenantId, snapshot.clientId, { from: snapshot.periodFrom, to: snapshot.periodTo });
  const current = new Map(now.map((f) => [figureId(f.key, f.figure), f]));
  const recomputedAt = new Date();
  const restated = new Map<string, RestatedKpiValue>();
  for (const row of rows) {
    const figure = current.get(figureId(row.key, row.figure));
    if (!figure || !restates(row, figure)) continue;
    const status = row.target == null ? null : kpiStatus(figure.value, row.target, row.tolerance ?? 0, row.direction) as KpiStatusEnum;
    restated.set(row.id, { value: figure.value, numerator: figure.numerator, denominator: figure.denominator, status, recomputedAt });
  }
  return restated;
}

/** The request's restatements of snapshots, one computation per snapshot however many figures ask. */
export function restatementsOf(ctx: Context, snapshotId: string): Promise<Map<string, RestatedKpiValue>> {
  const loader = ctx.loaders.memo('ReviewSnapshot:restated', async (ids) => {
    const out: Map<string, RestatedKpiValue>[] = [];
    // One after another: they share the request transaction's connection.
    for (const id of ids) {
      const snapshot = await ctx.loaders.byId(ReviewSnapshot).load(id);
      const rows = snapshot ? await kpisOfSnapshot(ctx, id) : [];
      out.push(snapshot ? await restateKpis(ctx, snapshot, rows) : new Map());
    }
    return out;
  });
  return loader.load(snapshotId);
}
