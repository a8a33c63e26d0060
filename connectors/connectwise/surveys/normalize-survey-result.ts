import { ConnectorError, type NormalizedRecord } from '../../sdk/index.js';
import type { CwScoredSurveyResult } from '../connectwise-records.js';

/**
 * A survey answer as a CSAT response of its ticket: the score is `totalPoints` on the survey's point
 * range; received when CW entered the answer (`_info.dateEntered`, else `_info.lastUpdated`).
 *
 * @example
 * normalizeSurveyResult({ id: 31, ticketId: 7, totalPoints: 4, scale: { min: 1, max: 5 }, _info: { dateEntered: '2024-03-03T12:00:00Z' } });
 * //=> { kind: 'csat', ticketExternalId: '7', csat: { externalId: '31', score: 4, scaleMin: 1, scaleMax: 5, receivedAt: 2024-03-03T12:00:00Z } }
 */
export function normalizeSurveyResult(record: CwScoredSurveyResult): NormalizedRecord {
  const receivedAt = new Date(record._info?.dateEntered ?? record._info?.lastUpdated ?? '');
  if (Number.isNaN(receivedAt.getTime())) {
    throw new ConnectorError('fatal', `ConnectWise survey result ${record.id} has no readable _info.dateEntered or _info.lastUpdated`);
  }
  return {
    kind: 'csat',
    ticketExternalId: String(record.ticketId),
    csat: {
      externalId: String(record.id),
      score: record.totalPoints ?? record.scale.min,
      scaleMin: record.scale.min,
      scaleMax: record.scale.max,
      receivedAt,
    },
  };
}
