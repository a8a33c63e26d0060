import { html, type SafeHtml } from '../html/html.js';

const STATUS_TEXT: Record<string, string> = { GREEN: 'Green', AMBER: 'Amber', RED: 'Red', NO_DATA: 'No data' };
const TREND_MARK: Record<string, string> = { IMPROVED: '▲', WORSENED: '▼', UNCHANGED: '=', NO_DATA: '' };

/** A RAG status as a coloured badge; `null` (not in force, no target) as a grey dash. */
export function ragBadge(status: string | null | undefined): SafeHtml {
  if (!status) return html`<span class="rag rag-NONE">–</span>`;
  return html`<span class="rag rag-${status}">${STATUS_TEXT[status] ?? status}</span>`;
}

/** A formatted change coloured by whether it improved the KPI (in its better direction). */
export function trendDelta(text: string, trend: string | null | undefined): SafeHtml {
  const t = trend ?? 'NO_DATA';
  return html`<span class="trend-${t}" title="${t.toLowerCase().replace('_', ' ')}">${TREND_MARK[t] ?? ''} ${text}</span>`;
}
