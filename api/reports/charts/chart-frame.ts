import { html, type SafeHtml } from '../html/html.js';
import { linearScale, type LinearScale } from './linear-scale.js';

/** Colours of a chart's series, in order: distinct hues of different lightness, so they part in greyscale print too. */
const SERIES_COLOURS = ['#1f5fa8', '#e07b39', '#3a9a5b', '#8e5ea2', '#c94f4f', '#6b7b8c'] as const;

export const colourOf = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

/** Where a chart's plot area sits inside its SVG: room on the left for the y axis, below for labels. */
export interface Plot {
  width: number;
  height: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function plotArea(width: number, height: number, legendRows = 0): Plot {
  const left = 48;
  const top = 12 + legendRows * 16;
  const right = width - 12;
  const bottom = height - 28;
  return { width, height, left, top, right, bottom };
}

/** The y scale of a plot: from zero (or below) at the bottom to round ticks over `values` at the top. */
export function linearScaleOf(values: readonly number[], plot: Plot): LinearScale {
  return linearScale(values, [plot.bottom, plot.top]);
}

/** The SVG element every chart is drawn in; `title` names it for screen readers and tooltips. */
export function chartSvg(kind: string, title: string, plot: Plot, body: SafeHtml): SafeHtml {
  return html`<svg class="chart ${kind}" xmlns="http://www.w3.org/2000/svg" width="${plot.width}" height="${plot.height}"
 viewBox="0 0 ${plot.width} ${plot.height}" role="img" aria-label="${title}"><title>${title}</title>${body}</svg>`;
}

/** Horizontal grid lines with their values at the ticks of `y`. */
export function yAxis(plot: Plot, y: LinearScale, format: (value: number) => string): SafeHtml {
  return html`<g class="axis y">${y.ticks.map((tick) => html`<line x1="${plot.left}" x2="${plot.right}" y1="${px(y(tick))}" y2="${px(y(tick))}"/>
<text x="${plot.left - 6}" y="${px(y(tick) + 4)}" text-anchor="end">${format(tick)}</text>`)}</g>`;
}

/** Roughly how wide a label of 10px system-ui text is. */
const labelWidth = (label: string) => label.length * 5.5 + 8;

/**
 * Labels under evenly spaced slots (bars, groups, points): the x axis. When they would overlap,
 * only every n-th is written, counting back from the last (the current review's).
 */
export function xLabels(plot: Plot, labels: readonly string[], x: (index: number) => number): SafeHtml {
  const slot = (plot.right - plot.left) / Math.max(labels.length, 1);
  const every = Math.max(1, Math.ceil(Math.max(0, ...labels.map(labelWidth)) / slot));
  return html`<g class="axis x">${labels.map((label, i) => ((labels.length - 1 - i) % every
    ? null
    : html`<text x="${px(x(i))}" y="${plot.bottom + 16}" text-anchor="middle">${label}</text>`))}</g>`;
}

/** A one-row legend above the plot: a swatch and a name per series. */
export function legend(names: readonly string[], plot: Plot): SafeHtml {
  let x = plot.left;
  return html`<g class="legend">${names.map((name, i) => {
    const item = html`<rect x="${x}" y="2" width="10" height="10" fill="${colourOf(i)}"/><text x="${x + 14}" y="11">${name}</text>`;
    x += 24 + name.length * 6.5;
    return item;
  })}</g>`;
}

/** The centre of slot `index` of `count` equal slots across the plot. */
export function slotCentre(plot: Plot, count: number): (index: number) => number {
  const slot = (plot.right - plot.left) / Math.max(count, 1);
  return (index) => plot.left + slot * (index + 0.5);
}

/** Coordinates rounded to a tenth of a pixel, so the markup stays short and tests can compare it. */
export const px = (value: number): number => Math.round(value * 10) / 10;
