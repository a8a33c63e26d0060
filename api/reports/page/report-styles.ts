import { SafeHtml } from '../html/html.js';

/**
 * The report's only stylesheet, inline: no CDN, no web fonts (system fonts print everywhere).
 * The print rules keep sections and table rows whole across A4 pages and print the RAG colours.
 */
export const REPORT_STYLES = new SafeHtml(`
:root { --green: #2e7d32; --amber: #b26a00; --red: #c62828; --grey: #6b7280; --ink: #1f2933; --rule: #d9dee4; }
* { box-sizing: border-box; }
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 32px; }
header.report { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
header.report h1 { font-size: 22px; margin: 0 0 4px; }
header.report .meta { color: var(--grey); margin: 0; }
h2 { font-size: 16px; margin: 24px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
p.note, .caption { color: var(--grey); font-size: 12px; margin: 4px 0 8px; }
.notice { border-left: 4px solid var(--amber); background: #fff7e6; padding: 8px 12px; margin: 12px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; background: #f4f6f8; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rag { display: inline-block; min-width: 64px; text-align: center; border-radius: 3px; padding: 0 6px; color: #fff; font-size: 11px; font-weight: 600; }
.rag-GREEN { background: var(--green); } .rag-AMBER { background: var(--amber); } .rag-RED { background: var(--red); }
.rag-NO_DATA, .rag-NONE { background: #e5e7eb; color: var(--grey); }
.trend-IMPROVED { color: var(--green); } .trend-WORSENED { color: var(--red); } .trend-UNCHANGED, .trend-NO_DATA { color: var(--grey); }
.restated { display: inline-block; margin-left: 6px; padding: 0 4px; border: 1px dashed var(--amber); color: var(--amber); font-size: 11px; }
.frozen-mark { font-size: 10px; color: var(--grey); text-transform: uppercase; letter-spacing: .04em; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure { margin: 0; }
figure figcaption { font-weight: 600; font-size: 12px; }
svg.chart { max-width: 100%; height: auto; font: 10px system-ui, sans-serif; }
svg.chart .axis line { stroke: var(--rule); } svg.chart .axis text, svg.chart .legend text { fill: var(--grey); }
svg.chart .target { stroke: var(--red); stroke-width: 1.5; } svg.chart .value { fill: var(--ink); font-size: 9px; }
ul.plain { margin: 4px 0; padding-left: 18px; }
footer { margin-top: 24px; color: var(--grey); font-size: 11px; border-top: 1px solid var(--rule); padding-top: 8px; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { font-size: 11px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  section, figure, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}`);
