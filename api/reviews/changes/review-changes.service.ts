import { Client } from '../../clients/client.entity.js';
import { CriticalSuccessFactorService } from '../../csfs/critical-success-factor.service.js';
import { Engagement } from '../../engagements/engagement.entity.js';
import { EngagementLevel } from '../../engagements/engagement-level.js';
import type { Context } from '../../graphql/context.js';
import { BadInputError, ConflictError } from '../../graphql/errors.js';
import { KpiDefinitionService } from '../../kpi-definitions/kpi-definition.service.js';
import { SlaPolicy } from '../../sla-policies/sla-policy.entity.js';
import { SlaPolicyVersion } from '../../sla-policies/sla-policy-version.entity.js';
import { SlaPolicyService } from '../../sla-policies/sla-policy.service.js';
import { ReviewLifecycleService } from '../lifecycle/review-lifecycle.service.js';
import { reviewLocalPeriod } from '../period/review-local-period.js';
import { ReviewStatus } from '../review-status.js';
import type { ServiceReview } from '../service-review.entity.js';
import { atPath } from './at-path.js';
import { ReviewChange, ReviewChangeKind } from './review-change.entity.js';
import type { CsfChangeInput, KpiDefinitionChangeInput, ReviewChangesInput, SlaTargetsChangeInput } from './review-changes.inputs.js';
import { summarizeSlaChange } from './summarize-sla-change.js';

const CHANGING_LEVELS = [EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW, EngagementLevel.ANNUAL_BUSINESS_REVIEW];

type Recorded = Pick<ReviewChange, 'kind' | 'subjectId' | 'effectiveFrom' | 'summary'>;

/**
 * Responsible for what semi-annual and annual reviews change (domain.md: SLAs adjusted, CSFs
 * changed, new KPIs): each change becomes a new version through the owning service, from a date
 * after the reviewed period, and is recorded on the review. History is never rewritten.
 */
export class ReviewChangesService {
  constructor(private readonly ctx: Context) {}

  async apply(reviewId: string, changes: ReviewChangesInput): Promise<ReviewChange[]> {
    const review = await new ReviewLifecycleService(this.ctx).writable(reviewId);
    const engagement = await this.ctx.store.get(Engagement, review.engagementId, 'engagement');
    if (!CHANGING_LEVELS.includes(engagement.level)) {
      throw new BadInputError('reviewId', `names a ${engagement.level}; only a semi-annual or annual business review changes SLAs, CSFs and KPIs`);
    }
    if (review.status !== ReviewStatus.PREPARED && review.status !== ReviewStatus.HELD) {
      throw new ConflictError(`review ${reviewId} is ${review.status}: changes are made in a prepared or held review`);
    }
    if (!changes.slaTargets.length && !changes.criticalSuccessFactors.length && !changes.kpiDefinitions.length) {
      throw new BadInputError('changes', 'lists no change');
    }
    const client = await this.ctx.store.get(Client, review.clientId, 'client');
    const notBefore = reviewLocalPeriod(review, client.timeZone).to;
    const afterPeriod = (effectiveFrom: string) => {
      if (effectiveFrom < notBefore) {
        throw new BadInputError('effectiveFrom', `must not be before ${notBefore}, the end of the reviewed period: a review changes the future, not the history it reviewed; got ${effectiveFrom}`);
      }
    };
    const recorded: Recorded[] = [];
    for (const [i, change] of changes.slaTargets.entries()) {
      recorded.push(await atPath(`changes.slaTargets.${i}`, () => this.slaTargets(client, change, afterPeriod)));
    }
    for (const [i, change] of changes.criticalSuccessFactors.entries()) {
      recorded.push(await atPath(`changes.criticalSuccessFactors.${i}`, () => this.csf(client, change, afterPeriod)));
    }
    for (const [i, change] of changes.kpiDefinitions.entries()) {
      recorded.push(await atPath(`changes.kpiDefinitions.${i}`, () => this.kpi(client, change, afterPeriod)));
    }
    return this.record(review, recorded);
  }

