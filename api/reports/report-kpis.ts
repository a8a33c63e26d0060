import { KPI_CATALOGUE } from '../kpi-definitions/kpi-catalogue.js';
import { KpiKey } from '../kpi-definitions/kpi-key.js';
import { figureOf } from '../kpis/graphql/kpi.service.js';
import { compareKpis } from '../reviews/comparisons/compare-snapshots.js';
import type { CsfStatusSnapshot } from '../reviews/snapshots/csf-status-snapshot.entity.js';
import { figureId } from '../reviews/snapshots/definitions-in-force.js';
import type { KpiSnapshot } from '../reviews/snapshots/kpi-snapshot.entity.js';
import type { RestatedKpiValue } from '../reviews/snapshots/restated-kpi-value.type.js';
import type { KpiTrend, ReportKpi } from './qbr-report.js';

/** Every catalogue KPI's headline figure (its first statistic), in catalogue order. */
const HEADLINES = Object.values(KpiKey).map((key) => figureId(key, figureOf(key, KPI_CATALOGUE[key].statistics[0]!)));

/** Trended when the client targets nothing: volume, the two SLA attainments and first contact resolution. */
const DEFAULT_TRENDS = [KpiKey.ticket_volume, KpiKey.sla_response_attainment, KpiKey.sla_resolution_attainment, KpiKey.first_contact_resolution]
  .map((key) => figureId(key, figureOf(key, KPI_CATALOGUE[key].statistics[0]!)));

const id = (row: KpiSnapshot) => figureId(row.key, row.figure);

/**
 * The figures a review report shows, in order: those the client's KPI definitions target, then
 * the headline figure of every other catalogue KPI (the rest — backlog ages, exclusions — stay in
 * the API and BI views).
 */
function shownFigures(rows: readonly KpiSnapshot[]): KpiSnapshot[] {
  const targeted = rows.filter((r) => r.kpiDefinitionId).sort((a, b) => HEADLINES.indexOf(id(a)) - HEADLINES.indexOf(id(b)));
  const seen = new Set(targeted.map(id));
  const headlines = HEADLINES.flatMap((h) => (seen.has(h) ? [] : rows.filter((r) => id(r) === h)));
  return [...targeted, ...headlines];
}

/** The report's KPI rows: each shown figure with its deltas, restatement and CSF. */
export function reportKpis(
  current: readonly KpiSnapshot[],
  earlier: { previous: readonly KpiSnapshot[] | null; yearAgo: readonly KpiSnapshot[] | null },
  restated: ReadonlyMap<string, RestatedKpiValue>,
  csfs: readonly CsfStatusSnapshot[],
): ReportKpi[] {
  const shown = shownFigures(current);
  const previous = earlier.previous ? compareKpis(shown, earlier.previous) : null;
  const yearAgo = earlier.yearAgo ? compareKpis(shown, earlier.yearAgo) : null;
  return shown.map((frozen, i) => ({
    frozen,
    previous: previous?.[i] ?? null,
    yearAgo: yearAgo?.[i] ?? null,
    restated: restated.get(frozen.id) ?? null,
    csfTitle: csfs.find((c) => frozen.kpiDefinitionId && c.kpiDefinitionIds.includes(frozen.kpiDefinitionId))?.title ?? null,
  }));
}

/**
 * The trend series across a review history (oldest first, the current review last): the figures
 * the current review's definitions target, or the default four when it targets none.
 */
export function kpiTrends(history: readonly (readonly KpiSnapshot[])[]): KpiTrend[] {
  const current = history.at(-1) ?? [];
  const targeted = current.filter((r) => r.kpiDefinitionId);
  const chosen = targeted.length ? shownFigures(targeted) : DEFAULT_TRENDS.flatMap((d) => current.filter((r) => id(r) === d));
  return chosen.map((row) => ({
    key: row.key,
    figure: row.figure,
    target: row.target ?? null,
    values: history.map((rows) => rows.find((r) => id(r) === id(row))?.value ?? null),
  }));
}
