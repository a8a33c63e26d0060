import type { EntityClass } from '@mikro-orm/core';
import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { assertLocalDate } from '../domain/validate-local-date.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { KpiDefinition } from '../kpi-definitions/kpi-definition.entity.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { BadInputError } from '../graphql/errors.js';
import { CsiItem } from './csi-item.entity.js';
import type { CreateCsiItemInput, CsiItemFilter, UpdateCsiItemInput } from './csi-item.inputs.js';
import { CSI_TRANSITIONS } from './csi-transitions.js';
import { CsiStatus } from './csi-status.js';
import { CsiMeasurementKind } from './impact/csi-kpi-measurement.entity.js';
import { recordCsiMeasurement } from './impact/record-csi-measurement.js';

/** Responsible for the CSI register: items, their links and their lifecycle. */
export class CsiItemService extends ClientOwnedService<CsiItem, CsiItemFilter> {
  protected readonly entity = CsiItem;
  protected readonly label = 'CSI item';
  protected readonly sort: Sort<CsiItem> = { field: 'createdAt', direction: 'asc' };

  protected where(filter: CsiItemFilter | undefined) {
    return {
      ...(filter?.reviewId ? { reviewId: filter.reviewId } : {}),
      ...(filter?.status?.length ? { status: { $in: filter.status } } : {}),
    };
  }

  async create(input: CreateCsiItemInput) {
    await this.assertLinks(input.clientId, input);
    return this.insert({ ...input, reviewId: input.reviewId ?? null, csfId: input.csfId ?? null, dueDate: input.dueDate ?? null });
  }

  async update(id: string, input: UpdateCsiItemInput) {
    const item = await this.get(id);
    const from = item.status;
    if (input.status && input.status !== from && !CSI_TRANSITIONS[from].includes(input.status)) {
      throw new BadInputError('status', `a ${from} item cannot move to ${input.status}`);
    }
    const sameTargets = (ids: string[]) => ids.length === item.targetKpiIds.length && ids.every((k) => item.targetKpiIds.includes(k));
    if (input.targetKpiIds && item.approvedAt && !sameTargets(input.targetKpiIds)) {
      throw new BadInputError('targetKpiIds', `are fixed once the item is approved: its baseline was recorded for them on ${item.approvedAt.toISOString()}`);
    }
    await this.assertLinks(item.clientId, input);
    const now = new Date();
    const approves = input.status === CsiStatus.APPROVED && from !== CsiStatus.APPROVED;
    const completes = input.status === CsiStatus.DONE && from !== CsiStatus.DONE;
    const updated = await this.patch(id, { ...input, ...(approves ? { approvedAt: now } : {}), ...(completes ? { completedAt: now } : {}) });
    // The measured change of an item starts from what its target KPIs were when it was approved.
    if (approves) await recordCsiMeasurement(this.ctx, updated, CsiMeasurementKind.BASELINE);
    if (completes) await recordCsiMeasurement(this.ctx, updated, CsiMeasurementKind.COMPLETION);
    return updated;
  }

  /** Everything an item links to belongs to the item's own client. */
  private async assertLinks(
    clientId: string,
    links: { reviewId?: string | null; csfId?: string | null; targetKpiIds?: string[]; dueDate?: string | null },
  ) {
    if (links.dueDate) assertLocalDate('dueDate', links.dueDate);
    const check = async (field: string, entity: EntityClass<{ id: string; clientId: string; tenantId: string }>, id?: string | null) => {
      if (!id) return;
      const row = await this.ctx.store.find(entity, id);
      if (!row || row.clientId !== clientId) throw new BadInputError(field, `must name a record of client ${clientId}, got ${id}`);
    };
    await check('reviewId', ServiceReview, links.reviewId);
    await check('csfId', CriticalSuccessFactor, links.csfId);
    for (const [i, kpiId] of (links.targetKpiIds ?? []).entries()) await check(`targetKpiIds.${i}`, KpiDefinition, kpiId);
  }
}
