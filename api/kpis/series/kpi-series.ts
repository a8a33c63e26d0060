import type { KpiKey } from '../../kpi-definitions/kpi-key.js';
import type { KpiFigureKind } from '../engine/kpi-figure.js';
import type { KpiComparison } from '../status/kpi-comparison.js';
import type { KpiStatus } from '../status/kpi-status.js';

/** One bucket of a series, with its comparisons and, where a KPI definition applies, its status. */
export interface KpiPointValue {
  bucket: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Against the bucket just before. */
  previous: KpiComparison & { value: number | null };
  /** Against the bucket starting a year earlier. */
  yearAgo: KpiComparison & { value: number | null };
  target: number | null;
  status: KpiStatus | null;
}

export interface KpiSeriesValue {
  key: KpiKey;
  figure: KpiFigureKind;
  group: string | null;
  points: KpiPointValue[];
}
