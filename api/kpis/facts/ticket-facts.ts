import type { StatusCategory } from '../../tickets/status-category.js';
import type { Tier } from '../../tickets/tier.js';

/**
 * The per-ticket facts from which every event-history KPI of the catalogue is a plain
 * aggregation over a half-open period `[from, to)` (kpi-sla.md). "Whole life" facts are judged
 * at the data's as-of time, not at the period's end (rule 6), so a past period's value can change
 * until its tickets settle. SLA clock figures live with the clocks, not here.
 *
 * Every KPI but `ticket_volume`'s breakdown first drops `excluded` tickets. With `first-resolved
 * in the period` meaning `from <= firstResolvedAt < to`:
 * - `first_contact_resolution` = count(first-resolved in period and `fcr` true) / count(first-resolved in period and `fcr` not null)
 * - `escalation_rate` = count(created in period and `escalated`) / count(created in period and `startedInTier1`)
 * - `first_level_resolution` = count(first-resolved in period and not `leftTier1BeforeFirstResolution`) / count(first-resolved in period and `startedInTier1`)
 * - `reopen_rate` = count(first-resolved in period and `firstReopenAfterFirstResolution < to`) / count(first-resolved in period)
 * - `backlog` = tickets with `isInBacklogAt(facts, to)`, aged `to - createdAt`
 */
export interface TicketFacts {
  /**
   * Rule 8: the ticket's current status is CANCELLED or it was merged into another (a non-null
   * `mergedIntoId`), judged now, not at any period's end. Excluded tickets count in no KPI but
   * `ticket_volume`'s breakdown; the other facts are still derived for them.
   */
  readonly excluded: boolean;
  /** Status at creation: the `from` of the first status change, else the current status. */
  readonly initialStatus: StatusCategory;
  /** Tier at creation: the `from` of the first tier change, else the current tier. */
  readonly initialTier: Tier;
  /**
   * Rule 7: the first entry into RESOLVED or CLOSED from another category (RESOLVED -> CLOSED is
   * not one); `createdAt` when created RESOLVED or CLOSED; `null` if not resolved as of as-of.
   * It defines "first-resolved in the period" for `resolution_time`, FCR, FLR, `reopen_rate` and
   * the CSAT response rate (rule 17: the first cycle).
   */
  readonly firstResolvedAt: Date | null;
  /**
   * Rule 7: every reopen as of as-of, in order: leaving RESOLVED or CLOSED for any category but
   * RESOLVED, CLOSED and CANCELLED (un-cancelling is no reopen). Any of them makes `fcr` false.
   */
  readonly reopenTimes: Date[];
  /**
   * `reopen_rate` (rule 7): the first reopen strictly after `firstResolvedAt`, else `null`. A
   * first-resolved ticket counts as reopened in `[from, to)` iff this is before `to`
   * (`isReopenedBefore`); a reopen at the very instant of the first resolution is not counted.
   */
  readonly firstReopenAfterFirstResolution: Date | null;
  /** `escalation_rate` and FLR denominators: the tier at creation is TIER1. */
  readonly startedInTier1: boolean;
  /**
   * `escalation_rate` numerator (rule 9): started in TIER1 and ever entered TIER2 or TIER3 as of
   * as-of, even after the period and even if brought back.
   */
  readonly escalated: boolean;
  /**
   * `first_level_resolution` (rule 9, "never left TIER1 up to the first resolution"): the ticket
   * was outside TIER1 at some point from creation up to its first resolution. A tier change at
   * the resolution's own instant counts iff it comes first in `(at, seq)` order (rule 3). True for
   * a ticket that did not start in TIER1; for an unresolved one, judged over its life as of as-of.
   */
  readonly leftTier1BeforeFirstResolution: boolean;
  /** FCR's "no escalation" (rule 9): any tier move up OTHER < TIER1 < TIER2 < TIER3 as of as-of. */
  readonly everEscalatedUpOrder: boolean;
  /**
   * FCR (rule 9): the whole-life count of non-automatic agent public replies as of as-of, from the
   * events when the ticket has any AGENT_PUBLIC_REPLY event, else the source's count, else `null`
   * (unknown).
   */
  readonly agentPublicReplies: number | null;
  /**
   * `first_contact_resolution` (rule 9): resolved, at most one non-automatic agent public reply, no
   * reopen and no escalation, all as of as-of; `null` when the replies are unknown (not in the
   * denominator).
   */
  readonly fcr: boolean | null;
  /**
   * `backlog` (rules 3 and 10): the maximal half-open spans `[start, end)` during which the status
   * was open (not RESOLVED, CLOSED or CANCELLED; UNMAPPED is open), from creation to as-of; `end`
   * null means still open at as-of. Non-empty, ordered, separated by gaps. Open "at the period's
   * end" is `isOpenJustBefore(facts, to)`.
   */
  readonly openRanges: Array<[Date, Date | null]>;
}
