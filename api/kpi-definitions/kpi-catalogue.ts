import { KpiDirection } from './kpi-direction.js';
import { KpiKey } from './kpi-key.js';
import { KpiStatistic } from './kpi-statistic.js';

export interface CatalogueEntry {
  label: string;
  /** The figures of this KPI a definition may target; the first is the default. */
  statistics: KpiStatistic[];
  direction: KpiDirection;
  unit: 'tickets' | 'business minutes' | 'ratio' | 'score' | 'tickets per endpoint-month';
}

const { COUNT, RATIO, MEDIAN, P90, MEAN } = KpiStatistic;
const LOWER = KpiDirection.LOWER_IS_BETTER;
const HIGHER = KpiDirection.HIGHER_IS_BETTER;

/** The KPI catalogue of kpi-sla.md: what each key measures and which way is better. */
export const KPI_CATALOGUE: Record<KpiKey, CatalogueEntry> = {
  [KpiKey.ticket_volume]: { label: 'Ticket volume', statistics: [COUNT], direction: LOWER, unit: 'tickets' },
  [KpiKey.first_response_time]: { label: 'First response time', statistics: [MEDIAN, P90, MEAN], direction: LOWER, unit: 'business minutes' },
  [KpiKey.resolution_time]: { label: 'Resolution time', statistics: [MEDIAN, P90, MEAN], direction: LOWER, unit: 'business minutes' },
  [KpiKey.sla_response_attainment]: { label: 'SLA response attainment', statistics: [RATIO], direction: HIGHER, unit: 'ratio' },
  [KpiKey.sla_resolution_attainment]: { label: 'SLA resolution attainment', statistics: [RATIO], direction: HIGHER, unit: 'ratio' },
  [KpiKey.first_contact_resolution]: { label: 'First contact resolution', statistics: [RATIO], direction: HIGHER, unit: 'ratio' },
  [KpiKey.escalation_rate]: { label: 'Escalation rate (Tier 1 to Tier 2/3)', statistics: [RATIO], direction: LOWER, unit: 'ratio' },
  [KpiKey.first_level_resolution]: { label: 'First level resolution', statistics: [RATIO], direction: HIGHER, unit: 'ratio' },
  [KpiKey.reopen_rate]: { label: 'Reopen rate', statistics: [RATIO], direction: LOWER, unit: 'ratio' },
  [KpiKey.backlog]: { label: 'Backlog', statistics: [COUNT], direction: LOWER, unit: 'tickets' },
  [KpiKey.csat]: { label: 'Customer satisfaction', statistics: [RATIO, MEAN], direction: HIGHER, unit: 'score' },
  [KpiKey.tickets_per_endpoint]: { label: 'Tickets per endpoint', statistics: [MEAN], direction: LOWER, unit: 'tickets per endpoint-month' },
};
