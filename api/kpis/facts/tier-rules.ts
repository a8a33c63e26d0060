import { Tier } from '../../tickets/tier.js';

/** Rule 9's order OTHER < TIER1 < TIER2 < TIER3. */
const RANK: Readonly<Record<Tier, number>> = { [Tier.OTHER]: 0, [Tier.TIER1]: 1, [Tier.TIER2]: 2, [Tier.TIER3]: 3 };

/**
 * Rule 9: an escalation (for FCR) is any move up the order OTHER < TIER1 < TIER2 < TIER3, so
 * OTHER -> TIER1 is one too, and a move down or sideways is not.
 *
 * @example
 * isMoveUp(Tier.TIER1, Tier.TIER3); //=> true
 * isMoveUp(Tier.OTHER, Tier.TIER1); //=> true
 * isMoveUp(Tier.TIER2, Tier.TIER1); //=> false
 */
export function isMoveUp(previous: Tier, next: Tier): boolean {
  return RANK[next] > RANK[previous];
}

/**
 * Whether `tier` is one `escalation_rate` counts as "entered" (TIER2 or TIER3).
 *
 * @example
 * isUpperTier(Tier.TIER3); //=> true
 * isUpperTier(Tier.OTHER); //=> false
 */
export function isUpperTier(tier: Tier): boolean {
  return tier === Tier.TIER2 || tier === Tier.TIER3;
}
