import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { assertLocalDate } from '../domain/validate-local-date.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { BadInputError } from '../graphql/errors.js';
import { KPI_CATALOGUE } from './kpi-catalogue.js';
import { KpiDefinition } from './kpi-definition.entity.js';
import type { CreateKpiDefinitionInput, KpiDefinitionFilter, UpdateKpiDefinitionInput } from './kpi-definition.inputs.js';

/** Responsible for which catalogue KPIs a client tracks, against which targets and CSFs. */
export class KpiDefinitionService extends ClientOwnedService<KpiDefinition, KpiDefinitionFilter> {
  protected readonly entity = KpiDefinition;
  protected readonly label = 'KPI definition';
  protected readonly sort: Sort<KpiDefinition> = { field: 'createdAt', direction: 'asc' };

  protected where(filter: KpiDefinitionFilter | undefined) {
    return { ...(filter?.csfId ? { csfId: filter.csfId } : {}), ...(filter?.key ? { key: filter.key } : {}) };
  }

  async create(input: CreateKpiDefinitionInput) {
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
    });
  }

  async update(id: string, input: UpdateKpiDefinitionInput) {
    if (input.csfId) await this.assertCsfOfClient(input.csfId, (await this.get(id)).clientId);
    return this.patch(id, { ...input });
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
