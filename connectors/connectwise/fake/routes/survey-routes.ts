import type { FakeRoute } from '../../../sdk/fake/index.js';
import type { CwSurveyResult } from '../../connectwise-records.js';
import { company } from '../scenario/catalog.js';
import { cwTime } from '../scenario/scenario-shape.js';
import { SURVEYS } from '../scenario/surveys.js';
import type { TicketStore } from '../scenario/ticket-store.js';
import { cwError } from './cw-error.js';
import { listRecords } from './list-records.js';
import { recordFields } from './record-fields.js';

const RESULT_FIELDS = recordFields({ 'id': 'number', 'ticketid': 'number', 'surveyid': 'number', 'totalpoints': 'number', 'company/id': 'number', 'dateentered': 'datetime', 'lastupdated': 'datetime' });
const SURVEY_FIELDS = recordFields({ id: 'number', name: 'string', inactiveflag: 'boolean' });
const QUESTION_FIELDS = recordFields({ id: 'number', sequencenumber: 'number', type: 'string' });
const OPTION_FIELDS = recordFields({ id: 'number', points: 'number', name: 'string' });

/**
 * Surveys and their answers (api_survey_results.go): `/service/surveys`, `/service/surveys/{id}/questions`,
 * `/service/surveys/{id}/questions/{questionId}/options`, `/service/surveys/{id}/results`. Answers of
 * deleted tickets are not served.
 *
 * @example
 * // GET /v4_6_release/apis/3.0/service/surveys/1/results?conditions=id > 10&orderBy=id asc
 * //=> [{ id: 11, ticketId: 907, surveyId: 1, totalPoints: 5, company: {...}, _info: { dateEntered: '...', lastUpdated: '...' } }, ...]
 */
export function surveyRoutes(store: TicketStore, api: string): FakeRoute[] {
  const survey = (id: string | undefined) => SURVEYS.find((s) => String(s.id) === id);
  return [
    {
      method: 'GET', path: `${api}/service/surveys`,
      handle: (request) => listRecords(request, SURVEYS.map(({ id, name, inactiveFlag }) => ({ id, name, inactiveFlag })), SURVEY_FIELDS),
    },
    {
      method: 'GET', path: `${api}/service/surveys/:id/questions`,
      handle(request) {
        const found = survey(request.params['id']);
        if (!found) return cwError(404, `Survey Id ${request.params['id']} not found.`);
        return listRecords(request, found.questions.map(({ points: _points, ...question }) => question), QUESTION_FIELDS);
      },
    },
    {
      method: 'GET', path: `${api}/service/surveys/:id/questions/:questionId/options`,
      handle(request) {
        const question = survey(request.params['id'])?.questions.find((q) => String(q.id) === request.params['questionId']);
        if (!question) return cwError(404, `Question Id ${request.params['questionId']} not found.`);
        return listRecords(request, question.points.map((points, i) => ({ id: question.id * 100 + i, name: String(points), points })), OPTION_FIELDS);
      },
    },
    {
      method: 'GET', path: `${api}/service/surveys/:id/results`,
      handle(request) {
        const found = survey(request.params['id']);
        if (!found) return cwError(404, `Survey Id ${request.params['id']} not found.`);
        return listRecords(request, surveyResults(store, SURVEYS.indexOf(found)), RESULT_FIELDS);
      },
    },
  ];
}

/** The served answers of one survey, built from the store's columns. */
export function surveyResults(store: TicketStore, surveyIndex: number): CwSurveyResult[] {
  const table = store.surveyResults;
  const results: CwSurveyResult[] = [];
  for (let i = 0; i < table.count; i++) {
    const ticketId = table.ticketId[i]!;
    if (table.surveyIndex[i] !== surveyIndex || !store.has(ticketId)) continue;
    const customer = company(store.company(ticketId));
    const at = cwTime(table.enteredAt[i]!);
    results.push({
      id: i + 1, ticketId, surveyId: SURVEYS[surveyIndex]!.id, totalPoints: table.totalPoints[i]!,
      company: { id: customer.id, identifier: customer.identifier, name: customer.name },
      _info: { dateEntered: at, lastUpdated: at },
    });
  }
  return results;
}
