import type { FaultPlan } from './fake-vendor.js';

/** What the kit does to one request instead of (or to) the normal answer. */
export type Fault = '429' | 'forced' | '5xx' | 'timeout' | 'truncated';

export interface FaultSchedule {
  readonly plan: FaultPlan;
  /** Replaces the plan and restarts its `storm429` / `forceStatus` counters. */
  set(plan: FaultPlan): void;
  /** The fault for the next request, or null for a normal answer. */
  next(): Fault | null;
}

/**
 * Decides request by request which fault to inject: the counted faults first (`storm429`, then
 * `forceStatus`), then one draw from the seeded generator against the cumulative rates. Exactly one
 * draw per uncounted request, so a seed gives the same sequence whatever the rates.
 *
 * @example
 * const faults = faultSchedule({ storm429: 1, rate5xx: 0.5 }, seededRandom(1));
 * [faults.next(), faults.next(), faults.next()]; //=> ['429', null, '5xx'] (the seed draws 0.63, then 0.003)
 */
export function faultSchedule(initial: FaultPlan, random: () => number): FaultSchedule {
  let plan = initial;
  let storm = plan.storm429 ?? 0;
  let forced = plan.forceStatus?.count ?? 0;
  return {
    get plan() {
      return plan;
    },
    set(next) {
      plan = next;
      storm = plan.storm429 ?? 0;
      forced = plan.forceStatus?.count ?? 0;
    },
    next() {
      if (storm > 0) {
        storm--;
        return '429';
      }
      if (forced > 0) {
        forced--;
        return 'forced';
      }
      return drawFault(plan, random());
    },
  };
}

function drawFault(plan: FaultPlan, draw: number): Fault | null {
  const bands: [Fault, number | undefined][] = [
    ['429', plan.rate429], ['5xx', plan.rate5xx], ['timeout', plan.rateTimeout], ['truncated', plan.rateTruncated],
  ];
  let edge = 0;
  for (const [fault, rate] of bands) {
    edge += rate ?? 0;
    if (draw < edge) return fault;
  }
  return null;
}
