import { isConnectorError, type HttpClient } from '../../sdk/index.js';
import type { CwSurveyOption, CwSurveyQuestion } from '../connectwise-records.js';
import { allPages } from '../paging/all-pages.js';

/** Used when neither the survey's questions nor the instance config give a point range (VERIFY). */
export const DEFAULT_SURVEY_SCALE = { min: 1, max: 5 } as const;

/**
 * The point range of a survey's `totalPoints`: the sums of each question's lowest and highest option
 * points (`/service/surveys/{id}/questions`, `.../questions/{questionId}/options`). A result's
 * `totalPoints` adding the chosen options' points is how CW surveys score (VERIFY: the 2025.8 models name
 * `totalPoints` and option `points` but do not define the sum). Without usable points (no questions,
 * endpoints absent: 404) the instance's `csatScale`, else 1..5.
 *
 * @example
 * await surveyScale(http, 3, undefined); //=> { min: 1, max: 5 } for one question with options worth 1..5 points
 * await surveyScale(http, 4, { min: 0, max: 10 }); //=> { min: 0, max: 10 } when survey 4 has no scored options
 */
export async function surveyScale(
  http: HttpClient,
  surveyId: number,
  fallback: { min: number; max: number } | undefined,
): Promise<{ min: number; max: number }> {
  const otherwise = fallback ?? DEFAULT_SURVEY_SCALE;
  try {
    const questions = await allPages<CwSurveyQuestion>(http, `/service/surveys/${surveyId}/questions`, {}, 1000);
    let min = 0;
    let max = 0;
    for (const question of questions) {
      const options = await allPages<CwSurveyOption>(http, `/service/surveys/${surveyId}/questions/${question.id}/options`, {}, 1000);
      const points = options.map((o) => o.points).filter((p): p is number => typeof p === 'number');
      if (points.length === 0) continue;
      min += Math.min(...points);
      max += Math.max(...points);
    }
    return max > min ? { min, max } : { ...otherwise };
  } catch (error) {
    if (isConnectorError(error) && error.details.status === 404) return { ...otherwise };
    throw error;
  }
}
