import { Tier } from '../../tickets/tier.js';
import type { ReplayMoment } from './resolution-history.js';
import { isMoveUp, isUpperTier } from './tier-rules.js';
import type { ValueChange } from './value-changes.js';

/**
 * @name enteredUpperTier
 * @summary Whether the ticket ever entered TIER2 or TIER3 (for `escalation_rate`, rule 9).
 *
 * @description
 * Every change as of as-of counts, so an escalation after the period or one brought back
 * (TIER1 -> TIER2 -> TIER1), even within one instant, still counts.
 *
 * @example
 * enteredUpperTier([{ from: TIER1, to: TIER3, ... }, { from: TIER3, to: TIER1, ... }]); //=> true
 * enteredUpperTier([{ from: TIER1, to: OTHER, ... }]); //=> false
 */
export function enteredUpperTier(changes: readonly ValueChange<Tier>[]): boolean {
  return changes.some((change) => isUpperTier(change.to));
}

/**
 * @name movedUpTierOrder
 * @summary Whether any tier change moved up OTHER < TIER1 < TIER2 < TIER3 (FCR's "escalation", rule 9).
 *
 * @example
 * movedUpTierOrder([{ from: OTHER, to: TIER1, ... }]); //=> true
 * movedUpTierOrder([{ from: TIER3, to: TIER1, ... }]); //=> false
 */
export function movedUpTierOrder(changes: readonly ValueChange<Tier>[]): boolean {
  return changes.some((change) => isMoveUp(change.from, change.to));
}

/**
 * @name leftTier1Before
 * @summary Whether the ticket was ever outside TIER1 before `moment` (for `first_level_resolution`).
 *
 * @description
 * Rule 9: FLR checks "never left TIER1" up to the first resolution. "Before" follows the replay
 * order, so a tier change at the resolution's own instant counts iff its `seq` puts it ahead of
 * the resolving status change (rule 3); a change after the resolution (a resolved-tickets board
 * the workflow moves the ticket to, a later escalation) does not. A move out and back still left
 * TIER1, and any move out of TIER1 counts, OTHER included. A ticket that did not start in TIER1
 * was never in TIER1 to stay there: true, so `NOT left` alone means "started in TIER1 and stayed".
 * `moment` null (not resolved yet) checks every change as of as-of.
 *
 * @param initial - tier at creation
 * @param changes - the tier changes, from `valueChanges`
 * @param moment - the first resolution (`order` -1 when created resolved: nothing comes before)
 *
 * @example
 * leftTier1Before(TIER1, [{ order: 4, from: TIER1, to: TIER2, ... }], { at: ten, order: 3 }); //=> false
 * leftTier1Before(TIER1, [{ order: 2, from: TIER1, to: TIER2, ... }], { at: ten, order: 3 }); //=> true
 * leftTier1Before(TIER2, [], { at: ten, order: 3 }); //=> true
 */
export function leftTier1Before(initial: Tier, changes: readonly ValueChange<Tier>[], moment: ReplayMoment | null): boolean {
  if (initial !== Tier.TIER1) return true;
  return changes.some((change) => change.from === Tier.TIER1 && (moment === null || change.order < moment.order));
}
