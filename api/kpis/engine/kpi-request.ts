import type { KpiKey } from '../../kpi-definitions/kpi-key.js';

/** Bucket size of a KPI series, cut in each client's own time zone (kpi-sla.md rule 12). */
export type Granularity = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** What a series may be split by: the ticket's current type, priority, tier, its source system, or its client. */
export type Breakdown = 'TYPE' | 'PRIORITY' | 'TIER' | 'SOURCE' | 'CLIENT';

/**
 * A KPI question: the catalogue over a set of clients and a half-open period of local dates
 * [from, to), bucketed by `granularity`. Buckets follow calendar boundaries (ISO weeks start on
 * Monday; quarters in January, April, July, October) and are clipped to the period, so a period
 * starting mid-month has a first bucket from its start date to the next month.
 */
export interface KpiRequest {
  tenantId: string;
  clientIds: readonly string[];
  /** Local date YYYY-MM-DD, inclusive. */
  from: string;
  /** Local date YYYY-MM-DD, exclusive. */
  to: string;
  granularity: Granularity;
  /** Catalogue keys to compute; all when empty. */
  keys: readonly KpiKey[];
  breakdown: Breakdown | null;
}
