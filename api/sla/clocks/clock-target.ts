import { Priority } from '../../tickets/priority.js';
import type { ClockPolicy } from './clock-policy.js';
import type { ClockName } from './clock-result.js';
import { lastStepBefore } from './last-step-before.js';
import type { TicketHistory } from './ticket-history.js';

/**
 * The priority that sets a clock's final target (rule 5: judged against the final target, not a
 * latched one). For a stopped clock, the priority in force just before the stop: a change at
 * the stop instant itself (whatever its `seq`) does not re-target. For a running clock, the
 * priority after every event up to as-of.
 *
 * @example
 * // initial P3, changed to P1 at 09:45
 * targetPriority(history, at0945); //=> Priority.P3 (stopped at 09:45: the change is ignored)
 * targetPriority(history, null); //=> Priority.P1 (running)
 */
export function targetPriority(history: TicketHistory, stop: number | null): Priority {
  const steps = history.prioritySteps;
  const index = stop === null ? steps.length - 1 : lastStepBefore(steps, stop, false);
  return index < 0 ? history.initialPriority : steps[index].priority;
}

/**
 * A clock's target for a priority in business minutes, or `null`: no policy, priority NONE
 * (even if the policy lists a NONE target: rule 5), or no target for the priority. With
 * several targets for one priority, the first wins.
 *
 * @throws {RangeError} for a target that is negative or not finite.
 *
 * @example
 * targetMinutes(policy, 'FIRST_RESPONSE', Priority.P2); //=> 60
 * targetMinutes(null, 'RESOLUTION', Priority.P2); //=> null
 * targetMinutes(policy, 'RESOLUTION', Priority.NONE); //=> null
 */
export function targetMinutes(policy: ClockPolicy | null, clock: ClockName, priority: Priority): number | null {
  if (policy === null || priority === Priority.NONE) return null;
  const target = policy.targets.find((t) => t.priority === priority);
  if (target === undefined) return null;
  const minutes = clock === 'FIRST_RESPONSE' ? target.firstResponseMinutes : target.resolutionMinutes;
  if (!(Number.isFinite(minutes) && minutes >= 0)) {
    throw new RangeError(`policy ${policy.version} ${clock} target for ${priority} must be a finite number >= 0; received ${String(minutes)}`);
  }
  return minutes;
}
