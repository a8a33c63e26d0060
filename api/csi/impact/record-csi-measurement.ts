import { DateTime } from 'luxon';
import { Client } from '../../clients/client.entity.js';
import type { Context } from '../../graphql/context.js';
import { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';
import type { KpiFigureEnum } from '../../kpis/graphql/kpi-enums.js';
import { figureOf } from '../../kpis/graphql/kpi.service.js';
import type { LocalPeriod } from '../../kpis/status/local-period.js';
import { clientSnapshotHistory } from '../../reviews/comparisons/snapshot-history.js';
import { figureId } from '../../reviews/snapshots/definitions-in-force.js';
import type { PeriodFigure } from '../../reviews/snapshots/merge-bucket-figures.js';
import { periodFigures } from '../../reviews/snapshots/period-figures.js';
import type { ReviewSnapshot } from '../../reviews/snapshots/review-snapshot.entity.js';
import { kpisOfSnapshot } from '../../reviews/snapshots/snapshot-rows.js';
import type { CsiItem } from '../csi-item.entity.js';
import { CsiKpiMeasurement, CsiMeasurementKind } from './csi-kpi-measurement.entity.js';

interface Source {
  period: LocalPeriod;
  reviewId: string | null;
  figures: Map<string, Pick<PeriodFigure, 'value' | 'numerator' | 'denominator'>>;
}

/**
 * Records an item's target KPI values, inside the request transaction:
 * - BASELINE, on approval: from the frozen snapshot of the review it was proposed in, else the
 *   client's latest snapshot;
 * - COMPLETION, when done: from the client's latest snapshot after the baseline's period (of the
 *   baseline's level where there is one, so a month is compared with a month).
 * Without a fitting snapshot, the last whole month before now (client zone) is computed instead.
 */
export async function recordCsiMeasurement(ctx: Context, item: CsiItem, kind: CsiMeasurementKind): Promise<CsiKpiMeasurement[]> {
  const definitions = (await ctx.loaders.byId(KpiDefinition).loadMany(item.targetKpiIds))
    .filter((d): d is KpiDefinition => d instanceof KpiDefinition);
  if (definitions.length === 0) return [];
  const source = await sourceOf(ctx, item, kind);
  const recordedAt = new Date();
  const rows = definitions.map((definition) => {
    const figure = figureOf(definition.key, definition.statistic);
    const measured = source.figures.get(figureId(definition.key, figure));
    return ctx.store.create(CsiKpiMeasurement, {
      csiItemId: item.id, clientId: item.clientId, kind, kpiDefinitionId: definition.id, key: definition.key,
      figure: figure as KpiFigureEnum, value: measured?.value ?? null, numerator: measured?.numerator ?? null,
      denominator: measured?.denominator ?? null, periodFrom: source.period.from, periodTo: source.period.to,
      reviewId: source.reviewId, recordedAt,
    });
  });
  await ctx.em.flush();
  return rows;
}

async function sourceOf(ctx: Context, item: CsiItem, kind: CsiMeasurementKind): Promise<Source> {
  const history = await clientSnapshotHistory(ctx, item.clientId);
  const latest = (snapshots: ReviewSnapshot[]) =>
    [...snapshots].sort((a, b) => a.periodTo.localeCompare(b.periodTo) || a.takenAt.getTime() - b.takenAt.getTime()).at(-1);
  let snapshot: ReviewSnapshot | undefined;
  if (kind === CsiMeasurementKind.BASELINE) {
    snapshot = history.find((s) => s.reviewId === item.reviewId) ?? latest(history);
  } else {
    const baseline = await ctx.em.findOne(CsiKpiMeasurement, {
      $and: [ctx.store.scope(CsiKpiMeasurement), { csiItemId: item.id, kind: CsiMeasurementKind.BASELINE }],
    });
    const after = baseline ? history.filter((s) => s.periodFrom >= baseline.periodTo) : history;
    const level = history.find((s) => s.reviewId === baseline?.reviewId)?.level;
    snapshot = latest(after.filter((s) => s.level === level)) ?? latest(after);
  }
  if (snapshot) {
    const rows = await kpisOfSnapshot(ctx, snapshot.id);
    return {
      period: { from: snapshot.periodFrom, to: snapshot.periodTo },
      reviewId: snapshot.reviewId,
      figures: new Map(rows.map((r) => [figureId(r.key, r.figure), { value: r.value ?? null, numerator: r.numerator ?? null, denominator: r.denominator ?? null }])),
    };
  }
  const client = await ctx.store.get(Client, item.clientId, 'client');
  const thisMonth = DateTime.now().setZone(client.timeZone).startOf('month');
  const period = { from: thisMonth.minus({ months: 1 }).toISODate()!, to: thisMonth.toISODate()! };
  const figures = await periodFigures(ctx.em, ctx.viewer.tenantId, client.id, period);
  return { period, reviewId: null, figures: new Map(figures.map((f) => [figureId(f.key, f.figure), f])) };
}
