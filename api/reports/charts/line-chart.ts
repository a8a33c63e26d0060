import { html, type SafeHtml } from '../html/html.js';
import { chartSvg, colourOf, legend, linearScaleOf, plotArea, px, slotCentre, xLabels, yAxis } from './chart-frame.js';

export interface LineSeries {
  name: string;
  /** One value per label; null leaves a gap. */
  values: readonly (number | null)[];
}

export interface LineChartInput {
  title: string;
  /** The x axis, oldest first (e.g. review periods). */
  labels: readonly string[];
  series: readonly LineSeries[];
  /** Drawn as a dashed line when given. */
  target?: number | null;
  format: (value: number) => string;
  width?: number;
  height?: number;
}

/**
 * A line chart over evenly spaced labels: one polyline per unbroken run of a series' values and a
 * `circle.point` per value (with its value as a tooltip), an optional dashed target line, a y axis
 * from zero. With more than one series a legend names them.
 *
 * @example
 * lineChart({ title: 'FCR', labels: ['Q1', 'Q2', 'Q3'], series: [{ name: 'FCR', values: [0.5, null, 0.8] }], format: String })
 * //=> <svg class="chart line-chart" …> with 2 circle.point and 2 one-point runs (no polyline across the gap)
 */
export function lineChart(input: LineChartInput): SafeHtml {
  const legendRows = input.series.length > 1 ? 1 : 0;
  const plot = plotArea(input.width ?? 440, input.height ?? 180, legendRows);
  const values = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = linearScaleOf([...values, ...(input.target != null ? [input.target] : [])], plot);
  const x = slotCentre(plot, input.labels.length);
  const lines = input.series.map((series, i) => {
    const runs: string[][] = [[]];
    series.values.forEach((value, j) => {
      if (value === null) runs.push([]);
      else runs.at(-1)!.push(`${px(x(j))},${px(y(value))}`);
    });
    const colour = colourOf(i);
    const polylines = runs.filter((r) => r.length > 1)
      .map((r) => html`<polyline class="line" fill="none" stroke="${colour}" stroke-width="2" points="${r.join(' ')}"/>`);
    const points = series.values.map((value, j) => (value === null ? null
      : html`<circle class="point" cx="${px(x(j))}" cy="${px(y(value))}" r="3.5" fill="${colour}"><title>${input.labels[j]}: ${input.format(value)}</title></circle>`));
    return html`<g class="series" data-series="${series.name}">${polylines}${points}</g>`;
  });
  const targetY = input.target != null ? px(y(input.target)) : null;
  const target = targetY !== null
    ? html`<line class="target" x1="${plot.left}" x2="${plot.right}" y1="${targetY}" y2="${targetY}" stroke-dasharray="5 4"><title>target ${input.format(input.target!)}</title></line>`
    : null;
  const names = legendRows ? legend(input.series.map((s) => s.name), plot) : null;
  return chartSvg('line-chart', input.title, plot, html`${names}${yAxis(plot, y, input.format)}${target}${lines}${xLabels(plot, input.labels, x)}`);
}
