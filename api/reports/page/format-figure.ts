import { KPI_CATALOGUE } from '../../kpi-definitions/kpi-catalogue.js';
import type { KpiKey } from '../../kpi-definitions/kpi-key.js';

type Unit = 'share' | 'count' | 'duration' | 'decimal';

const FIGURE_NAMES: Record<string, string> = {
  MEDIAN: 'median', P90: '90th percentile', MEAN: 'mean', RESPONSE_RATE: 'response rate', EXCLUDED: 'excluded',
  NO_TARGET: 'without target', PENDING: 'pending', AGE_0_1D: 'age < 1 d', AGE_1_3D: 'age 1-3 d', AGE_3_7D: 'age 3-7 d',
  AGE_7_30D: 'age 7-30 d', AGE_30D_PLUS: 'age 30+ d',
};

function unitOf(key: KpiKey, figure: string): Unit {
  if (figure === 'RATIO' || figure === 'RESPONSE_RATE') return 'share';
  if (figure === 'MEDIAN' || figure === 'P90' || figure === 'MEAN') {
    return KPI_CATALOGUE[key].unit === 'business minutes' ? 'duration' : 'decimal';
  }
  return figure === 'PER_ENDPOINT_MONTH' ? 'decimal' : 'count';
}

const minutes = (m: number) => (Math.abs(m) < 60 ? `${Math.round(Math.abs(m))} min`
  : `${Math.floor(Math.abs(m) / 60)} h ${String(Math.round(Math.abs(m) % 60)).padStart(2, '0')} min`);

/**
 * A KPI figure's name as a reader says it: the catalogue label, and the figure unless it is the
 * KPI's plain one.
 *
 * @example
 * figureLabel('resolution_time', 'MEDIAN')           //=> 'Resolution time (median)'
 * figureLabel('first_contact_resolution', 'RATIO')   //=> 'First contact resolution'
 */
export function figureLabel(key: KpiKey, figure: string): string {
  const name = FIGURE_NAMES[figure];
  return name ? `${KPI_CATALOGUE[key].label} (${name})` : KPI_CATALOGUE[key].label;
}

/**
 * A KPI figure's value in its unit: shares as percentages, times in business hours and minutes.
 *
 * @example
 * formatFigure('first_contact_resolution', 'RATIO', 0.7456) //=> '74.6 %'
 * formatFigure('resolution_time', 'MEDIAN', 125)            //=> '2 h 05 min'
 * formatFigure('ticket_volume', 'COUNT', 1200)              //=> '1,200'
 * formatFigure('csat', 'MEAN', null)                        //=> '–'
 */
export function formatFigure(key: KpiKey, figure: string, value: number | null | undefined): string {
  if (value == null) return '–';
  switch (unitOf(key, figure)) {
    case 'share': return `${(value * 100).toFixed(1)} %`;
    case 'duration': return minutes(value);
    case 'decimal': return value.toFixed(2);
    case 'count': return Math.round(value).toLocaleString('en-US');
  }
}

/**
 * A change of a KPI figure, signed: shares in percentage points.
 *
 * @example
 * formatDelta('first_contact_resolution', 'RATIO', 0.05) //=> '+5.0 pp'
 * formatDelta('resolution_time', 'MEDIAN', -65)          //=> '−1 h 05 min'
 * formatDelta('ticket_volume', 'COUNT', 0)               //=> '±0'
 */
export function formatDelta(key: KpiKey, figure: string, delta: number | null | undefined): string {
  if (delta == null) return '–';
  if (delta === 0) return '±0';
  const sign = delta > 0 ? '+' : '−';
  const unit = unitOf(key, figure);
  if (unit === 'share') return `${sign}${(Math.abs(delta) * 100).toFixed(1)} pp`;
  return `${sign}${unit === 'duration' ? minutes(delta) : formatFigure(key, figure, Math.abs(delta))}`;
}
