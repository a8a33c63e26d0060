/**
 * The fake tenant's survey definitions: a one-question 1..5 survey sent when a ticket completes, and a
 * two-question 0..5 follow-up (0..10 in total) for escalated tickets, so a reader has to take each
 * survey's point range from its own questions.
 */
export const SURVEYS = [
  {
    id: 1, name: 'Ticket Closed Survey', inactiveFlag: false,
    questions: [{ id: 1, sequenceNumber: 1, type: 'Selection', question: 'How satisfied were you with the service?', points: [1, 2, 3, 4, 5] }],
  },
  {
    id: 2, name: 'Escalation Follow-up', inactiveFlag: false,
    questions: [
      { id: 2, sequenceNumber: 1, type: 'Selection', question: 'How well were you kept informed?', points: [0, 1, 2, 3, 4, 5] },
      { id: 3, sequenceNumber: 2, type: 'Selection', question: 'How satisfied are you with the fix?', points: [0, 1, 2, 3, 4, 5] },
    ],
  },
] as const;

/** Chance of each answer, worst to best: most customers who answer are happy. */
export const ANSWER_WEIGHTS = [0.06, 0.07, 0.12, 0.25, 0.5] as const;
