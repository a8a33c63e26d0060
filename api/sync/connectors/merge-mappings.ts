import type { Mappings } from '../../../connectors/sdk/index.js';

/**
 * A connector's default mappings overlaid with an instance's own, table by table.
 *
 * @example
 * mergeMappings(defaults, { statuses: { Parked: 'WAITING_THIRD_PARTY' } }).statuses.Parked; //=> 'WAITING_THIRD_PARTY'
 */
export function mergeMappings(defaults: Mappings, own: Partial<Mappings> | Record<string, unknown>): Mappings {
  const overlay = own as Partial<Mappings>;
  return {
    statuses: { ...defaults.statuses, ...overlay.statuses },
    priorities: { ...defaults.priorities, ...overlay.priorities },
    tiers: { ...defaults.tiers, ...overlay.tiers },
    types: { ...defaults.types, ...overlay.types },
    companies: { ...defaults.companies, ...overlay.companies },
  };
}
