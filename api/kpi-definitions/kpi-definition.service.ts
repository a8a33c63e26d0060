import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { assertLocalDate } from '../domain/validate-local-date.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { BadInputError, ConflictError } from '../graphql/errors.js';
import { KPI_CATALOGUE } from './kpi-catalogue.js';
import { KpiDefinition } from './kpi-definition.entity.js';
import type { CreateKpiDefinitionInput, KpiDefinitionFilter, UpdateKpiDefinitionInput } from './kpi-definition.inputs.js';
import type { KpiDefinitionVersionChange } from './kpi-definition-version-change.js';

/** Responsible for which catalogue KPIs a client tracks, against which targets and CSFs, and their later versions. */
export class KpiDefinitionService extends ClientOwnedService<KpiDefinition, KpiDefinitionFilter> {
  protected readonly entity = KpiDefinition;
  protected readonly label = 'KPI definition';
  protected readonly sort: Sort<KpiDefinition> = { field: 'createdAt', direction: 'asc' };

  protected where(filter: KpiDefinitionFilter | undefined) {
    return { ...(filter?.csfId ? { csfId: filter.csfId } : {}), ...(filter?.key ? { key: filter.key } : {}) };
  }

  create(input: CreateKpiDefinitionInput) {
    return this.insertDefinition(input, null);
  }

  async update(id: string, input: UpdateKpiDefinitionInput) {
    if (input.csfId) await this.assertCsfOfClient(input.csfId, (await this.get(id)).clientId);
    return this.patch(id, { ...input });
  }

  /**
   * The next version of a definition: the same figure with new terms from a later date. Earlier
   * versions stay as they were, so past periods keep being judged by the targets they had.
   */
  async addVersion(id: string, change: KpiDefinitionVersionChange): Promise<KpiDefinition> {
    const current = await this.get(id);
    assertLocalDate('effectiveFrom', change.effectiveFrom);
    const versions = await this.ctx.em.find(KpiDefinition, {
      $and: [this.ctx.store.scope(KpiDefinition), { clientId: current.clientId, key: current.key, statistic: current.statistic, archivedAt: null }],
    }, { orderBy: { effectiveFrom: 'desc' } });
    const latest = versions[0] ?? current;
    if (change.effectiveFrom <= latest.effectiveFrom) {
      throw new ConflictError(
        `effectiveFrom ${change.effectiveFrom} must be after the current version's ${latest.effectiveFrom}; past versions are never rewritten`,
        { field: 'effectiveFrom' },
      );
    }
    return this.insertDefinition({
      clientId: current.clientId,
      csfId: change.csfId === undefined ? current.csfId : change.csfId,
      key: current.key,
      statistic: current.statistic,
      name: change.name ?? current.name,
      target: change.target ?? current.target,
      tolerance: change.tolerance ?? current.tolerance,
      direction: current.direction,
      effectiveFrom: change.effectiveFrom,
    }, latest.id);
  }

  private async insertDefinition(input: CreateKpiDefinitionInput, supersedesId: string | null) {
    const entry = KPI_CATALOGUE[input.key];
    const statistic = input.statistic ?? entry.statistics[0]!;
    if (!entry.statistics.includes(statistic)) {
      throw new BadInputError('statistic', `${input.key} offers ${entry.statistics.join(', ')}, not ${statistic}`);
    }
    assertLocalDate('effectiveFrom', input.effectiveFrom);
    if (entry.unit === 'ratio' && (input.target < 0 || input.target > 1)) {
      throw new BadInputError('target', `a ratio target is between 0 and 1, got ${input.target}`);
    }
    await this.assertCsfOfClient(input.csfId, input.clientId);
    return this.insert({
      clientId: input.clientId,
      csfId: input.csfId ?? null,
      key: input.key,
      statistic,
      name: input.name ?? entry.label,
      target: input.target,
      tolerance: input.tolerance,
      direction: input.direction ?? entry.direction,
      effectiveFrom: input.effectiveFrom,
      supersedesId,
    });
  }

  /** A KPI measures a CSF of its own client. */
  private async assertCsfOfClient(csfId: string | null | undefined, clientId: string) {
    if (!csfId) return;
    const csf = await this.ctx.store.find(CriticalSuccessFactor, csfId);
    if (!csf || csf.clientId !== clientId) {
      throw new BadInputError('csfId', `must name a critical success factor of client ${clientId}`);
    }
  }
}
