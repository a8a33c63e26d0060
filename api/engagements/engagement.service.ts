import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { DEFAULT_CADENCE } from './default-cadence.js';
import { Engagement } from './engagement.entity.js';
import type { CreateEngagementInput, EngagementFilter, UpdateEngagementInput } from './engagement.inputs.js';
import { parseCadence } from './parse-cadence.js';

/** Responsible for a client's levels of engagement: cadence, objectives, participants. */
export class EngagementService extends ClientOwnedService<Engagement, EngagementFilter> {
  protected readonly entity = Engagement;
  protected readonly label = 'engagement';
  protected readonly sort: Sort<Engagement> = { field: 'createdAt', direction: 'asc' };

  protected where(filter: EngagementFilter | undefined) {
    return filter?.level ? { level: filter.level } : {};
  }

  create(input: CreateEngagementInput) {
    return this.insert({
      clientId: input.clientId,
      level: input.level,
      cadence: parseCadence(input.cadence ?? DEFAULT_CADENCE[input.level]),
      objectives: input.objectives,
      participants: input.participants.map((p) => ({ name: p.name, email: p.email ?? null, role: p.role })),
    });
  }

  update(id: string, input: UpdateEngagementInput) {
    return this.patch(id, {
      cadence: input.cadence === undefined ? undefined : parseCadence(input.cadence),
      objectives: input.objectives,
      participants: input.participants?.map((p) => ({ name: p.name, email: p.email ?? null, role: p.role })),
    });
  }
}
