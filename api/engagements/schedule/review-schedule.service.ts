import { DateTime } from 'luxon';
import { Client } from '../../clients/client.entity.js';
import type { Context } from '../../graphql/context.js';
import { BadInputError } from '../../graphql/errors.js';
import { ServiceReview } from '../../reviews/service-review.entity.js';
import { ReviewStatus } from '../../reviews/review-status.js';
import { localMidnight } from '../../reviews/period/review-local-period.js';
import { Engagement } from '../engagement.entity.js';
import { cadenceOccurrences, type Occurrence, type OccurrenceWindow } from './cadence-occurrences.js';
import { DEFAULT_AGENDA } from './default-agenda.js';
import { defaultPeriod } from './default-period.js';

/** More occurrences than this in one call is a mistake (a daily cadence over years), not a schedule. */
export const MAX_OCCURRENCES = 500;
const MAX_YEARS_AHEAD = 5;

/**
 * Responsible for turning an engagement's cadence into PLANNED service reviews ahead of time, in
 * the client's zone, each with its level's default period and agenda. Scheduling is idempotent:
 * an occurrence (or a period) that already has a live review is never added twice.
 */
export class ReviewScheduleService {
  constructor(private readonly ctx: Context) {}

  /**
   * Adds the occurrences after the engagement's latest scheduled one (from `startsOn` when it has
   * none) up to `until`, by default its horizon from now. Returns the reviews created. `field` is
   * the input blamed when that is too many occurrences.
   */
  async schedule(engagementId: string, until?: Date | null, field = 'until'): Promise<ServiceReview[]> {
    this.ctx.viewer.assertCanWrite();
    const engagement = await this.ctx.store.get(Engagement, engagementId, 'engagement');
    if (engagement.archivedAt) throw new BadInputError('engagementId', 'names an archived engagement; it schedules nothing');
    const limit = DateTime.now().plus({ years: MAX_YEARS_AHEAD });
    if (until && until > limit.toJSDate()) {
      throw new BadInputError('until', `must be at most ${MAX_YEARS_AHEAD} years ahead (${limit.toISODate()}), got ${until.toISOString()}`);
    }
    const live = await this.liveReviews(engagement);
    const latest = Math.max(-Infinity, ...live.flatMap((r) => (r.occurrenceAt ? [r.occurrenceAt.getTime()] : [])));
    return this.fill(engagement, { after: latest > -Infinity ? new Date(latest) : null, until: until ?? this.horizonEnd(engagement) }, live, field);
  }

  /**
   * After the cadence, start, meeting time or horizon changed: future PLANNED occurrences the new
   * cadence no longer has are archived (kept, hidden), everything already prepared, held or past
   * stays as it was, and the new cadence's future occurrences are added.
   */
  async reschedule(engagement: Engagement): Promise<void> {
    const now = Date.now();
    const window = { after: new Date(now), until: this.horizonEnd(engagement) };
    const wanted = new Set((await this.occurrences(engagement, window, 'cadence')).map((o) => o.at.getTime()));
    const live = await this.liveReviews(engagement);
    for (const review of live) {
      const future = review.status === ReviewStatus.PLANNED && review.scheduledAt.getTime() > now && review.occurrenceAt;
      if (future && !wanted.has(review.occurrenceAt!.getTime())) review.archivedAt = new Date(now);
    }
    await this.ctx.em.flush();
    await this.fill(engagement, window, live.filter((r) => !r.archivedAt), 'cadence');
  }

  /** Archives the future PLANNED occurrences of an engagement being archived. */
  async cancelFuture(engagement: Engagement): Promise<void> {
    const now = Date.now();
    for (const review of await this.liveReviews(engagement)) {
      if (review.status === ReviewStatus.PLANNED && review.scheduledAt.getTime() > now) review.archivedAt = new Date(now);
    }
    await this.ctx.em.flush();
  }

  private async fill(engagement: Engagement, window: OccurrenceWindow, live: ServiceReview[], field: string): Promise<ServiceReview[]> {
    const client = await this.ctx.store.get(Client, engagement.clientId, 'client');
    const taken = new Set(live.flatMap((r) => [`at:${r.occurrenceAt?.getTime()}`, `period:${r.periodStart.getTime()}`]));
    const created: ServiceReview[] = [];
    for (const occurrence of await this.occurrences(engagement, window, field, client)) {
      const period = defaultPeriod(engagement.level, occurrence);
      const periodStart = localMidnight(period.from, client.timeZone);
      if (taken.has(`at:${occurrence.at.getTime()}`) || taken.has(`period:${periodStart.getTime()}`)) continue;
      created.push(this.ctx.store.create(ServiceReview, {
        clientId: engagement.clientId,
        engagementId: engagement.id,
        occurrenceAt: occurrence.at,
        scheduledAt: occurrence.at,
        periodStart,
        periodEnd: localMidnight(period.to, client.timeZone),
        status: ReviewStatus.PLANNED,
        agenda: [...DEFAULT_AGENDA[engagement.level].agenda],
      }));
    }
    await this.ctx.em.flush();
    return created;
  }

  private async occurrences(engagement: Engagement, window: OccurrenceWindow, field: string, client?: Client): Promise<Occurrence[]> {
    const zone = (client ?? (await this.ctx.store.get(Client, engagement.clientId, 'client'))).timeZone;
    const found = cadenceOccurrences(engagement.cadence, engagement.startsOn, engagement.meetingTime, zone, window, MAX_OCCURRENCES);
    if (found.length > MAX_OCCURRENCES) {
      const from = window.after?.toISOString() ?? engagement.startsOn;
      throw new BadInputError(field, `gives more than ${MAX_OCCURRENCES} occurrences of ${engagement.cadence} after ${from}; schedule a shorter span`);
    }
    return found;
  }

  /** Its unarchived reviews, cancelled ones included: a cancelled occurrence is not scheduled again. */
  private liveReviews(engagement: Engagement): Promise<ServiceReview[]> {
    return this.ctx.em.find(ServiceReview, {
      $and: [this.ctx.store.scope(ServiceReview), { engagementId: engagement.id, archivedAt: null }],
    });
  }

  private horizonEnd(engagement: Engagement): Date {
    return DateTime.now().plus({ days: engagement.horizonDays }).toJSDate();
  }
}
