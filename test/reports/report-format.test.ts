import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '../../api/reports/html/html.js';
import { figureLabel, formatDelta, formatFigure } from '../../api/reports/page/format-figure.js';
import { periodLabel } from '../../api/reports/page/period-label.js';
import type { KpiKey } from '../../api/kpi-definitions/kpi-key.js';

describe('html', () => {
  it.each([
    ['text', html`<p>${'a < b & "c"'}</p>`, '<p>a &lt; b &amp; &quot;c&quot;</p>'],
    ['an attribute', html`<td title="${`it's`}">`, '<td title="it&#39;s">'],
    ['nested markup stays', html`<ul>${['x', '<y>'].map((i) => html`<li>${i}</li>`)}</ul>`, '<ul><li>x</li><li>&lt;y&gt;</li></ul>'],
    ['nothing for null, undefined and false', html`${null}${undefined}${false}|${0}`, '|0'],
    ['SafeHtml as it is', html`${new SafeHtml('<b>')}`, '<b>'],
  ])('%s', (_case, out, expected) => {
    expect(out.value).toBe(expected);
  });

  it('escapes every character HTML gives meaning to', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('formatFigure and formatDelta', () => {
  it.each([
    ['first_contact_resolution', 'RATIO', 0.7456, '74.6 %', 0.05, '+5.0 pp'],
    ['resolution_time', 'MEDIAN', 125, '2 h 05 min', -65, '−1 h 05 min'],
    ['first_response_time', 'P90', 42.4, '42 min', 3, '+3 min'],
    ['ticket_volume', 'COUNT', 1200, '1,200', -12, '−12'],
    ['csat', 'MEAN', 4.256, '4.26', 0.1, '+0.10'],
    ['tickets_per_endpoint', 'PER_ENDPOINT_MONTH', 0.0833, '0.08', 0, '±0'],
    ['csat', 'RATIO', null, '–', null, '–'],
  ] as const)('%s %s', (key, figure, value, shown, delta, deltaShown) => {
    expect(formatFigure(key as KpiKey, figure, value)).toBe(shown);
    expect(formatDelta(key as KpiKey, figure, delta)).toBe(deltaShown);
  });

  it.each([
    ['resolution_time', 'MEDIAN', 'Resolution time (median)'],
    ['first_contact_resolution', 'RATIO', 'First contact resolution'],
    ['backlog', 'AGE_30D_PLUS', 'Backlog (age 30+ d)'],
  ] as const)('labels %s %s', (key, figure, label) => {
    expect(figureLabel(key as KpiKey, figure)).toBe(label);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2025-03-01', '2025-04-01', 'Mar 2025'],
    ['2025-04-01', '2025-07-01', 'Q2 2025'],
    ['2025-02-01', '2025-05-01', '1 Feb 2025 – 30 Apr 2025'],
    ['2025-07-01', '2026-01-01', 'H2 2025'],
    ['2025-01-01', '2026-01-01', '2025'],
    ['2025-03-10', '2025-03-17', '10–16 Mar 2025'],
    ['2025-12-29', '2026-01-05', '29 Dec 2025 – 4 Jan 2026'],
  ])('[%s, %s) is %s', (from, to, label) => {
    expect(periodLabel(from, to)).toBe(label);
  });
});
