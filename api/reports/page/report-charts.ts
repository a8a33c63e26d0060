import { barChart } from '../charts/bar-chart.js';
import { lineChart } from '../charts/line-chart.js';
import { stackedBarChart } from '../charts/stacked-bar-chart.js';
import { html, type SafeHtml } from '../html/html.js';
import type { QbrReport } from '../qbr-report.js';
import { figureLabel, formatFigure } from './format-figure.js';
import { periodLabel } from './period-label.js';

const CLOCK_NAMES: Record<string, string> = { FIRST_RESPONSE: 'First response', RESOLUTION: 'Resolution' };
const TYPE_NAMES: Record<string, string> = {
  INCIDENT: 'Incident', SERVICE_REQUEST: 'Service request', PROBLEM: 'Problem', CHANGE: 'Change', OTHER: 'Other',
};
const percent = (v: number) => `${Math.round(v * 100)} %`;

const figure = (caption: string, chart: SafeHtml) => html`<figure><figcaption>${caption}</figcaption>${chart}</figure>`;

/** One small line chart per trended KPI figure across the review history, frozen values, with its target. */
export function kpiTrendCharts(report: QbrReport): SafeHtml {
  const labels = report.history.map((s) => periodLabel(s.periodFrom, s.periodTo));
  return html`<div class="charts">${report.trends.map((t) => {
    const title = figureLabel(t.key, t.figure);
    return figure(title, lineChart({ title, labels, series: [{ name: title, values: t.values }], target: t.target, format: (v) => formatFigure(t.key, t.figure, v) }));
  })}</div>`;
}

/** SLA attainment of the review's period by priority, one bar per clock; priorities without tickets are left out. */
export function slaChart(report: QbrReport): SafeHtml {
  const priorities = [...new Set(report.sla.filter((r) => r.met + r.breached + r.pending > 0).map((r) => r.priority))];
  const clocks = [...new Set(report.sla.map((r) => r.clock))];
  const series = clocks.map((clock) => ({
    name: CLOCK_NAMES[clock] ?? clock,
    values: priorities.map((p) => report.sla.find((r) => r.clock === clock && r.priority === p)?.attainment ?? null),
  }));
  const title = 'SLA attainment by priority';
  return figure(title, barChart({ title, categories: priorities, series, format: percent, max: 1 }));
}

/** Ticket volume by type for each period of the history, stacked. */
export function volumeChart(report: QbrReport): SafeHtml {
  const title = 'Ticket volume by type';
  return figure(title, stackedBarChart({
    title, categories: report.history.map((s) => periodLabel(s.periodFrom, s.periodTo)),
    stacks: report.volumeByType.map((v) => ({ name: TYPE_NAMES[v.type] ?? v.type, values: v.values })),
    format: (v) => Math.round(v).toLocaleString('en-US'),
  }));
}
