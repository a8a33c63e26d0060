import type { SlaTarget } from '../../sla-policies/sla-parts.js';

/**
 * A person's reading of new SLA targets against the ones they replace.
 *
 * @example
 * summarizeSlaChange('Acme SLA', 2, '2026-02-01', [{ priority: 'P1', firstResponseMinutes: 15, resolutionMinutes: 240 }],
 *   [{ priority: 'P1', firstResponseMinutes: 15, resolutionMinutes: 180 }])
 * //=> 'SLA policy "Acme SLA" v2 from 2026-02-01: P1 resolution 240 -> 180 min'
 */
export function summarizeSlaChange(policy: string, version: number, from: string, before: readonly SlaTarget[], after: readonly SlaTarget[]): string {
  const parts: string[] = [];
  const priorities = [...new Set([...before, ...after].map((t) => t.priority))].sort();
  for (const priority of priorities) {
    const was = before.find((t) => t.priority === priority);
    const now = after.find((t) => t.priority === priority);
    const changes: string[] = [];
    const field = (label: string, a: number | undefined, b: number | undefined) => {
      if (a === b) return;
      changes.push(a !== undefined && b !== undefined ? `${label} ${a} -> ${b} min` : `${label} ${a !== undefined ? `${a} min` : 'none'} -> ${b !== undefined ? `${b} min` : 'none'}`);
    };
    field('response', was?.firstResponseMinutes, now?.firstResponseMinutes);
    field('resolution', was?.resolutionMinutes, now?.resolutionMinutes);
    if (changes.length) parts.push(`${priority} ${changes.join(', ')}`);
  }
  return `SLA policy "${policy}" v${version} from ${from}: ${parts.length ? parts.join('; ') : 'targets unchanged'}`;
}
