import { StatusCategory } from '../../tickets/status-category.js';
import { Tier } from '../../tickets/tier.js';

const STATUSES: ReadonlySet<string> = new Set(Object.values(StatusCategory));
const TIERS: ReadonlySet<string> = new Set(Object.values(Tier));

/**
 * The status category an event value names. A missing or unknown value is UNMAPPED (open, rule:
 * UNMAPPED behaves as OPEN): a status the mapping cannot name is a data-quality problem, not a
 * resolution. Same reading as the SLA clocks, so clocks and KPIs agree on the timeline.
 *
 * @example
 * statusValue('RESOLVED'); //=> StatusCategory.RESOLVED
 * statusValue(null); //=> StatusCategory.UNMAPPED
 * statusValue('Awaiting parts'); //=> StatusCategory.UNMAPPED
 */
export function statusValue(value: string | null | undefined): StatusCategory {
  return value != null && STATUSES.has(value) ? (value as StatusCategory) : StatusCategory.UNMAPPED;
}

/**
 * The tier an event value names. A missing or unknown value is OTHER, the tier mapping's
 * catch-all for a board / queue / group it does not name.
 *
 * @example
 * tierValue('TIER2'); //=> Tier.TIER2
 * tierValue(undefined); //=> Tier.OTHER
 * tierValue('Level 2'); //=> Tier.OTHER
 */
export function tierValue(value: string | null | undefined): Tier {
  return value != null && TIERS.has(value) ? (value as Tier) : Tier.OTHER;
}
