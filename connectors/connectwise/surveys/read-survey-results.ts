import type { ConnectorContext, StreamState } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import type { CwScoredSurveyResult, CwSurvey, CwSurveyResult } from '../connectwise-records.js';
import { allPages } from '../paging/all-pages.js';
import { keysetPages } from '../paging/keyset-pages.js';
import { surveyScale } from './survey-scale.js';

/**
 * Survey answers with an id above the cursor, survey by survey (`/service/surveys`, then
 * `/service/surveys/{id}/results?conditions=id > n`, api_survey_results.go), each carrying its survey's
 * point range. Answers without `totalPoints` carry no score and are left out. Result ids are taken to
 * be one sequence across surveys (VERIFY); since surveys are read one after another the stream is not
 * ordered, so the engine moves the cursor only at the end of a run.
 *
 * @example
 * readSurveyResults(ctx, { cursor: '120' });
 * //=> GET /service/surveys, then per survey GET /service/surveys/3/results?conditions=id > 120&orderBy=id asc&page=1&pageSize=1000
 */
export async function* readSurveyResults(
  context: ConnectorContext<ConnectWiseConfig>,
  state: StreamState,
): AsyncGenerator<CwScoredSurveyResult[]> {
  const { http, config } = context;
  const after = state.cursor === null ? null : Number(state.cursor);
  const surveys = await allPages<CwSurvey>(http, '/service/surveys', { orderBy: 'id asc' }, config.pageSize);
  for (const survey of surveys) {
    const scale = await surveyScale(http, survey.id, config.csatScale);
    const pages = keysetPages<CwSurveyResult>(http, {
      url: `/service/surveys/${survey.id}/results`,
      orderBy: 'id asc',
      pageSize: config.pageSize,
      compare: (a, b) => a.id - b.id,
      where: (last) => (last ? `id > ${last.id}` : after !== null && Number.isFinite(after) ? `id > ${after}` : undefined),
    });
    for await (const page of pages) {
      const scored = page.filter((r) => typeof r.totalPoints === 'number').map((r) => ({ ...r, scale }));
      if (scored.length > 0) yield scored;
    }
  }
}
