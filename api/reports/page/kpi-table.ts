import { html, type SafeHtml } from '../html/html.js';
import type { ReportKpi } from '../qbr-report.js';
import { figureLabel, formatDelta, formatFigure } from './format-figure.js';
import { ragBadge, trendDelta } from './status-marks.js';

type Counts = { numerator?: number | null; denominator?: number | null };

/** What a value was computed from: "27 of 35" for a share, "n = 35" for a median or mean; nothing when nothing was counted. */
function basis(figure: string, counts: Counts): string | null {
  if (!counts.denominator) return null;
  if (counts.numerator != null && (figure === 'RATIO' || figure === 'RESPONSE_RATE')) return `${counts.numerator} of ${counts.denominator}`;
  return figure === 'MEDIAN' || figure === 'P90' || figure === 'MEAN' ? `n = ${counts.denominator}` : null;
}

function row(k: ReportKpi): SafeHtml {
  const { key, figure } = k.frozen;
  const value = (v: number | null | undefined) => formatFigure(key, figure, v);
  const withBasis = (v: number | null | undefined, counts: Counts) => {
    const b = basis(figure, counts);
    return b ? `${value(v)} (${b})` : value(v);
  };
  const frozenBasis = basis(figure, k.frozen);
  // The basis is shown too: a restatement may keep the value and change what it was computed from.
  const restated = k.restated
    ? html`<span class="restated" title="recomputed ${k.restated.recomputedAt.toISOString()} from today's data">RESTATED ${withBasis(k.restated.value, k.restated)}</span>`
    : null;
  return html`<tr data-kpi="${key}|${figure}"${k.restated ? html` class="has-restatement"` : null}>
<td>${figureLabel(key, figure)}${k.csfTitle ? html`<div class="caption">${k.csfTitle}</div>` : null}</td>
<td class="num">${value(k.frozen.value)}${restated}${frozenBasis ? html`<div class="caption">${frozenBasis}</div>` : null}</td>
<td class="num">${k.frozen.target == null ? '–' : value(k.frozen.target)}</td>
<td>${ragBadge(k.frozen.status)}${k.restated && k.restated.status !== k.frozen.status ? html` <span class="restated">${ragBadge(k.restated.status)}</span>` : null}</td>
<td class="num">${k.previous ? trendDelta(formatDelta(key, figure, k.previous.delta), k.previous.trend) : '–'}</td>
<td class="num">${k.yearAgo ? trendDelta(formatDelta(key, figure, k.yearAgo.delta), k.yearAgo.trend) : '–'}</td></tr>`;
}

/**
 * The review's KPI figures as frozen, judged against the targets they had, with their change
 * since the previous review and the same period a year earlier (frozen against frozen). Where
 * today's data gives another value, it stands beside the frozen one marked RESTATED.
 */
export function kpiTable(kpis: readonly ReportKpi[]): SafeHtml {
  return html`<table class="kpis"><thead><tr><th>KPI</th><th class="num">Value <span class="frozen-mark">frozen</span></th><th class="num">Target</th>
<th>Status</th><th class="num">vs previous</th><th class="num">vs year ago</th></tr></thead><tbody>${kpis.map(row)}</tbody></table>`;
}
