import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { assertLocalDate } from '../domain/validate-local-date.js';
import { ConflictError } from '../graphql/errors.js';
import { KpiDefinition } from '../kpi-definitions/kpi-definition.entity.js';
import { KpiDefinitionService } from '../kpi-definitions/kpi-definition.service.js';
import { CriticalSuccessFactor } from './critical-success-factor.entity.js';
import type {
  CreateCriticalSuccessFactorInput, CriticalSuccessFactorFilter, UpdateCriticalSuccessFactorInput,
} from './critical-success-factor.inputs.js';

/**
 * Responsible for a client's critical success factors, and for changing them over time (in
 * semi-annual and annual reviews) with effective dates: a changed CSF is retired and replaced,
 * never rewritten, so earlier periods keep the CSFs they had.
 */
export class CriticalSuccessFactorService extends ClientOwnedService<CriticalSuccessFactor, CriticalSuccessFactorFilter> {
  protected readonly entity = CriticalSuccessFactor;
  protected readonly label = 'critical success factor';
  protected readonly sort: Sort<CriticalSuccessFactor> = { field: 'createdAt', direction: 'asc' };

  protected where() {
    return {};
  }

  create(input: CreateCriticalSuccessFactorInput) {
    return this.insert({ ...input });
  }

  update(id: string, input: UpdateCriticalSuccessFactorInput) {
    return this.patch(id, { ...input });
  }

  /** A new CSF that applies from `effectiveFrom`. */
  introduce(clientId: string, terms: { title: string; description: string; effectiveFrom: string }, supersedesId: string | null = null) {
    assertLocalDate('effectiveFrom', terms.effectiveFrom);
    return this.insert({ clientId, title: terms.title, description: terms.description, effectiveFrom: terms.effectiveFrom, supersedesId });
  }

  /** The CSF no longer applies from `effectiveFrom`. */
  async retire(id: string, effectiveFrom: string): Promise<CriticalSuccessFactor> {
    assertLocalDate('effectiveFrom', effectiveFrom);
    const csf = await this.get(id);
    if (csf.retiredFrom) throw new ConflictError(`critical success factor ${id} is already retired from ${csf.retiredFrom}`, { field: 'csfId' });
    if (csf.effectiveFrom && effectiveFrom <= csf.effectiveFrom) {
      throw new ConflictError(`effectiveFrom ${effectiveFrom} must be after the factor's own start ${csf.effectiveFrom}`, { field: 'effectiveFrom' });
    }
    return this.patch(id, { retiredFrom: effectiveFrom });
  }

  /**
   * Replaces a CSF from `effectiveFrom` (e.g. moving it from the Tier 1 help desk to Tier 2): the old
   * one is retired, the new one supersedes it, and the KPI definitions that measured the old one
   * get versions measuring the new one from the same date.
   */
  async revise(id: string, terms: { title?: string | null; description?: string | null; effectiveFrom: string }): Promise<CriticalSuccessFactor> {
    const old = await this.retire(id, terms.effectiveFrom);
    const replacement = await this.introduce(old.clientId, {
      title: terms.title ?? old.title, description: terms.description ?? old.description, effectiveFrom: terms.effectiveFrom,
    }, old.id);
    const measuring = await this.ctx.em.find(KpiDefinition, { $and: [this.ctx.store.scope(KpiDefinition), { csfId: old.id, archivedAt: null }] });
    const kpis = new KpiDefinitionService(this.ctx);
    const latestPerFigure = new Map<string, KpiDefinition>();
    for (const d of measuring) {
      const id = `${d.key}|${d.statistic}`;
      if (!latestPerFigure.has(id) || latestPerFigure.get(id)!.effectiveFrom < d.effectiveFrom) latestPerFigure.set(id, d);
    }
    for (const d of latestPerFigure.values()) await kpis.addVersion(d.id, { effectiveFrom: terms.effectiveFrom, csfId: replacement.id });
    return replacement;
  }
}
