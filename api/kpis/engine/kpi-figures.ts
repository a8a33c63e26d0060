import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import type { KpiFigureKind } from './kpi-figure.js';

const AGES: KpiFigureKind[] = ['AGE_0_1D', 'AGE_1_3D', 'AGE_3_7D', 'AGE_7_30D', 'AGE_30D_PLUS'];

/** The figures each catalogue KPI reports (see KpiFigureKind). */
export const KPI_FIGURES: Record<KpiKey, readonly KpiFigureKind[]> = {
  [KpiKey.ticket_volume]: ['COUNT', 'EXCLUDED'],
  [KpiKey.first_response_time]: ['MEDIAN', 'P90', 'MEAN'],
  [KpiKey.resolution_time]: ['MEDIAN', 'P90', 'MEAN'],
  [KpiKey.sla_response_attainment]: ['RATIO', 'NO_TARGET', 'PENDING'],
  [KpiKey.sla_resolution_attainment]: ['RATIO', 'NO_TARGET', 'PENDING'],
  [KpiKey.first_contact_resolution]: ['RATIO'],
  [KpiKey.escalation_rate]: ['RATIO'],
  [KpiKey.first_level_resolution]: ['RATIO'],
  [KpiKey.reopen_rate]: ['RATIO'],
  [KpiKey.backlog]: ['COUNT', ...AGES],
  [KpiKey.csat]: ['COUNT', 'RATIO', 'MEAN', 'RESPONSE_RATE'],
  [KpiKey.tickets_per_endpoint]: ['PER_ENDPOINT_MONTH'],
};
