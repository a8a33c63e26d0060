import type { Context } from '../../graphql/context.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { Client } from '../../clients/client.entity.js';
import { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';
import { KpiStatistic } from '../../kpi-definitions/kpi-statistic.js';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { kpiBuckets } from '../engine/buckets.js';
import { computeKpis } from '../engine/compute-kpis.js';
import type { KpiFigureKind } from '../engine/kpi-figure.js';
import { buildKpiSeries, type SeriesTarget } from '../series/build-kpi-series.js';
import type { KpiSeriesValue } from '../series/kpi-series.js';
import { samePeriodLastYear } from '../status/same-period-last-year.js';
import type { KpiSeriesArgs } from './kpi.inputs.js';

/** The figure a definition's statistic targets (a MEAN of tickets per endpoint is its per-endpoint-month value). */
export function figureOf(key: KpiKey, statistic: KpiStatistic): KpiFigureKind {
  return key === KpiKey.tickets_per_endpoint ? 'PER_ENDPOINT_MONTH' : statistic;
}

/**
 * Responsible for KPI series: checks the viewer sees every client asked for, computes the catalogue
 * over the period and the year before it (for comparisons), and applies the clients' KPI targets.
 */
export class KpiService {
  constructor(private readonly ctx: Context) {}

  /** The catalogue over `clientIds` together. */
  async series(clientIds: readonly string[], args: KpiSeriesArgs): Promise<KpiSeriesValue[]> {
    await this.assertVisible(clientIds);
    const figures = await this.compute(clientIds, args, false);
    const targets = clientIds.length === 1 ? (await this.targets(clientIds)).get(clientIds[0]!) ?? [] : [];
    return buildKpiSeries(figures, args.period.from, targets);
  }

  /** Each client's own series, for many clients at once (one computation, split by client). */
  async seriesByClient(clientIds: readonly string[], args: KpiSeriesArgs): Promise<KpiSeriesValue[][]> {
    const figures = await this.compute(clientIds, args, true);
    const targets = await this.targets(clientIds);
    return clientIds.map((id) => buildKpiSeries(
      figures.filter((f) => f.group === id).map((f) => ({ ...f, group: null })), args.period.from, targets.get(id) ?? []));
  }

  private async compute(clientIds: readonly string[], args: KpiSeriesArgs, byClient: boolean) {
    const { from, to } = args.period;
    kpiBuckets(from, to, args.granularity); // validates the period, naming the bad field
    if (byClient && args.breakdown) {
      throw new BadInputError('breakdown', "a client's own series takes no breakdown; use Query.kpis for one");
    }
    return computeKpis(this.ctx.em, {
      tenantId: this.ctx.viewer.tenantId,
      clientIds,
      from: samePeriodLastYear(from, to).from,
      to,
      granularity: args.granularity,
      keys: args.keys ?? [],
      breakdown: byClient ? 'CLIENT' : args.breakdown ?? null,
    });
  }

  private async assertVisible(clientIds: readonly string[]) {
    const clients = await this.ctx.loaders.byId(Client).loadMany([...clientIds]);
    clients.forEach((client, i) => {
      if (!(client instanceof Client)) throw new NotFoundError('client', clientIds[i]!);
    });
  }

  private async targets(clientIds: readonly string[]): Promise<Map<string, SeriesTarget[]>> {
    const definitions = await this.ctx.em.find(KpiDefinition, {
      $and: [this.ctx.store.scope(KpiDefinition), { clientId: { $in: [...clientIds] }, archivedAt: null }],
    }, { orderBy: { createdAt: 'desc' } }); // newest first: among equal effective dates the newest definition wins
    const byClient = new Map<string, SeriesTarget[]>();
    for (const d of definitions) {
      byClient.set(d.clientId, [...(byClient.get(d.clientId) ?? []), {
        key: d.key, figure: figureOf(d.key, d.statistic), effectiveFrom: d.effectiveFrom,
        target: d.target, tolerance: d.tolerance, direction: d.direction,
      }]);
    }
    return byClient;
  }
}

/** A client's own series, batched with every other client asking the same question in this request. */
export function clientSeries(ctx: Context, clientId: string, args: KpiSeriesArgs): Promise<KpiSeriesValue[]> {
  const question = { period: { from: args.period.from, to: args.period.to }, granularity: args.granularity, keys: args.keys ?? null, breakdown: args.breakdown ?? null };
  const loader = ctx.loaders.memo(`kpis:${JSON.stringify(question)}`, (ids) => new KpiService(ctx).seriesByClient(ids, args));
  return loader.load(clientId);
}
