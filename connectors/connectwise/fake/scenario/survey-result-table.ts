import { seededRandom } from '../../../sdk/fake/index.js';
import { ANSWER_WEIGHTS, SURVEYS } from './surveys.js';
import { mixSeed, type ScenarioShape } from './scenario-shape.js';
import type { TicketState } from './ticket-state.js';

/** Survey answers in compact columns; answer `i` has id `i + 1` (ids follow entry time). */
export interface SurveyResultTable {
  count: number;
  ticketId: Int32Array;
  surveyIndex: Uint8Array;
  totalPoints: Uint8Array;
  enteredAt: Float64Array;
}

/** One generated answer before ids are assigned. */
export interface SurveyAnswer {
  ticketId: number;
  survey: number;
  points: number;
  at: number;
}

/**
 * Whether ticket `id` (in its generated state) gets a survey answer: a `surveyRate` share of resolved,
 * unmerged tickets answer some hours after resolution, if still before the scenario's end; escalated
 * tickets get the two-question follow-up survey.
 *
 * @example
 * surveyAnswer(shape, 42, state); //=> { ticketId: 42, survey: 0, points: 5, at: 1709300000000 } or null
 */
export function surveyAnswer(shape: ScenarioShape, id: number, state: TicketState): SurveyAnswer | null {
  if (state.dateResolved === null || state.mergedInto !== null) return null;
  const random = seededRandom(mixSeed(shape.seed ^ 0x5eed, id));
  if (random() >= shape.surveyRate) return null;
  const at = state.dateResolved + Math.round(-720 * Math.log(1 - random())) * 60_000;
  if (at >= shape.end) return null;
  const survey = state.everEscalated ? 1 : 0;
  let points = 0;
  for (const question of SURVEYS[survey]!.questions) points += question.points[answer(random(), question.points.length)]!;
  return { ticketId: id, survey, points, at };
}

/**
 * The answers as columns, ids in entry-time order.
 *
 * @example
 * surveyResultTable([{ ticketId: 9, survey: 0, points: 4, at: 2000 }, { ticketId: 3, survey: 0, points: 5, at: 1000 }]).ticketId;
 * //=> Int32Array [3, 9]
 */
export function surveyResultTable(answers: SurveyAnswer[]): SurveyResultTable {
  const rows = [...answers].sort((a, b) => a.at - b.at || a.ticketId - b.ticketId);
  return {
    count: rows.length,
    ticketId: Int32Array.from(rows, (r) => r.ticketId),
    surveyIndex: Uint8Array.from(rows, (r) => r.survey),
    totalPoints: Uint8Array.from(rows, (r) => r.points),
    enteredAt: Float64Array.from(rows, (r) => r.at),
  };
}

/** Index of the chosen option among `options` (worst first), skewed towards the best. */
function answer(u: number, options: number): number {
  const weights = ANSWER_WEIGHTS.slice(ANSWER_WEIGHTS.length - Math.min(options, ANSWER_WEIGHTS.length));
  const total = weights.reduce((a, b) => a + b, 0);
  let left = u * total;
  for (let i = 0; i < weights.length; i++) if ((left -= weights[i]!) < 0) return options - weights.length + i;
  return options - 1;
}
