import { html, type SafeHtml } from '../html/html.js';
import { chartSvg, colourOf, legend, linearScaleOf, plotArea, px, slotCentre, xLabels, yAxis } from './chart-frame.js';

export interface BarSeries {
  name: string;
  /** One value per category; null draws no bar (and says "n/a"). */
  values: readonly (number | null)[];
}

export interface BarChartInput {
  title: string;
  categories: readonly string[];
  /** Bars of one category stand side by side, one per series. */
  series: readonly BarSeries[];
  format: (value: number) => string;
  /** The top of the y axis at least (e.g. 1 for a share), so bars of different charts compare. */
  max?: number;
  width?: number;
  height?: number;
}

/**
 * A grouped bar chart: per category a `rect.bar` for each series with a value, labelled with it; a
 * value of 0 is a hairline, so it reads as measured-and-zero rather than missing.
 *
 * @example
 * barChart({ title: 'SLA', categories: ['P1', 'P2'], series: [{ name: 'Response', values: [1, 0.5] }, { name: 'Resolution', values: [null, 0.9] }], format: String })
 * //=> <svg class="chart bar-chart" …> with 3 rect.bar and one "n/a"
 */
export function barChart(input: BarChartInput): SafeHtml {
  const legendRows = input.series.length > 1 ? 1 : 0;
  const plot = plotArea(input.width ?? 460, input.height ?? 220, legendRows);
  const values = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = linearScaleOf([...values, input.max ?? 0], plot);
  const centre = slotCentre(plot, input.categories.length);
  const slot = (plot.right - plot.left) / Math.max(input.categories.length, 1);
  const barWidth = Math.min(36, (slot * 0.8) / Math.max(input.series.length, 1));
  const bars = input.categories.map((category, c) => input.series.map((series, s) => {
    const value = series.values[c] ?? null;
    const x = px(centre(c) - (barWidth * input.series.length) / 2 + s * barWidth);
    if (value === null) return html`<text class="na" x="${px(x + barWidth / 2)}" y="${plot.bottom - 4}" text-anchor="middle">n/a</text>`;
    const top = px(Math.min(y(value), plot.bottom - 1));
    return html`<rect class="bar" data-series="${series.name}" x="${x}" y="${top}" width="${px(barWidth - 2)}" height="${px(plot.bottom - top)}"
 fill="${colourOf(s)}"><title>${category} ${series.name}: ${input.format(value)}</title></rect>
<text class="value" x="${px(x + barWidth / 2 - 1)}" y="${px(top - 3)}" text-anchor="middle">${input.format(value)}</text>`;
  }));
  const names = legendRows ? legend(input.series.map((s) => s.name), plot) : null;
  return chartSvg('bar-chart', input.title, plot, html`${names}${yAxis(plot, y, input.format)}${bars}${xLabels(plot, input.categories, centre)}`);
}
