import type { KpiFigure } from '../../api/kpis/engine/kpi-figure.js';

/** Sort key of a figure row: (bucket, group, key, figure); a null group sorts first. */
function rowKey(row: KpiFigure): string {
  return [row.bucket, row.group === null ? '' : `~${row.group}`, row.key, row.figure].join('|');
}

function byRow(a: KpiFigure, b: KpiFigure): number {
  const ka = rowKey(a);
  const kb = rowKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Equal within 1e-9, relative or absolute; null equals only null. */
export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  const diff = Math.abs(a - b);
  return diff <= 1e-9 || diff <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function describe(row: KpiFigure): string {
  return `${row.bucket} ${row.group ?? '-'} ${row.key}.${row.figure}`;
}

/**
 * Compares two sets of KPI rows, both sorted by (bucket, group, key, figure), and lists every
 * difference: a row missing on one side, a duplicated row, or a value / numerator / denominator
 * that differs by more than 1e-9 (relative or absolute). An empty list means they agree.
 */
export function compareFigures(actual: readonly KpiFigure[], expected: readonly KpiFigure[]): string[] {
  const problems: string[] = [];
  const a = [...actual].sort(byRow);
  const e = [...expected].sort(byRow);
  for (const [name, rows] of [['actual', a], ['expected', e]] as const) {
    for (let i = 1; i < rows.length; i++) {
      if (rowKey(rows[i]) === rowKey(rows[i - 1])) problems.push(`duplicate row in ${name}: ${describe(rows[i])}`);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < e.length) {
    const order = i >= a.length ? 1 : j >= e.length ? -1 : byRow(a[i], e[j]);
    if (order < 0) {
      problems.push(`unexpected row: ${describe(a[i])} = ${JSON.stringify(numbers(a[i]))}`);
      i++;
    } else if (order > 0) {
      problems.push(`missing row: ${describe(e[j])} = ${JSON.stringify(numbers(e[j]))}`);
      j++;
    } else {
      for (const field of ['value', 'numerator', 'denominator'] as const) {
        if (!sameNumber(a[i][field], e[j][field])) {
          problems.push(`${describe(e[j])} ${field}: actual ${a[i][field]}, expected ${e[j][field]}`);
        }
      }
      i++;
      j++;
    }
  }
  return problems;
}

function numbers(row: KpiFigure) {
  return { value: row.value, numerator: row.numerator, denominator: row.denominator };
}
