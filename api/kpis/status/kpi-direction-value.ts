import type { KpiDirection } from '../../kpi-definitions/kpi-direction.js';

/**
 * Which way a KPI is better, as its string value: `KpiDirection.LOWER_IS_BETTER` or the literal
 * `'LOWER_IS_BETTER'` are both accepted. A type-only view of `KpiDirection`, so the status
 * functions load no GraphQL code at run time.
 */
export type KpiDirectionValue = `${KpiDirection}`;
