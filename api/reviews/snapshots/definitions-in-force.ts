import type { KpiFigureKind } from '../../kpis/engine/kpi-figure.js';
import { figureOf } from '../../kpis/graphql/kpi.service.js';
import type { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';

/** `key|figure`, the identity of a catalogue figure. */
export const figureId = (key: string, figure: string) => `${key}|${figure}`;

export interface DefinitionInForce {
  definition: KpiDefinition;
  figure: KpiFigureKind;
}

/**
 * For each catalogue figure a client targets, the KPI definition in force on local date `date`:
 * the latest `effectiveFrom` on or before it, the newest among equal dates, the same rule the KPI
 * series apply to a bucket's start. A later definition of the same figure is its next version.
 *
 * @example
 * definitionsInForce([fcr2025 (0.70 from 2025-01-01), fcr2026 (0.75 from 2026-01-01)], '2025-10-01')
 * //=> Map { 'first_contact_resolution|RATIO' => { definition: fcr2025, figure: 'RATIO' } }
 */
export function definitionsInForce(definitions: readonly KpiDefinition[], date: string): Map<string, DefinitionInForce> {
  const best = new Map<string, DefinitionInForce>();
  for (const definition of definitions) {
    if (definition.effectiveFrom > date) continue;
    const figure = figureOf(definition.key, definition.statistic);
    const id = figureId(definition.key, figure);
    const current = best.get(id)?.definition;
    const later = !current || definition.effectiveFrom > current.effectiveFrom
      || (definition.effectiveFrom === current.effectiveFrom && definition.createdAt > current.createdAt);
    if (later) best.set(id, { definition, figure });
  }
  return best;
}
