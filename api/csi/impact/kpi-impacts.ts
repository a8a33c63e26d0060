import { KPI_CATALOGUE } from '../../kpi-definitions/kpi-catalogue.js';
import type { KpiDirection } from '../../kpi-definitions/kpi-direction.js';
import type { KpiTrendEnum } from '../../kpis/graphql/kpi-enums.js';
import { kpiComparison } from '../../kpis/status/kpi-comparison.js';
import { figureId } from '../../reviews/snapshots/definitions-in-force.js';
import type { CsiKpiMeasurement } from './csi-kpi-measurement.entity.js';
import type { CsiKpiImpact } from './csi-impact.types.js';

/** A measured figure: its value and, where known, its direction as frozen. */
export interface MeasuredFigure {
  key: string;
  figure: string;
  value?: number | null;
  direction?: KpiDirection;
}

/**
 * Each baseline set against the same figure measured later, judged in the KPI's direction.
 *
 * @example
 * kpiImpacts([{ key: 'first_contact_resolution', figure: 'RATIO', value: 0.6, ... }], [{ key: 'first_contact_resolution', figure: 'RATIO', value: 0.75 }])
 * //=> [{ baseline: 0.6, value: 0.75, delta: 0.15 (≈), relativeDelta: 0.25 (≈), trend: 'IMPROVED', ... }]
 */
export function kpiImpacts(baselines: readonly CsiKpiMeasurement[], measured: readonly MeasuredFigure[]): CsiKpiImpact[] {
  const byFigure = new Map(measured.map((m) => [figureId(m.key, m.figure), m]));
  return baselines.map((b) => {
    const now = byFigure.get(figureId(b.key, b.figure));
    const comparison = kpiComparison(now?.value ?? null, b.value ?? null, now?.direction ?? KPI_CATALOGUE[b.key].direction);
    return {
      kpiDefinitionId: b.kpiDefinitionId, key: b.key, figure: b.figure, baseline: b.value ?? null, value: now?.value ?? null,
      delta: comparison.delta, relativeDelta: comparison.relativeDelta, trend: comparison.trend as KpiTrendEnum,
    };
  });
}
