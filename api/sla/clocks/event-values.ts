import { Priority } from '../../tickets/priority.js';
import { StatusCategory } from '../../tickets/status-category.js';

const STATUSES: ReadonlySet<string> = new Set(Object.values(StatusCategory));
const PRIORITIES: ReadonlySet<string> = new Set(Object.values(Priority));

/**
 * The status category an event value names. A missing or unknown value is UNMAPPED, which the
 * clocks treat as OPEN: a status the mapping cannot name is a data-quality problem, not a stop.
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
