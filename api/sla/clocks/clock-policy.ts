import type { Priority } from '../../tickets/priority.js';
import { StatusCategory } from '../../tickets/status-category.js';

/** One priority's targets in business minutes (an `SlaTarget` fits). */
export interface ClockTarget {
  readonly priority: Priority;
  readonly firstResponseMinutes: number;
  readonly resolutionMinutes: number;
}

/** The status categories that pause each clock (a `PausingStatuses` fits). */
export interface ClockPausing {
  readonly firstResponse: readonly StatusCategory[];
  readonly resolution: readonly StatusCategory[];
}

/**
 * The SLA policy version in force for a ticket (rule 13: the one in force on its local creation
 * date). `null` where a policy is expected means no policy: every clock is NO_TARGET.
 */
export interface ClockPolicy {
  readonly version: number;
  readonly targets: readonly ClockTarget[];
  readonly pausing: ClockPausing;
}

/**
 * kpi-sla.md: by default WAITING_CUSTOMER pauses RESOLUTION only. The clocks use it when there is
 * no policy, so `resolution_time` still excludes waiting-for-customer time on NO_TARGET tickets.
 * (A copy of `DEFAULT_PAUSING`, which lives beside GraphQL types this module must not import.)
 *
 * @example
 * DEFAULT_CLOCK_PAUSING.resolution; //=> [StatusCategory.WAITING_CUSTOMER]
 */
export const DEFAULT_CLOCK_PAUSING: ClockPausing = Object.freeze({
  firstResponse: Object.freeze([]) as readonly StatusCategory[],
  resolution: Object.freeze([StatusCategory.WAITING_CUSTOMER]),
});
