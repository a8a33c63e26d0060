import type { Context } from '../../graphql/context.js';
import type { ReviewSnapshot } from '../../reviews/snapshots/review-snapshot.entity.js';
import { CsiKpiMeasurement, CsiMeasurementKind } from './csi-kpi-measurement.entity.js';

/** An item's recorded measurements (baseline and completion), batched per request. */
export const measurementsOf = (ctx: Context, itemId: string) =>
  ctx.loaders.manyBy(CsiKpiMeasurement, 'csiItemId', 'recordedAt', 'key').load(itemId);

/** The target KPIs as recorded when the item was approved; empty before. */
export const baselineOf = async (ctx: Context, itemId: string) =>
  (await measurementsOf(ctx, itemId)).filter((m) => m.kind === CsiMeasurementKind.BASELINE);

/**
 * Whether a snapshot measures an item's impact: its period begins once the baseline's has ended.
 *
 * @example
 * measurableIn([{ periodTo: jan31 }], { periodFrom: feb1 }); //=> true
 */
export const measurableIn = (baseline: readonly Pick<CsiKpiMeasurement, 'periodTo'>[], snapshot: Pick<ReviewSnapshot, 'periodFrom'>): boolean =>
  baseline[0] !== undefined && baseline[0].periodTo <= snapshot.periodFrom;
