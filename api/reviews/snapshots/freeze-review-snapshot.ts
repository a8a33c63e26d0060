import type { Client } from '../../clients/client.entity.js';
import { CriticalSuccessFactor } from '../../csfs/critical-success-factor.entity.js';
import { csfInForce } from '../../csfs/csf-in-force.js';
import type { EngagementLevel } from '../../engagements/engagement-level.js';
import type { Context } from '../../graphql/context.js';
import { KPI_CATALOGUE } from '../../kpi-definitions/kpi-catalogue.js';
import { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import type { KpiFigureEnum, KpiStatusEnum } from '../../kpis/graphql/kpi-enums.js';
import { csfStatus } from '../../kpis/status/csf-status.js';
import { kpiStatus, type KpiStatus } from '../../kpis/status/kpi-status.js';
import { SlaClockKind } from '../../sla/clock-store/ticket-sla-clock.entity.js';
import { Priority } from '../../tickets/priority.js';
import { reviewLocalPeriod } from '../period/review-local-period.js';
import type { ServiceReview } from '../service-review.entity.js';
import { CsfStatusSnapshot } from './csf-status-snapshot.entity.js';
import { definitionsInForce, figureId } from './definitions-in-force.js';
import { KpiSnapshot } from './kpi-snapshot.entity.js';
import { periodFigures } from './period-figures.js';
import { ReviewSnapshot } from './review-snapshot.entity.js';
import { SlaAttainmentSnapshot } from './sla-attainment-snapshot.entity.js';
import { versionsUsed } from './versions-used.js';

const ATTAINMENT: Record<SlaClockKind, KpiKey> = {
  [SlaClockKind.FIRST_RESPONSE]: KpiKey.sla_response_attainment,
  [SlaClockKind.RESOLUTION]: KpiKey.sla_resolution_attainment,
};

/**
 * Freezes what `review` sees, inside the request transaction: every catalogue figure over its
 * whole period (client zone) judged against the KPI definitions in force at the period start,
 * SLA attainment by priority, the status of every CSF in force, and the policy, calendar and
 * definition versions behind them. Talks to the KPI engine and the entity manager.
 */
export async function freezeReviewSnapshot(ctx: Context, review: ServiceReview, level: EngagementLevel, client: Client): Promise<ReviewSnapshot> {
  const { em, store, viewer } = ctx;
  const period = reviewLocalPeriod(review, client.timeZone);
  const figures = await periodFigures(em, viewer.tenantId, client.id, period);
  const byPriority = await periodFigures(em, viewer.tenantId, client.id, period, { keys: Object.values(ATTAINMENT), breakdown: 'PRIORITY' });
  const definitions = await em.find(KpiDefinition, { $and: [store.scope(KpiDefinition), { clientId: client.id, archivedAt: null }] });
  const inForce = definitionsInForce(definitions, period.from);
  const versions = await versionsUsed(em, viewer.tenantId, client, period);

  const snapshot = store.create(ReviewSnapshot, {
    reviewId: review.id, clientId: client.id, level, periodFrom: period.from, periodTo: period.to, timeZone: client.timeZone,
    takenAt: new Date(), slaPolicyId: client.slaPolicyId ?? null,
    slaPolicyVersionIds: versions.slaPolicyVersionIds, businessCalendarVersionIds: versions.businessCalendarVersionIds,
  });
  // Rows link by id columns, not ORM relations: the parent goes first for the foreign keys.
  await em.flush();
  const owned = { snapshotId: snapshot.id, clientId: client.id };

  const statusOf = new Map<string, KpiStatus>();
  for (const f of figures) {
    const judged = inForce.get(figureId(f.key, f.figure))?.definition;
    const status = judged ? kpiStatus(f.value, judged.target, judged.tolerance, judged.direction) : null;
    if (judged && status) statusOf.set(judged.id, status);
    store.create(KpiSnapshot, {
      ...owned, key: f.key, figure: f.figure as KpiFigureEnum, value: f.value, numerator: f.numerator, denominator: f.denominator,
      kpiDefinitionId: judged?.id ?? null, target: judged?.target ?? null, tolerance: judged?.tolerance ?? null,
      direction: judged?.direction ?? KPI_CATALOGUE[f.key].direction, definitionEffectiveFrom: judged?.effectiveFrom ?? null,
      status: status as KpiStatusEnum | null,
    });
  }

  for (const clock of Object.values(SlaClockKind)) {
    for (const priority of Object.values(Priority)) {
      const figure = (kind: string) => byPriority.find((f) => f.key === ATTAINMENT[clock] && f.figure === kind && f.group === priority);
      const ratio = figure('RATIO');
      const target = versions.policyVersion?.targets.find((t) => t.priority === priority);
      store.create(SlaAttainmentSnapshot, {
        ...owned, clock, priority,
        targetMinutes: target ? (clock === SlaClockKind.FIRST_RESPONSE ? target.firstResponseMinutes : target.resolutionMinutes) : null,
        met: ratio?.numerator ?? 0, breached: (ratio?.denominator ?? 0) - (ratio?.numerator ?? 0),
        pending: figure('PENDING')?.value ?? 0, noTarget: figure('NO_TARGET')?.value ?? 0, attainment: ratio?.value ?? null,
      });
    }
  }

  const csfs = await em.find(CriticalSuccessFactor, { $and: [store.scope(CriticalSuccessFactor), { clientId: client.id, archivedAt: null }] });
  for (const csf of csfs.filter((c) => csfInForce(c, period.from))) {
    const measuring = [...inForce.values()].filter((d) => d.definition.csfId === csf.id).map((d) => d.definition.id).sort();
    store.create(CsfStatusSnapshot, {
      ...owned, csfId: csf.id, title: csf.title, kpiDefinitionIds: measuring,
      status: csfStatus(measuring.map((id) => statusOf.get(id) ?? 'NO_DATA')) as KpiStatusEnum,
    });
  }
  await em.flush();
  return snapshot;
}
