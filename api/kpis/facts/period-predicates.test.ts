import { describe, expect, it } from 'vitest';
import { StatusCategory } from '../../tickets/status-category.js';
import { deriveTicketFacts } from './derive-ticket-facts.js';
import { at, status, ticket } from './facts-test-support.js';
import { isInBacklogAt } from './is-in-backlog-at.js';
import { isOpenJustBefore } from './is-open-just-before.js';
import { isReopenedBefore } from './is-reopened-before.js';

const DAY = 24 * 60;
const AS_OF = at(90 * DAY);

describe('isOpenJustBefore / isInBacklogAt (rules 3 and 10)', () => {
  // Open [0, 60), resolved [60, 120), open [120, 180), closed from 180.
  const facts = deriveTicketFacts(
    ticket({ currentStatus: StatusCategory.CLOSED, events: [status(60, 'NEW', 'RESOLVED'), status(120, 'RESOLVED', 'OPEN'), status(180, 'OPEN', 'CLOSED')] }),
    AS_OF,
  );

  it.each([
    ['`to` at creation: not created before `to`', 0, false],
    ['`to` just after creation', 0.001, true],
    ['resolved exactly at `to`: still open just before it', 60, true],
    ['just after the resolution', 60.001, false],
    ['reopened exactly at `to`: not yet open just before it', 120, false],
    ['just after the reopen', 120.001, true],
    ['closed exactly at `to`: still open', 180, true],
    ['after the close', 181, false],
    ['before creation', -60, false],
  ])('%s (to = minute %s)', (_name, minutes, expected) => {
    expect(isOpenJustBefore(facts, at(minutes))).toBe(expected);
  });

  it('a ticket still open at as-of is open at any later `to` (best knowledge)', () => {
    const open = deriveTicketFacts(ticket(), at(DAY));
    expect(isOpenJustBefore(open, at(10 * DAY))).toBe(true);
  });

  it('UNMAPPED counts as open in the backlog', () => {
    const unmapped = deriveTicketFacts(ticket({ currentStatus: StatusCategory.UNMAPPED }), AS_OF);
    expect(isInBacklogAt(unmapped, at(DAY))).toBe(true);
  });

  it('a ticket cancelled now leaves even past backlogs; merged ones too', () => {
    const cancelledLater = deriveTicketFacts(ticket({ currentStatus: StatusCategory.CANCELLED, events: [status(10 * DAY, 'NEW', 'CANCELLED')] }), AS_OF);
    expect(isOpenJustBefore(cancelledLater, at(DAY))).toBe(true);
    expect(isInBacklogAt(cancelledLater, at(DAY))).toBe(false);
    const merged = deriveTicketFacts(ticket({ mergedIntoId: 'x' }), AS_OF);
    expect(isInBacklogAt(merged, at(DAY))).toBe(false);
  });

  it('same-instant changes before `to`: the last in seq order decides', () => {
    const flapped = deriveTicketFacts(
      ticket({ events: [status(60, 'RESOLVED', 'OPEN', 3), status(60, 'NEW', 'RESOLVED', 2)] }),
      AS_OF,
    );
    expect(isOpenJustBefore(flapped, at(61))).toBe(true);
    const settled = deriveTicketFacts(ticket({ events: [status(60, 'OPEN', 'RESOLVED', 3), status(60, 'NEW', 'OPEN', 2)] }), AS_OF);
    expect(isOpenJustBefore(settled, at(61))).toBe(false);
  });

  it('throws a RangeError for an invalid `to`', () => {
    expect(() => isOpenJustBefore(facts, new Date('nope'))).toThrow(RangeError);
  });
});

describe('isReopenedBefore (reopen_rate, rule 7)', () => {
  // First resolved on day 10, reopened on day 40.
  const facts = deriveTicketFacts(
    ticket({ events: [status(10 * DAY, 'NEW', 'RESOLVED'), status(40 * DAY, 'RESOLVED', 'OPEN')] }),
    AS_OF,
  );

  it.each([
    ['reopen before the period end counts', 41 * DAY, true],
    ['reopen after the period end does not (even though known at as-of)', 31 * DAY, false],
    ['reopen exactly at the period end does not (strictly before `to`)', 40 * DAY, false],
  ])('%s', (_name, toMinutes, expected) => {
    expect(isReopenedBefore(facts, at(toMinutes))).toBe(expected);
  });

  it('a ticket never reopened is never counted', () => {
    const settled = deriveTicketFacts(ticket({ events: [status(60, 'NEW', 'RESOLVED')] }), AS_OF);
    expect(isReopenedBefore(settled, at(90 * DAY))).toBe(false);
  });

  it('a reopen after as-of is not known yet', () => {
    const early = deriveTicketFacts(ticket({ events: [status(10 * DAY, 'NEW', 'RESOLVED'), status(40 * DAY, 'RESOLVED', 'OPEN')] }), at(20 * DAY));
    expect(isReopenedBefore(early, at(90 * DAY))).toBe(false);
  });
});
