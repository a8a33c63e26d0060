import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { Priority } from '../../tickets/priority.js';
import { TicketType } from '../../tickets/ticket-type.js';
import { Tier } from '../../tickets/tier.js';
import type { Bucket } from './buckets.js';
import type { KpiFigure, KpiFigureKind } from './kpi-figure.js';
import { KPI_FIGURES } from './kpi-figures.js';
import type { Breakdown, KpiRequest } from './kpi-request.js';

/** One aggregate row of a cohort: counts, sums, `*_percentiles` ([p50, p90]) and means, by column name. */
export type CohortRow = Record<string, number | string | number[] | null>;

/**
 * The aggregates of one bucket and group, one row per cohort (kpi-sql.ts names their columns):
 * created in the bucket, first resolved in it, open at its end, CSAT received in it. A missing row
 * is an empty cohort.
 */
export interface KpiCell {
  created?: CohortRow;
  resolved?: CohortRow;
  backlog?: CohortRow;
  csat?: CohortRow;
}

/** The breakdown's groups, in the order figures are listed. */
export function groupsOf(breakdown: Breakdown | null, sources: readonly string[], clientIds: readonly string[]): (string | null)[] {
  switch (breakdown) {
    case null: return [null];
    case 'TYPE': return Object.values(TicketType);
    case 'PRIORITY': return Object.values(Priority);
    case 'TIER': return Object.values(Tier);
    case 'SOURCE': return [...sources];
    case 'CLIENT': return [...clientIds].sort();
  }
}

/**
 * Every bucket x group x figure of `request` from its cells' aggregates (the one place where
 * aggregates become the catalogue's figures, whichever way they were computed).
 */
export function assembleFigures(
  request: KpiRequest,
  buckets: readonly Bucket[],
  groups: readonly (string | null)[],
  cellAt: (bucket: Bucket, group: string | null) => KpiCell | undefined,
  endpointsFor: (group: string | null) => number,
): KpiFigure[] {
  const keys = request.keys.length ? request.keys : Object.values(KpiKey);
  const figures: KpiFigure[] = [];
  for (const bucket of buckets) {
    for (const grp of groups) {
      const cell = cellAt(bucket, grp) ?? {};
      const get = (row: CohortRow | undefined) => (column: string) => Number(row?.[column] ?? 0);
      const values = figureValues(bucket, endpointsFor(grp), get(cell.created), get(cell.resolved), get(cell.backlog), get(cell.csat),
        (rows, column) => cell[rows]?.[column]);
      for (const key of keys) {
        for (const figure of KPI_FIGURES[key]) {
          figures.push({ key, figure, bucket: bucket.start, group: grp, ...values(key, figure) });
        }
      }
    }
  }
  return figures;
}

const ratio = (numerator: number, denominator: number) => ({ value: denominator === 0 ? null : numerator / denominator, numerator, denominator });
const count = (value: number) => ({ value, numerator: null, denominator: null });
const stat = (value: number | string | null | undefined, n: number) => ({ value: value == null ? null : Number(value), numerator: null, denominator: n });

type Get = (column: string) => number;
type Raw = (rows: keyof KpiCell, column: string) => number | string | number[] | null | undefined;

/** Turns one bucket's aggregate columns into the catalogue's figures. */
function figureValues(bucket: Bucket, endpoints: number, created: Get, resolved: Get, backlog: Get, csat: Get, raw: Raw) {
  return (key: KpiKey, figure: KpiFigureKind): Pick<KpiFigure, 'value' | 'numerator' | 'denominator'> => {
    const attainment = (prefix: string) => {
      if (figure === 'NO_TARGET') return count(created(`${prefix}_no_target`));
      if (figure === 'PENDING') return count(created(`${prefix}_pending`));
      const met = created(`${prefix}_met`);
      return ratio(met, met + created(`${prefix}_breached`));
    };
    const timeStat = (rows: 'created' | 'resolved', prefix: string, n: number) => {
      if (figure === 'MEAN') return stat(raw(rows, `${prefix}_mean`) as number | null, n);
      const percentiles = raw(rows, `${prefix}_percentiles`) as unknown as (number | null)[] | null | undefined;
      return stat(percentiles?.[figure === 'MEDIAN' ? 0 : 1], n);
    };
    switch (key) {
      case KpiKey.ticket_volume: return count(figure === 'EXCLUDED' ? created('excluded') : created('volume'));
      case KpiKey.first_response_time: return timeStat('created', 'fr', created('fr_n'));
      case KpiKey.resolution_time: return timeStat('resolved', 'rt', resolved('rt_n'));
      case KpiKey.sla_response_attainment: return attainment('frs');
      case KpiKey.sla_resolution_attainment: return attainment('res');
      case KpiKey.first_contact_resolution: return ratio(resolved('fcr_num'), resolved('fcr_den'));
      case KpiKey.escalation_rate: return ratio(created('esc_num'), created('esc_den'));
      case KpiKey.first_level_resolution: return ratio(resolved('flr_num'), resolved('flr_den'));
      case KpiKey.reopen_rate: return ratio(resolved('reopen_num'), resolved('resolved'));
      case KpiKey.backlog: return count(backlog(figure === 'COUNT' ? 'backlog' : figure.toLowerCase()));
      case KpiKey.csat: {
        const responses = csat('responses');
        if (figure === 'COUNT') return count(responses);
        if (figure === 'MEAN') return stat(raw('csat', 'mean_score') as number | null, responses);
        if (figure === 'RESPONSE_RATE') return ratio(responses, resolved('resolved'));
        return ratio(csat('satisfied'), responses);
      }
      case KpiKey.tickets_per_endpoint: return ratio(created('volume_with_endpoints'), endpoints * bucket.months);
    }
  };
}