  private async slaTargets(client: Client, change: SlaTargetsChangeInput, afterPeriod: (date: string) => void): Promise<Recorded> {
    const policy = await this.ctx.store.find(SlaPolicy, change.policyId);
    if (!policy || client.slaPolicyId !== policy.id) {
      throw new BadInputError('policyId', `must name the SLA policy client ${client.id} uses${client.slaPolicyId ? ` (${client.slaPolicyId})` : ' (it has none)'}, got ${change.policyId}`);
    }
    if (policy.clientId !== client.id) {
      throw new BadInputError('policyId', `names the shared policy "${policy.name}", which other clients use too; give the client its own policy before changing its targets in its review`);
    }
    const before = await this.ctx.em.findOne(SlaPolicyVersion, { $and: [this.ctx.store.scope(SlaPolicyVersion), { policyId: policy.id }] }, {
      orderBy: { version: 'desc' },
    });
    const version = await atPath('terms', async () => {
      afterPeriod(change.terms.effectiveFrom);
      return new SlaPolicyService(this.ctx).addVersion(policy.id, change.terms);
    });
    return {
      kind: ReviewChangeKind.SLA_TARGETS, subjectId: version.id, effectiveFrom: version.effectiveFrom,
      summary: summarizeSlaChange(policy.name, version.version, version.effectiveFrom, before?.targets ?? [], version.targets),
    };
  }

  private async csf(client: Client, change: CsfChangeInput, afterPeriod: (date: string) => void): Promise<Recorded> {
    afterPeriod(change.effectiveFrom);
    const csfs = new CriticalSuccessFactorService(this.ctx);
    const { effectiveFrom } = change;
    if (!change.csfId) {
      if (change.retire) throw new BadInputError('csfId', 'is required to retire a CSF');
      if (!change.title) throw new BadInputError('title', 'is required for a new CSF');
      const csf = await csfs.introduce(client.id, { title: change.title, description: change.description ?? '', effectiveFrom });
      return { kind: ReviewChangeKind.CSF_INTRODUCED, subjectId: csf.id, effectiveFrom, summary: `CSF "${csf.title}" from ${effectiveFrom}` };
    }
    const current = await csfs.get(change.csfId);
    if (current.clientId !== client.id) throw new BadInputError('csfId', `must name a critical success factor of client ${client.id}`);
    if (change.retire) {
      await csfs.retire(current.id, effectiveFrom);
      return { kind: ReviewChangeKind.CSF_RETIRED, subjectId: current.id, effectiveFrom, summary: `CSF "${current.title}" retired from ${effectiveFrom}` };
    }
    if (!change.title && change.description == null) throw new BadInputError('title', 'or description is required to revise a CSF (or set retire)');
    const revised = await csfs.revise(current.id, { title: change.title, description: change.description, effectiveFrom });
    return {
      kind: ReviewChangeKind.CSF_REVISED, subjectId: revised.id, effectiveFrom,
      summary: `CSF "${current.title}" becomes "${revised.title}" from ${effectiveFrom}; its KPIs follow`,
    };
  }

  private async kpi(client: Client, change: KpiDefinitionChangeInput, afterPeriod: (date: string) => void): Promise<Recorded> {
    afterPeriod(change.effectiveFrom);
    const kpis = new KpiDefinitionService(this.ctx);
    const { effectiveFrom } = change;
    if (!change.kpiDefinitionId) {
      if (!change.key) throw new BadInputError('key', 'is required for a new KPI');
      if (change.target == null) throw new BadInputError('target', 'is required for a new KPI');
      const kpi = await kpis.create({
        clientId: client.id, csfId: change.csfId ?? null, key: change.key, statistic: change.statistic ?? null, name: change.name ?? null,
        target: change.target, tolerance: change.tolerance ?? 0, direction: null, effectiveFrom,
      });
      return { kind: ReviewChangeKind.KPI_INTRODUCED, subjectId: kpi.id, effectiveFrom, summary: `KPI "${kpi.name}" (${kpi.key} ${kpi.statistic}) target ${kpi.target} from ${effectiveFrom}` };
    }
    const current = await kpis.get(change.kpiDefinitionId);
    if (current.clientId !== client.id) throw new BadInputError('kpiDefinitionId', `must name a KPI definition of client ${client.id}`);
    if (change.key && change.key !== current.key) throw new BadInputError('key', `a version keeps its KPI (${current.key}); introduce ${change.key} as a new KPI`);
    const next = await kpis.addVersion(current.id, {
      effectiveFrom, target: change.target ?? undefined, tolerance: change.tolerance ?? undefined, name: change.name ?? undefined,
      csfId: change.csfId === undefined ? undefined : change.csfId,
    });
    return {
      kind: ReviewChangeKind.KPI_REVISED, subjectId: next.id, effectiveFrom,
      summary: `KPI "${next.name}" target ${current.target} -> ${next.target}, tolerance ${current.tolerance} -> ${next.tolerance} from ${effectiveFrom}`,
    };
  }

  private async record(review: ServiceReview, changes: Recorded[]): Promise<ReviewChange[]> {
    const rows = changes.map((c) => this.ctx.store.create(ReviewChange, { ...c, reviewId: review.id, clientId: review.clientId, createdAt: new Date() }));
    await this.ctx.em.flush();
    return rows;
  }
}
