import type { ClockStatus } from '../../sla/clocks/clock-result.js';

/** Clock outcomes counted as the attainment KPIs count them. */
export interface AttainmentTally {
  met: number;
  breached: number;
  pending: number;
  noTarget: number;
  /** met / (met + breached); null when both are 0. */
  attainment: number | null;
}

/**
 * @example
 * tallyAttainment(['MET', 'MET', 'BREACHED', 'PENDING', 'NO_TARGET'])
 * //=> { met: 2, breached: 1, pending: 1, noTarget: 1, attainment: 0.6666666666666666 }
 */
export function tallyAttainment(statuses: readonly ClockStatus[]): AttainmentTally {
  const count = (status: ClockStatus) => statuses.filter((s) => s === status).length;
  const met = count('MET');
  const breached = count('BREACHED');
  return { met, breached, pending: count('PENDING'), noTarget: count('NO_TARGET'), attainment: met + breached === 0 ? null : met / (met + breached) };
}
