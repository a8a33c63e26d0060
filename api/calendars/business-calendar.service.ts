import { BadInputError } from '../graphql/errors.js';
import { VersionedDefinitionService } from '../domain/versioned-definition-service.js';
import { compileCalendar } from '../sla/calendar/business-calendar.js';
import { CalendarError } from '../sla/calendar/calendar-error.js';
import { Client } from '../clients/client.entity.js';
import { SlaPolicyVersion } from '../sla-policies/sla-policy-version.entity.js';
import { BusinessCalendar } from './business-calendar.entity.js';
import { BusinessCalendarVersion } from './business-calendar-version.entity.js';
import type { BusinessCalendarVersionInput, CreateBusinessCalendarInput } from './business-calendar.inputs.js';

/** Responsible for business calendars and their effective-dated hours. */
export class BusinessCalendarService extends VersionedDefinitionService<
  BusinessCalendar, BusinessCalendarVersion, BusinessCalendarVersionInput, CreateBusinessCalendarInput
> {
  protected readonly entity = BusinessCalendar;
  protected readonly versionEntity = BusinessCalendarVersion;
  protected readonly parentField = 'calendarId';
  protected readonly label = 'business calendar';

  protected termsOf(input: CreateBusinessCalendarInput): BusinessCalendarVersionInput {
    return input.hours;
  }

  /** Clients on this calendar, directly or through a version of their SLA policy. */
  protected async affectedClients(calendarId: string): Promise<string[]> {
    const viaPolicy = await this.ctx.em.find(SlaPolicyVersion, { $and: [this.ctx.store.scope(SlaPolicyVersion), { businessCalendarId: calendarId }] }, { fields: ['policyId'] });
    const clients = await this.ctx.em.find(Client, {
      $and: [this.ctx.store.scope(Client), { $or: [{ businessCalendarId: calendarId }, { slaPolicyId: { $in: viaPolicy.map((v) => v.policyId) } }] }],
    }, { fields: ['id'] });
    return clients.map((c) => c.id);
  }

  /** The hours are checked by the same calendar code the SLA clocks run on. */
  protected versionData(hours: BusinessCalendarVersionInput): Partial<BusinessCalendarVersion> {
    if (hours.weeklyIntervals.length === 0) throw new BadInputError('weeklyIntervals', 'needs at least one interval');
    const spec = {
      timeZone: hours.timeZone,
      weeklyIntervals: hours.weeklyIntervals.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end })),
      holidays: hours.holidays.map((h) => ({ date: h.date, name: h.name, yearly: h.yearly })),
      exceptions: hours.exceptions.map((e) => ({ date: e.date, intervals: e.intervals.map((x) => ({ start: x.start, end: x.end })) })),
    };
    try {
      compileCalendar(spec);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      throw new BadInputError(error.field, error.message.slice(error.field.length + 1));
    }
    return spec;
  }
}
