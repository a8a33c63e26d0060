import { DateTime } from 'luxon';
import { EngagementLevel } from '../../engagements/engagement-level.js';
import { html, type SafeHtml } from '../html/html.js';
import type { QbrReport } from '../qbr-report.js';
import { csfTable } from './csf-table.js';
import { csiTable } from './csi-table.js';
import { kpiTable } from './kpi-table.js';
import { meetingRecord } from './meeting-record.js';
import { periodLabel } from './period-label.js';
import { kpiTrendCharts, slaChart, volumeChart } from './report-charts.js';
import { REPORT_STYLES } from './report-styles.js';

const LEVEL_NAMES: Record<EngagementLevel, string> = {
  [EngagementLevel.INFORMAL_SYNC]: 'Informal sync',
  [EngagementLevel.MONTHLY_SERVICE_REVIEW]: 'Monthly service review',
  [EngagementLevel.QUARTERLY_BUSINESS_REVIEW]: 'Quarterly business review',
  [EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW]: 'Semi-annual business review',
  [EngagementLevel.ANNUAL_BUSINESS_REVIEW]: 'Annual business review',
};

function body(report: QbrReport): SafeHtml {
  const { snapshot } = report;
  if (!snapshot) {
    const status = report.review.status.toLowerCase();
    return html`<p class="notice">This review is ${status}: it has not been prepared, so there is no frozen snapshot to report yet.</p>`;
  }
  const against = (s: { periodFrom: string; periodTo: string } | null) => (s ? periodLabel(s.periodFrom, s.periodTo) : 'none');
  const restatedCount = report.kpis.filter((k) => k.restated).length;
  return html`${restatedCount ? html`<p class="notice" id="restated-notice">${restatedCount} figure(s) differ when recomputed from today's data: they are marked
<span class="restated">RESTATED</span> beside the frozen value, which stays the review's record.</p>` : null}
<section id="csfs"><h2>Critical success factors</h2>${csfTable(report.csfs)}</section>
<section id="trends"><h2>KPI trends</h2>
<p class="caption">Frozen values of the last ${report.history.length} ${LEVEL_NAMES[report.level].toLowerCase()}s; the dashed line is the target.</p>
${kpiTrendCharts(report)}</section>
<section id="kpis"><h2>KPIs</h2>
<p class="caption">Compared with the previous review (${against(report.previous)}) and the same period a year earlier (${against(report.yearAgo)}), frozen against frozen.</p>
${kpiTable(report.kpis)}</section>
<section id="service"><h2>Service levels and volume</h2><div class="charts">${slaChart(report)}${volumeChart(report)}</div>
<p class="caption">SLA attainment is frozen; volume by type is counted from today's data for each period.</p></section>
<section id="csi"><h2>Continual service improvement</h2>${csiTable(report.csi)}</section>`;
}

/** The printable review report: one self-contained HTML page (inline CSS and SVG, nothing fetched). */
export function reportPage(report: QbrReport): string {
  const { review, client, snapshot } = report;
  const zone = client.timeZone;
  const at = (d: Date | null | undefined) => (d ? DateTime.fromJSDate(d, { zone }).toFormat('d LLL yyyy HH:mm') : '–');
  const period = snapshot ? periodLabel(snapshot.periodFrom, snapshot.periodTo)
    : `${at(review.periodStart)} – ${at(review.periodEnd)}`;
  const title = `${client.name} · ${LEVEL_NAMES[report.level]} · ${period}`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${REPORT_STYLES}</style></head>
<body><main>
<header class="report"><h1>${title}</h1>
<p class="meta">Status ${review.status.toLowerCase()} · scheduled ${at(review.scheduledAt)} · held ${at(review.heldAt)} · snapshot frozen ${at(snapshot?.takenAt)} (${zone})</p></header>
${body(report)}
<section id="meeting"><h2>Meeting record</h2>${meetingRecord(review)}</section>
<footer>Generated ${at(report.generatedAt)} by Quarterdeck. Frozen values are what the review saw when it was prepared; later data never changes them.</footer>
</main></body></html>`.value;
}
