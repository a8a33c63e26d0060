import type { KpiStatusEnum, KpiTrendEnum } from '../../kpis/graphql/kpi-enums.js';
import { KPI_CATALOGUE } from '../../kpi-definitions/kpi-catalogue.js';
import { kpiComparison } from '../../kpis/status/kpi-comparison.js';
import type { CsfStatusSnapshot } from '../snapshots/csf-status-snapshot.entity.js';
import { figureId } from '../snapshots/definitions-in-force.js';
import type { KpiSnapshot } from '../snapshots/kpi-snapshot.entity.js';
import type { SlaAttainmentSnapshot } from '../snapshots/sla-attainment-snapshot.entity.js';
import type { CsfStatusChange, KpiDelta, SlaAttainmentDelta } from './review-delta.types.js';

/**
 * Each current KPI figure against the same figure earlier (frozen values both), judged in the
 * current row's direction. A figure missing earlier compares with nothing (NO_DATA).
 *
 * @example
 * compareKpis([{ key: 'first_contact_resolution', figure: 'RATIO', value: 0.8, ... }], [{ ..., value: 0.7 }])
 * //=> [{ key: 'first_contact_resolution', figure: 'RATIO', value: 0.8, earlierValue: 0.7, delta: 0.1 (≈), trend: 'IMPROVED', ... }]
 */
export function compareKpis(current: readonly KpiSnapshot[], earlier: readonly KpiSnapshot[]): KpiDelta[] {
  const before = new Map(earlier.map((r) => [figureId(r.key, r.figure), r]));
  return current.map((row) => {
    const then = before.get(figureId(row.key, row.figure));
    const comparison = kpiComparison(row.value ?? null, then?.value ?? null, row.direction);
    return {
      key: row.key, figure: row.figure, value: row.value ?? null, earlierValue: then?.value ?? null,
      delta: comparison.delta, relativeDelta: comparison.relativeDelta, trend: comparison.trend as KpiTrendEnum,
      status: row.status ?? null, earlierStatus: then?.status ?? null,
    };
  });
}

/** Each current clock and priority's attainment against the same earlier (higher is better). */
export function compareSla(current: readonly SlaAttainmentSnapshot[], earlier: readonly SlaAttainmentSnapshot[]): SlaAttainmentDelta[] {
  const before = new Map(earlier.map((r) => [`${r.clock}|${r.priority}`, r]));
  const direction = KPI_CATALOGUE.sla_resolution_attainment.direction;
  return current.map((row) => {
    const then = before.get(`${row.clock}|${row.priority}`);
    const comparison = kpiComparison(row.attainment ?? null, then?.attainment ?? null, direction);
    return {
      clock: row.clock, priority: row.priority, attainment: row.attainment ?? null, earlierAttainment: then?.attainment ?? null,
      delta: comparison.delta, trend: comparison.trend as KpiTrendEnum,
    };
  });
}

/** Every CSF in either review, with its status in each (null where it was not in force). */
export function compareCsfs(current: readonly CsfStatusSnapshot[], earlier: readonly CsfStatusSnapshot[]): CsfStatusChange[] {
  const ids = [...new Set([...current, ...earlier].map((r) => r.csfId))];
  const now = new Map(current.map((r) => [r.csfId, r]));
  const then = new Map(earlier.map((r) => [r.csfId, r]));
  return ids.map((csfId) => ({
    csfId,
    title: (now.get(csfId) ?? then.get(csfId))!.title,
    status: (now.get(csfId)?.status ?? null) as KpiStatusEnum | null,
    earlierStatus: (then.get(csfId)?.status ?? null) as KpiStatusEnum | null,
  }));
}
