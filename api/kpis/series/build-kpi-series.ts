import { DateTime } from 'luxon';
import { KPI_CATALOGUE } from '../../kpi-definitions/kpi-catalogue.js';
import type { KpiKey } from '../../kpi-definitions/kpi-key.js';
import type { KpiFigure, KpiFigureKind } from '../engine/kpi-figure.js';
import { kpiComparison } from '../status/kpi-comparison.js';
import { kpiStatus } from '../status/kpi-status.js';
import type { KpiSeriesValue } from './kpi-series.js';

/** A KPI definition as the series needs it: what it targets, from when. */
export interface SeriesTarget {
  key: KpiKey;
  figure: KpiFigureKind;
  effectiveFrom: string;
  target: number;
  tolerance: number;
  direction: 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';
}

const yearBefore = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).minus({ years: 1 }).toISODate()!;

/**
 * Series of the buckets from `from` on, out of figures computed over a range that starts a year
 * earlier (so every bucket has its previous bucket and the bucket a year before). A bucket's
 * status comes from the target in force at its start (latest `effectiveFrom` on or before it);
 * only ungrouped series get one.
 *
 * @example
 * buildKpiSeries(figures, '2026-01-01', [])[0].points[0].previous.trend //=> 'IMPROVED'
 */
export function buildKpiSeries(figures: readonly KpiFigure[], from: string, targets: readonly SeriesTarget[]): KpiSeriesValue[] {
  const series = new Map<string, KpiFigure[]>();
  for (const f of figures) {
    const id = `${f.key}|${f.figure}|${f.group ?? ''}`;
    series.set(id, [...(series.get(id) ?? []), f]);
  }
  return [...series.values()].map((points) => {
    const { key, figure, group } = points[0]!;
    const direction = KPI_CATALOGUE[key].direction;
    const byStart = new Map(points.map((p) => [p.bucket, p]));
    const applicable = targets
      .filter((t) => t.key === key && t.figure === figure && group === null)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
    return {
      key, figure, group,
      points: points.flatMap((point, i) => {
        if (point.bucket < from) return [];
        const previous = points[i - 1]?.value ?? null;
        const yearAgo = byStart.get(yearBefore(point.bucket))?.value ?? null;
        const target = applicable.find((t) => t.effectiveFrom <= point.bucket);
        return [{
          bucket: point.bucket, value: point.value, numerator: point.numerator, denominator: point.denominator,
          previous: { value: previous, ...kpiComparison(point.value, previous, direction) },
          yearAgo: { value: yearAgo, ...kpiComparison(point.value, yearAgo, direction) },
          target: target?.target ?? null,
          status: target ? kpiStatus(point.value, target.target, target.tolerance, target.direction) : null,
        }];
      }),
    };
  });
}
