import type { Context } from '../graphql/context.js';
import type { PageArgs } from '../graphql/connection.js';
import { BadInputError } from '../graphql/errors.js';
import { archivedCondition } from '../graphql/time-window.js';
import { nextVersion } from '../domain/next-version.js';
import { assertLocalDate } from '../domain/validate-local-date.js';
import { SlaPolicy } from './sla-policy.entity.js';
import { SlaPolicyVersion } from './sla-policy-version.entity.js';
import { DEFAULT_PAUSING } from './sla-parts.js';
import { Priority } from '../tickets/priority.js';
import type { CreateSlaPolicyInput, SlaPolicyFilter, SlaPolicyVersionInput, UpdateSlaPolicyInput } from './sla-policy.inputs.js';

/** Responsible for SLA policies and their effective-dated versions (never rewritten). */
export class SlaPolicyService {
  constructor(private readonly ctx: Context) {}

  list(filter: SlaPolicyFilter | undefined, page: PageArgs) {
    const where = {
      ...archivedCondition(filter?.includeArchived),
      ...(filter?.clientId ? { $or: [{ clientId: null }, { clientId: filter.clientId }] } : {}),
    };
    return this.ctx.store.page(SlaPolicy, where, page, { field: 'name', direction: 'asc' });
  }

  get(id: string) {
    return this.ctx.store.get(SlaPolicy, id, 'SLA policy');
  }

  async create(input: CreateSlaPolicyInput): Promise<SlaPolicy> {
    this.ctx.viewer.assertCanWrite();
    const policy = this.ctx.store.create(SlaPolicy, { name: input.name, clientId: input.clientId ?? null });
    // Rows are linked by id columns, not ORM relations, so the parent is flushed first for its foreign key.
    await this.ctx.em.flush();
    this.addVersionTo(policy, 1, input.terms);
    await this.ctx.em.flush();
    return policy;
  }

  update(id: string, input: UpdateSlaPolicyInput) {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.update(SlaPolicy, id, 'SLA policy', { name: input.name });
  }

  archive(id: string) {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.archive(SlaPolicy, id, 'SLA policy');
  }

  /** New targets from a later date (e.g. agreed in an annual review); history is untouched. */
  async addVersion(policyId: string, input: SlaPolicyVersionInput): Promise<SlaPolicyVersion> {
    this.ctx.viewer.assertCanWrite();
    const policy = await this.get(policyId);
    const version = this.addVersionTo(policy, await nextVersion(this.ctx.store, SlaPolicyVersion, { policyId }, input.effectiveFrom), input);
    await this.ctx.em.flush();
    return version;
  }

  private addVersionTo(policy: SlaPolicy, version: number, input: SlaPolicyVersionInput) {
    assertLocalDate('effectiveFrom', input.effectiveFrom);
    const priorities = input.targets.map((t) => t.priority);
    const repeated = priorities.find((p, i) => priorities.indexOf(p) !== i);
    if (repeated) throw new BadInputError('targets', `priority ${repeated} has more than one target`);
    if (priorities.includes(Priority.NONE)) throw new BadInputError('targets', 'priority NONE never has a target');
    return this.ctx.store.create(SlaPolicyVersion, {
      policyId: policy.id,
      clientId: policy.clientId ?? null,
      version,
      effectiveFrom: input.effectiveFrom,
      businessCalendarId: input.businessCalendarId ?? null,
      targets: input.targets.map((t) => ({ ...t })),
      pausingStatuses: input.pausingStatuses
        ? { firstResponse: [...input.pausingStatuses.firstResponse], resolution: [...input.pausingStatuses.resolution] }
        : DEFAULT_PAUSING,
    });
  }
}
