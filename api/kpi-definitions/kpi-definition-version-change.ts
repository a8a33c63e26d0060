/** New terms for a KPI definition from a later date; anything left out carries over. */
export interface KpiDefinitionVersionChange {
  effectiveFrom: string;
  target?: number;
  tolerance?: number;
  name?: string;
  /** A CSF of the same client, or null to measure none; undefined keeps the current one. */
  csfId?: string | null;
}
