import type { Stream } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import type { CwScoredSurveyResult } from '../connectwise-records.js';
import { normalizeSurveyResult } from './normalize-survey-result.js';
import { readSurveyResults } from './read-survey-results.js';

/**
 * CSAT answers (`/service/surveys/{id}/results`), incrementally by result id.
 *
 * @example
 * surveyResultsStream.advance({ cursor: '40' }, { id: 41, ... }); //=> { cursor: '41' }
 * surveyResultsStream.advance({ cursor: '40' }, { id: 12, ... }); //=> { cursor: '40' }
 */
export const surveyResultsStream: Stream<ConnectWiseConfig, CwScoredSurveyResult> = {
  name: 'survey_results',
  primaryKey: 'id',
  cursorField: 'id',
  ordered: false,
  cursorType: 'sequence',
  read: readSurveyResults,
  version: (record) => ({
    id: String(record.id),
    updatedAt: new Date(record._info?.lastUpdated ?? record._info?.dateEntered ?? 0),
  }),
  advance(state, record) {
    if (state.cursor !== null && Number(state.cursor) >= record.id) return state;
    return { ...state, cursor: String(record.id) };
  },
  normalize: (record) => normalizeSurveyResult(record),
};
