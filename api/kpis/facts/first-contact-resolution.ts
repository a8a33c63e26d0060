/** What rule 9's first contact resolution looks at, all judged as of as-of. */
export interface FcrInputs {
  readonly resolved: boolean;
  /** Whole-life non-automatic agent public replies; `null` when unknown. */
  readonly agentPublicReplies: number | null;
  readonly reopened: boolean;
  /** Any move up OTHER < TIER1 < TIER2 < TIER3. */
  readonly escalated: boolean;
}

/**
 * @name firstContactResolution
 * @summary Whether the ticket is a first contact resolution (rule 9), `null` when its replies are unknown.
 *
 * @description
 * Resolved, with at most one non-automatic agent public reply, no reopen and no escalation. Zero
 * replies qualify (resolved without a written reply, e.g. by phone). `null` marks a ticket FCR
 * leaves out of its denominator ("whose replies are known"); an unresolved ticket with known
 * replies is `false` (the SQL's first-resolved filter keeps it out anyway).
 *
 * @example
 * firstContactResolution({ resolved: true, agentPublicReplies: 1, reopened: false, escalated: false }); //=> true
 * firstContactResolution({ resolved: true, agentPublicReplies: 2, reopened: false, escalated: false }); //=> false
 * firstContactResolution({ resolved: true, agentPublicReplies: null, reopened: false, escalated: false }); //=> null
 */
export function firstContactResolution(inputs: FcrInputs): boolean | null {
  if (inputs.agentPublicReplies === null) return null;
  return inputs.resolved && inputs.agentPublicReplies <= 1 && !inputs.reopened && !inputs.escalated;
}
