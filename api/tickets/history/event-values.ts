import { Priority } from '../priority.js';
import { StatusCategory } from '../status-category.js';
import { Tier } from '../tier.js';

const STATUSES: ReadonlySet<string> = new Set(Object.values(StatusCategory));
const PRIORITIES: ReadonlySet<string> = new Set(Object.values(Priority));
const TIERS: ReadonlySet<string> = new Set(Object.values(Tier));

/**
 * The status category an event value names. A missing or unknown value is UNMAPPED, which the
 * clocks and the KPIs treat as OPEN: a status the mapping cannot name is a data-quality problem,
 * not a stop or a resolution. One reading, so clocks and KPIs agree on the timeline.
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
 * The priority an event value names. A missing or unknown value is NONE (no target), the same as
 * an unmapped priority.
 *
 * @example
 * priorityValue('P1'); //=> Priority.P1
 * priorityValue(undefined); //=> Priority.NONE
 */
export function priorityValue(value: string | null | undefined): Priority {
  return value != null && PRIORITIES.has(value) ? (value as Priority) : Priority.NONE;
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
