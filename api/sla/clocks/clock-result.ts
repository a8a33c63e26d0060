/** The two SLA clocks of a ticket. */
export type ClockName = 'FIRST_RESPONSE' | 'RESOLUTION';

/**
 * MET: stopped at or before its due instant. BREACHED: stopped after it, or still running at
 * as-of with the due instant at or before as-of. PENDING: running and not yet due. NO_TARGET: no
 * policy, priority NONE, or no target for the priority.
 */
export type ClockStatus = 'MET' | 'BREACHED' | 'PENDING' | 'NO_TARGET';

/** One cycle of one clock, judged at as-of. Minutes are exact business minutes (seconds / 60). */
export interface ClockResult {
  readonly clock: ClockName;
  /** The final target (priority in force just before the stop, or at as-of if running). */
  readonly targetMinutes: number | null;
  /** Business minutes the clock ran, start to stop (or as-of), paused time excluded. */
  readonly elapsedMinutes: number;
  /** Business minutes the clock spent paused between start and stop (or as-of). */
  readonly pausedMinutes: number;
  readonly startedAt: Date;
  /** `null` while the clock runs at as-of. */
  readonly stoppedAt: Date | null;
  /** The earliest instant at which elapsed reaches the target; `null` without a target. */
  readonly dueAt: Date | null;
  readonly status: ClockStatus;
  /** The policy version used; `null` without a policy. */
  readonly policyVersion: number | null;
}

/** A ticket's clocks. KPIs read `firstResponse` and `resolution` (rule 17: the first cycle). */
export interface SlaClocks {
  readonly firstResponse: ClockResult;
  /** The first resolution cycle, the same object as `resolutionCycles[0]`. */
  readonly resolution: ClockResult;
  /** Every resolution cycle: the first, then one per reopen, in order. */
  readonly resolutionCycles: readonly ClockResult[];
}
