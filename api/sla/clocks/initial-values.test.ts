import { describe, expect, it } from 'vitest';
import { Priority } from '../../tickets/priority.js';
import { StatusCategory } from '../../tickets/status-category.js';
import { customerReply, events, priority, reply, status, utc } from './clock-test-kit.js';
import type { ClockEvent } from './clock-ticket.js';
import { initialValues } from './initial-values.js';

const { NEW, OPEN, IN_PROGRESS, RESOLVED, UNMAPPED } = StatusCategory;
const { P1, P2, P3, NONE } = Priority;

describe('initialValues', () => {
  it.each<{ name: string; current: [StatusCategory, Priority]; events: ClockEvent[]; expected: { status: StatusCategory; priority: Priority } }>([
    { name: 'no changes: the current values', current: [OPEN, P2], events: [], expected: { status: OPEN, priority: P2 } },
    {
      name: 'the `from` of the first change of each kind',
      current: [RESOLVED, P1],
      events: events(status(utc('09:10'), NEW, IN_PROGRESS), priority(utc('09:20'), P3, P2), status(utc('09:30'), IN_PROGRESS, RESOLVED), priority(utc('09:40'), P2, P1)),
      expected: { status: NEW, priority: P3 },
    },
    {
      name: 'first in (at, seq) order, whatever the array order',
      current: [RESOLVED, P1],
      events: [
        { ...status(utc('09:30'), IN_PROGRESS, RESOLVED), seq: 3 },
        { ...status(utc('09:10'), OPEN, IN_PROGRESS), seq: 2 },
        { ...status(utc('09:10'), NEW, OPEN), seq: 1 },
      ],
      expected: { status: NEW, priority: P1 },
    },
    {
      name: 'only one kind changed: the other is current',
      current: [IN_PROGRESS, P2],
      events: events(reply(utc('09:05')), customerReply(utc('09:06')), status(utc('09:10'), OPEN, IN_PROGRESS)),
      expected: { status: OPEN, priority: P2 },
    },
    {
      name: 'a missing or unknown `from` is UNMAPPED / NONE, not the current value',
      current: [OPEN, P2],
      events: events(status(utc('09:10'), null, OPEN), priority(utc('09:10'), 'Urgent' as Priority, P2)),
      expected: { status: UNMAPPED, priority: NONE },
    },
  ])('$name', ({ current, events: given, expected }) => {
    expect(initialValues(current[0], current[1], given)).toEqual(expected);
  });
});
