import { html, type SafeHtml } from '../html/html.js';
import { chartSvg, colourOf, legend, linearScaleOf, plotArea, px, slotCentre, xLabels, yAxis } from './chart-frame.js';

export interface Stack {
  name: string;
  /** One count per category. */
  values: readonly number[];
}

export interface StackedBarChartInput {
  title: string;
  categories: readonly string[];
  /** Drawn bottom to top in this order, each in its own colour. */
  stacks: readonly Stack[];
  format: (value: number) => string;
  width?: number;
  height?: number;
}

/**
 * A stacked bar per category: a `rect.segment` for every stack with a positive value, and the
 * category's total above the bar.
 *
 * @example
 * stackedBarChart({ title: 'Volume', categories: ['Q1', 'Q2'], stacks: [{ name: 'Incident', values: [10, 12] }, { name: 'Change', values: [0, 3] }], format: String })
 * //=> <svg class="chart stacked-bar-chart" …> with 3 rect.segment, totals 10 and 15
 */
export function stackedBarChart(input: StackedBarChartInput): SafeHtml {
  const plot = plotArea(input.width ?? 460, input.height ?? 220, 1);
  const totals = input.categories.map((_, c) => input.stacks.reduce((sum, s) => sum + (s.values[c] ?? 0), 0));
  const y = linearScaleOf(totals, plot);
  const centre = slotCentre(plot, input.categories.length);
  const barWidth = Math.min(48, ((plot.right - plot.left) / Math.max(input.categories.length, 1)) * 0.6);
  const bars = input.categories.map((category, c) => {
    let base = 0;
    const x = px(centre(c) - barWidth / 2);
    const segments = input.stacks.map((stack, s) => {
      const value = stack.values[c] ?? 0;
      if (value <= 0) return null;
      const top = px(y(base + value));
      const bottom = px(y(base));
      base += value;
      return html`<rect class="segment" data-stack="${stack.name}" x="${x}" y="${top}" width="${px(barWidth)}" height="${px(bottom - top)}"
 fill="${colourOf(s)}"><title>${category} ${stack.name}: ${input.format(value)}</title></rect>`;
    });
    return html`${segments}<text class="value" x="${px(centre(c))}" y="${px(y(totals[c]!) - 3)}" text-anchor="middle">${input.format(totals[c]!)}</text>`;
  });
  const names = legend(input.stacks.map((s) => s.name), plot);
  return chartSvg('stacked-bar-chart', input.title, plot, html`${names}${yAxis(plot, y, input.format)}${bars}${xLabels(plot, input.categories, centre)}`);
}
