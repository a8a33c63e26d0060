import { DateTime } from 'luxon';
import { Client } from '../clients/client.entity.js';
import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { assertLocalDate } from '../domain/validate-local-date.js';
import { DEFAULT_CADENCE } from './default-cadence.js';
import { Engagement } from './engagement.entity.js';
import type { CreateEngagementInput, EngagementFilter, UpdateEngagementInput } from './engagement.inputs.js';
import { parseCadence } from './parse-cadence.js';
import { ReviewScheduleService } from './schedule/review-schedule.service.js';

/** Responsible for a client's levels of engagement: cadence, objectives, participants, and keeping their reviews scheduled. */
export class EngagementService extends ClientOwnedService<Engagement, EngagementFilter> {
  protected readonly entity = Engagement;
  protected readonly label = 'engagement';
  protected readonly sort: Sort<Engagement> = { field: 'createdAt', direction: 'asc' };

  protected where(filter: EngagementFilter | undefined) {
    return filter?.level ? { level: filter.level } : {};
  }

  async create(input: CreateEngagementInput) {
    if (input.startsOn) assertLocalDate('startsOn', input.startsOn);
    const client = await this.ctx.store.get(Client, input.clientId, 'client');
    const engagement = await this.insert({
      clientId: input.clientId,
      level: input.level,
      cadence: parseCadence(input.cadence ?? DEFAULT_CADENCE[input.level]),
      objectives: input.objectives,
      participants: input.participants.map((p) => ({ name: p.name, email: p.email ?? null, role: p.role })),
      // Tomorrow in the client's zone: a new engagement never schedules a meeting that already started today.
      startsOn: input.startsOn ?? DateTime.now().setZone(client.timeZone).plus({ days: 1 }).toISODate()!,
      meetingTime: input.meetingTime ?? '10:00',
      horizonDays: input.horizonDays ?? 92,
    });
    await new ReviewScheduleService(this.ctx).schedule(engagement.id, null, input.startsOn ? 'startsOn' : 'cadence');
    return engagement;
  }

  async update(id: string, input: UpdateEngagementInput) {
    if (input.startsOn) assertLocalDate('startsOn', input.startsOn);
    const before = await this.get(id);
    const timing = (e: Engagement) => [e.cadence, e.startsOn, e.meetingTime, e.horizonDays].join('|');
    const was = timing(before);
    const engagement = await this.patch(id, {
      cadence: input.cadence === undefined ? undefined : parseCadence(input.cadence),
      objectives: input.objectives,
      participants: input.participants?.map((p) => ({ name: p.name, email: p.email ?? null, role: p.role })),
      startsOn: input.startsOn,
      meetingTime: input.meetingTime,
      horizonDays: input.horizonDays,
    });
    if (timing(engagement) !== was && !engagement.archivedAt) await new ReviewScheduleService(this.ctx).reschedule(engagement);
    return engagement;
  }

  override async archive(id: string) {
    const engagement = await super.archive(id);
    await new ReviewScheduleService(this.ctx).cancelFuture(engagement);
    return engagement;
  }
}
