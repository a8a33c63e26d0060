import { describe, expect, it } from 'vitest';
import { barChart } from '../../api/reports/charts/bar-chart.js';
import { linearScale, niceTicks } from '../../api/reports/charts/linear-scale.js';
import { lineChart } from '../../api/reports/charts/line-chart.js';
import { stackedBarChart } from '../../api/reports/charts/stacked-bar-chart.js';

const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern, 'g'))?.length ?? 0;
const attrs = (svg: string, element: string, name: string) =>
  [...svg.matchAll(new RegExp(`<${element} [^>]*?class="[^"]*"[^>]*? ${name}="([^"]*)"`, 'g'))].map((m) => Number(m[1]));
const texts = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<g class="${cls}">([\\s\\S]*?)</g>`, 'g'))]
  .flatMap((g) => [...g[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]));
const percent = (v: number) => `${Math.round(v * 100)} %`;

describe('niceTicks', () => {
  it.each([
    ['a share', 0, 0.93, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    ['counts', 0, 37, [0, 10, 20, 30, 40]],
    ['a max that is a tick', 0, 40, [0, 10, 20, 30, 40]],
    ['large counts', 0, 1234, [0, 500, 1000, 1500]],
    ['below zero', -3, 7, [-4, -2, 0, 2, 4, 6, 8]],
    ['one value', 5, 5, [5]],
    ['minutes', 0, 125, [0, 50, 100, 150]],
  ])('%s: [%d, %d]', (_case, min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks);
  });
});

describe('linearScale', () => {
  it.each([
    ['starts at zero and ends on a tick', [0.5, 0.9], [0, 1], 0.5, 100],
    ['all zero still spans one unit', [0, 0], [0, 1], 0, 200],
    ['maps the top tick to the top pixel', [12, 37], [0, 40], 40, 0],
  ] as const)('%s', (_case, values, domain, value, pixel) => {
    const y = linearScale(values, [200, 0]);
    expect(y.domain).toEqual(domain);
    expect(y(value)).toBeCloseTo(pixel, 9);
  });
});

describe('lineChart', () => {
  const base = { title: 'FCR', labels: ['Q1', 'Q2', 'Q3', 'Q4'], format: percent };
  it.each([
    ['a full series', [0.5, 0.6, 0.8, 0.8], 4, 1],
    ['a gap splits the line', [0.5, null, 0.8, 0.9], 3, 1],
    ['isolated points draw no line', [0.5, null, 0.8, null], 2, 0],
    ['no data draws an empty frame', [null, null, null, null], 0, 0],
  ])('%s', (_case, values, points, lines) => {
    const svg = lineChart({ ...base, series: [{ name: 'FCR', values }] }).value;
    expect(count(svg, /<circle class="point"/)).toBe(points);
    expect(count(svg, /<polyline class="line"/)).toBe(lines);
    expect(count(svg, /<svg /)).toBe(1);
  });

  it('places points left to right on the scale, with the dashed target and one legend entry per series', () => {
    const svg = lineChart({ ...base, series: [{ name: 'A', values: [0, 0.5, 1, 0.5] }, { name: 'B', values: [1, 1, 1, 1] }], target: 0.7 }).value;
    const xs = attrs(svg, 'circle', 'cx').slice(0, 4);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ys = attrs(svg, 'circle', 'cy').slice(0, 4);
    expect(ys[0]).toBeGreaterThan(ys[1]!); // 0 is lower on the page than 0.5
    expect(ys[1]).toBe(ys[3]);
    expect(count(svg, /<line class="target"/)).toBe(1);
    expect(texts(svg, 'legend')).toEqual(['A', 'B']);
  });

  it('thins crowded x labels from the last one back', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `Q${(i % 4) + 1} ${2023 + Math.floor(i / 4)}`);
    const shown = texts(lineChart({ ...base, labels, series: [{ name: 'x', values: labels.map(() => 1) }], width: 300 }).value, 'axis x');
    expect(shown.at(-1)).toBe('Q4 2025');
    expect(shown.length).toBeLessThan(12);
    expect(texts(lineChart({ ...base, series: [{ name: 'x', values: [1, 1, 1, 1] }] }).value, 'axis x')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('escapes labels and titles', () => {
    const svg = lineChart({ ...base, title: '<script>', labels: ['"a"&b'], series: [{ name: 'x', values: [1] }] }).value;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&quot;a&quot;&amp;b');
  });
});

describe('barChart', () => {
  it.each([
    ['two series over three categories', [[1, 0.5, 0.8], [0.9, 0.7, 1]], 6, 0],
    ['a missing value says n/a', [[1, null, 0.8], [null, 0.7, 1]], 4, 2],
    ['a zero is a hairline, still a bar', [[0, 0.5, 0.8]], 3, 0],
  ])('%s', (_case, values, bars, missing) => {
    const svg = barChart({ title: 'SLA', categories: ['P1', 'P2', 'P3'], series: values.map((v, i) => ({ name: `s${i}`, values: v })), format: percent, max: 1 }).value;
    expect(count(svg, /<rect class="bar"/)).toBe(bars);
    expect(count(svg, /class="na"/)).toBe(missing);
    expect(Math.min(...attrs(svg, 'rect', 'height'))).toBeGreaterThanOrEqual(1);
  });

  it('draws taller bars for larger values, on a shared 0..100 % axis', () => {
    const svg = barChart({ title: 'SLA', categories: ['P1', 'P2'], series: [{ name: 'a', values: [0.25, 0.5] }], format: percent, max: 1 }).value;
    const [low, high] = attrs(svg, 'rect', 'height');
    expect(high! / low!).toBeCloseTo(2, 1);
    expect(texts(svg, 'axis y').at(-1)).toBe('100 %');
  });
});

describe('stackedBarChart', () => {
  it.each([
    ['every stack in every category', [[10, 12], [5, 3], [1, 1]], 6, ['16', '16']],
    ['zeros draw no segment', [[10, 0], [0, 3], [1, 0]], 3, ['11', '3']],
    ['no tickets at all', [[0, 0]], 0, ['0', '0']],
  ])('%s', (_case, stacks, segments, totals) => {
    const svg = stackedBarChart({ title: 'Volume', categories: ['Q1', 'Q2'], stacks: stacks.map((values, i) => ({ name: `t${i}`, values })), format: String }).value;
    expect(count(svg, /<rect class="segment"/)).toBe(segments);
    expect([...svg.matchAll(/<text class="value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(totals);
  });

  it('stacks segments on top of each other, heights in proportion', () => {
    const svg = stackedBarChart({ title: 'V', categories: ['Q1'], stacks: [{ name: 'a', values: [30] }, { name: 'b', values: [10] }], format: String }).value;
    const [ya, yb] = attrs(svg, 'rect', 'y');
    const [ha, hb] = attrs(svg, 'rect', 'height');
    expect(yb! + hb!).toBeCloseTo(ya!, 0);
    expect(ha! / hb!).toBeCloseTo(3, 1);
  });
});
