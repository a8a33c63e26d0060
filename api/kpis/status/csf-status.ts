import type { KpiStatus } from './kpi-status.js';

/**
 * @name csfStatus
 * @summary Roll the statuses of the KPIs measuring a critical success factor up to the CSF.
 *
 * @description
 * The worst KPI decides: RED if any KPI is RED; else AMBER if any is AMBER; else GREEN if at
 * least one is GREEN. KPIs with NO_DATA are ignored when others have data (a CSF with one GREEN
 * KPI and one without data is GREEN), so NO_DATA results only when there are no KPIs at all or
 * none of them has data.
 *
 * @param kpiStatuses - the `kpiStatus` of each KPI definition measuring the CSF, in any order
 *
 * @example
 * csfStatus(['GREEN', 'AMBER', 'GREEN']); //=> 'AMBER'
 * csfStatus(['AMBER', 'RED', 'NO_DATA']); //=> 'RED'
 * csfStatus(['GREEN', 'NO_DATA']); //=> 'GREEN'
 * csfStatus(['NO_DATA', 'NO_DATA']); //=> 'NO_DATA'
 * csfStatus([]); //=> 'NO_DATA'
 */
export function csfStatus(kpiStatuses: readonly KpiStatus[]): KpiStatus {
  if (kpiStatuses.includes('RED')) return 'RED';
  if (kpiStatuses.includes('AMBER')) return 'AMBER';
  if (kpiStatuses.includes('GREEN')) return 'GREEN';
  return 'NO_DATA';
}
