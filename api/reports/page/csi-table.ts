import { CsiStatus } from '../../csi/csi-status.js';
import { html, type SafeHtml } from '../html/html.js';
import type { ReportCsiItem } from '../qbr-report.js';
import { figureLabel, formatDelta, formatFigure } from './format-figure.js';
import { trendDelta } from './status-marks.js';

function impacts({ item, impacts }: ReportCsiItem): SafeHtml | string {
  if (!impacts) {
    if (item.status === CsiStatus.PROPOSED) return html`<span class="caption">measured once approved</span>`;
    return item.status === CsiStatus.REJECTED ? '–' : html`<span class="caption">baseline period not over before this review</span>`;
  }
  return html`<ul class="plain">${impacts.map((k) => html`<li>${figureLabel(k.key, k.figure)}:
${formatFigure(k.key, k.figure, k.baseline)} → ${formatFigure(k.key, k.figure, k.value)} (${trendDelta(formatDelta(k.key, k.figure, k.delta), k.trend)})</li>`)}</ul>`;
}

const row = (entry: ReportCsiItem) => {
  const { item } = entry;
  return html`<tr data-status="${item.status}"><td>${item.title}${item.rationale ? html`<div class="caption">${item.rationale}</div>` : null}</td>
<td>${item.owner || '–'}</td><td>${item.dueDate ?? '–'}</td><td>${item.status.replace('_', ' ').toLowerCase()}</td><td>${impacts(entry)}</td></tr>`;
};

/** The CSI register: every improvement item with owner, due date, status and its measured impact in this review. */
export function csiTable(register: readonly ReportCsiItem[]): SafeHtml {
  if (!register.length) return html`<p class="note">No continual service improvement item has been proposed yet.</p>`;
  return html`<table class="csi"><thead><tr><th>Item</th><th>Owner</th><th>Due</th><th>Status</th>
<th>Impact in this review (baseline → now)</th></tr></thead><tbody>${register.map(row)}</tbody></table>`;
}
