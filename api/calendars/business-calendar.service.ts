import type { Context } from '../graphql/context.js';
import type { PageArgs } from '../graphql/connection.js';
import { BadInputError } from '../graphql/errors.js';
import { nextVersion } from '../domain/next-version.js';
import { archivedCondition } from '../graphql/time-window.js';
import { assertIntervalsOrdered, assertLocalDate } from '../domain/validate-local-date.js';
import { BusinessCalendar } from './business-calendar.entity.js';
import { BusinessCalendarVersion } from './business-calendar-version.entity.js';
import type {
  BusinessCalendarVersionInput, CalendarFilter, CreateBusinessCalendarInput, UpdateBusinessCalendarInput,
} from './business-calendar.inputs.js';

/** Responsible for business calendars and their effective-dated versions (never rewritten). */
export class BusinessCalendarService {
  constructor(private readonly ctx: Context) {}

  list(filter: CalendarFilter | undefined, page: PageArgs) {
    const where = {
      ...archivedCondition(filter?.includeArchived),
      ...(filter?.clientId ? { $or: [{ clientId: null }, { clientId: filter.clientId }] } : {}),
    };
    return this.ctx.store.page(BusinessCalendar, where, page, { field: 'name', direction: 'asc' });
  }

  get(id: string) {
    return this.ctx.store.get(BusinessCalendar, id, 'business calendar');
  }

  async create(input: CreateBusinessCalendarInput): Promise<BusinessCalendar> {
    this.ctx.viewer.assertCanWrite();
    const calendar = this.ctx.store.create(BusinessCalendar, { name: input.name, clientId: input.clientId ?? null });
    // Rows are linked by id columns, not ORM relations, so the parent is flushed first for its foreign key.
    await this.ctx.em.flush();
    this.addVersionTo(calendar, 1, input.hours);
    await this.ctx.em.flush();
    return calendar;
  }

  update(id: string, input: UpdateBusinessCalendarInput) {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.update(BusinessCalendar, id, 'business calendar', { name: input.name });
  }

  archive(id: string) {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.archive(BusinessCalendar, id, 'business calendar');
  }

  /** New hours from a later date; earlier versions, and so past reviews, stay as they were. */
  async addVersion(calendarId: string, input: BusinessCalendarVersionInput): Promise<BusinessCalendarVersion> {
    this.ctx.viewer.assertCanWrite();
    const calendar = await this.get(calendarId);
    const number = await nextVersion(this.ctx.store, BusinessCalendarVersion, { calendarId }, input.effectiveFrom);
    const version = this.addVersionTo(calendar, number, input);
    await this.ctx.em.flush();
    return version;
  }

  private addVersionTo(calendar: BusinessCalendar, version: number, input: BusinessCalendarVersionInput) {
    assertLocalDate('effectiveFrom', input.effectiveFrom);
    if (input.weeklyIntervals.length === 0) throw new BadInputError('weeklyIntervals', 'needs at least one interval');
    assertIntervalsOrdered('weeklyIntervals', input.weeklyIntervals);
    input.holidays.forEach((h, i) => assertLocalDate(`holidays.${i}.date`, h.date));
    input.exceptions.forEach((e, i) => {
      assertLocalDate(`exceptions.${i}.date`, e.date);
      assertIntervalsOrdered(`exceptions.${i}.intervals`, e.intervals);
    });
    return this.ctx.store.create(BusinessCalendarVersion, {
      calendarId: calendar.id,
      clientId: calendar.clientId ?? null,
      version,
      effectiveFrom: input.effectiveFrom,
      timeZone: input.timeZone,
      weeklyIntervals: input.weeklyIntervals.map((w) => ({ ...w })),
      holidays: input.holidays.map((h) => ({ ...h })),
      exceptions: input.exceptions.map((e) => ({ date: e.date, intervals: e.intervals.map((x) => ({ ...x })) })),
    });
  }
}
