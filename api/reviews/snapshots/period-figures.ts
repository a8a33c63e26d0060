import type { EntityManager } from '@mikro-orm/postgresql';
import type { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { kpiBuckets } from '../../kpis/engine/buckets.js';
import { computeKpis } from '../../kpis/engine/compute-kpis.js';
import type { Breakdown, Granularity } from '../../kpis/engine/kpi-request.js';
import type { LocalPeriod } from '../../kpis/status/local-period.js';
import { mergeBucketFigures, type PeriodFigure } from './merge-bucket-figures.js';

// MONTH first: one client's whole month is read from its stored monthly figures.
const CANDIDATES: Granularity[] = ['MONTH', 'QUARTER', 'YEAR', 'WEEK', 'DAY'];

/**
 * The granularity at which `period` is exactly one bucket, or null when none is (a period across
 * a year boundary that is not one ISO week or one day).
 *
 * @example
 * singleBucketGranularity({ from: '2026-04-01', to: '2026-07-01' }) //=> 'QUARTER'
 * singleBucketGranularity({ from: '2026-01-01', to: '2026-07-01' }) //=> 'YEAR' (two quarters, one year)
 * singleBucketGranularity({ from: '2025-12-29', to: '2026-01-05' }) //=> 'WEEK'
 * singleBucketGranularity({ from: '2025-12-15', to: '2026-01-15' }) //=> null
 */
export function singleBucketGranularity(period: LocalPeriod): Granularity | null {
  for (const granularity of CANDIDATES) {
    try {
      if (kpiBuckets(period.from, period.to, granularity).length === 1) return granularity;
    } catch {
      // Too many buckets at this granularity: it is not the one.
    }
  }
  return null;
}

/**
 * Every catalogue figure of one client over one whole period of local dates (its own zone),
 * computed by the KPI engine as one bucket where a calendar bucket covers the period, else from
 * its yearly buckets combined (see `mergeBucketFigures`).
 */
export async function periodFigures(
  em: EntityManager,
  tenantId: string,
  clientId: string,
  period: LocalPeriod,
  options: { keys?: readonly KpiKey[]; breakdown?: Breakdown | null } = {},
): Promise<PeriodFigure[]> {
  const granularity = singleBucketGranularity(period);
  const figures = await computeKpis(em, {
    tenantId, clientIds: [clientId], from: period.from, to: period.to,
    granularity: granularity ?? 'YEAR', keys: options.keys ?? [], breakdown: options.breakdown ?? null,
  });
  if (granularity) return figures.map(({ bucket: _bucket, ...figure }) => figure);
  return mergeBucketFigures(figures);
}
