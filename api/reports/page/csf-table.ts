import { html, type SafeHtml } from '../html/html.js';
import type { ReportCsf } from '../qbr-report.js';
import { ragBadge } from './status-marks.js';

const row = (c: ReportCsf) => html`<tr data-status="${c.status ?? 'NONE'}"><td>${c.title}</td>
<td>${ragBadge(c.status)}</td><td>${ragBadge(c.previous)}</td><td>${ragBadge(c.yearAgo)}</td></tr>`;

/** The CSFs with their RAG status in this review, the previous one and a year earlier. */
export function csfTable(csfs: readonly ReportCsf[]): SafeHtml {
  if (!csfs.length) return html`<p class="note">No critical success factor was in force for this period.</p>`;
  return html`<table class="csfs"><thead><tr><th>Critical success factor</th><th>This review</th><th>Previous review</th>
<th>A year earlier</th></tr></thead><tbody>${csfs.map(row)}</tbody></table>`;
}
