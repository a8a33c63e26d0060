import type { NormalizedEvent, StatusCategoryValue } from '../../sdk/index.js';

export interface ResolutionFacts {
  firstResolvedAt: Date | null;
  lastResolvedAt: Date | null;
  reopenCount: number;
}

const DONE: ReadonlySet<string> = new Set(['RESOLVED', 'CLOSED']);
const NOT_A_REOPEN: ReadonlySet<string> = new Set(['RESOLVED', 'CLOSED', 'CANCELLED']);

/**
 * Resolutions and reopens by ../../../../shared/kpi-sla.md rule 7: a resolution is entering RESOLVED or
 * CLOSED from another category (RESOLVED -> CLOSED is not a new one); a reopen is leaving RESOLVED or
 * CLOSED for anything but RESOLVED, CLOSED or CANCELLED. A ticket whose first status change starts from
 * RESOLVED / CLOSED was created resolved (rule 4), so it resolved at creation. Without status events
 * (no audit trail, or a trail without recognisable status texts) the times come from ConnectWise's own
 * `dateResolved` when the ticket is now resolved or closed, and no reopen can be seen.
 *
 * @example
 * resolutionFacts([{ kind: 'STATUS_CHANGED', fromValue: 'IN_PROGRESS', toValue: 'RESOLVED', occurredAt: t1, ... },
 *   { kind: 'STATUS_CHANGED', fromValue: 'RESOLVED', toValue: 'IN_PROGRESS', occurredAt: t2, ... },
 *   { kind: 'STATUS_CHANGED', fromValue: 'IN_PROGRESS', toValue: 'CLOSED', occurredAt: t3, ... }], 'CLOSED', created, null);
 * //=> { firstResolvedAt: t1, lastResolvedAt: t3, reopenCount: 1 }
 */
export function resolutionFacts(
  events: readonly NormalizedEvent[],
  current: StatusCategoryValue,
  createdAt: Date,
  dateResolved: Date | null,
): ResolutionFacts {
  const statusEvents = events.filter((e) => e.kind === 'STATUS_CHANGED');
  const resolutions: Date[] = [];
  let reopenCount = 0;
  const initial = statusEvents[0]?.fromValue ?? null;
  if (initial !== null && DONE.has(initial)) resolutions.push(createdAt);
  for (const event of statusEvents) {
    const from = event.fromValue ?? '';
    const to = event.toValue ?? '';
    if (DONE.has(to) && !DONE.has(from)) resolutions.push(event.occurredAt);
    if (DONE.has(from) && !NOT_A_REOPEN.has(to)) reopenCount += 1;
  }
  if (resolutions.length === 0 && DONE.has(current) && dateResolved) resolutions.push(dateResolved);
  return { firstResolvedAt: resolutions[0] ?? null, lastResolvedAt: resolutions[resolutions.length - 1] ?? null, reopenCount };
}
