import type { KpiKey } from '../../kpi-definitions/kpi-key.js';

/**
 * Which figure of a KPI a row carries.
 * - COUNT: ticket_volume (non-excluded tickets created), backlog (open at the bucket's end), csat (responses)
 * - EXCLUDED: ticket_volume's cancelled or merged tickets created in the bucket
 * - MEDIAN / P90 / MEAN: first_response_time and resolution_time (business minutes); csat MEAN is the
 *   mean normalized score
 * - RATIO: attainments, FCR, escalation, FLR, reopen rate, csat's satisfied share
 * - NO_TARGET / PENDING: attainment tickets outside the ratio
 * - RESPONSE_RATE: csat responses / tickets first-resolved in the bucket
 * - PER_ENDPOINT_MONTH: tickets_per_endpoint
 * - AGE_0_1D ... AGE_30D_PLUS: backlog by age, half-open buckets [0,1d) [1d,3d) [3d,7d) [7d,30d) [30d,inf)
 */
export type KpiFigureKind =
  | 'COUNT' | 'EXCLUDED' | 'MEDIAN' | 'P90' | 'MEAN' | 'RATIO' | 'NO_TARGET' | 'PENDING' | 'RESPONSE_RATE'
  | 'PER_ENDPOINT_MONTH' | 'AGE_0_1D' | 'AGE_1_3D' | 'AGE_3_7D' | 'AGE_7_30D' | 'AGE_30D_PLUS';

/**
 * One number of the catalogue for one bucket (and breakdown value). Ratios carry numerator and
 * denominator and are null when the denominator is 0; statistics of an empty set are null; counts
 * have no denominator. `denominator` of MEDIAN / P90 / MEAN is the size of the set they summarise.
 */
export interface KpiFigure {
  key: KpiKey;
  figure: KpiFigureKind;
  /** The bucket's first local date, YYYY-MM-DD. */
  bucket: string;
  /** The breakdown value (e.g. 'INCIDENT', 'P1', 'TIER2', 'connectwise'); null without a breakdown. */
  group: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}
