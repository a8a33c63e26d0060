import { BadInputError } from '../graphql/errors.js';
import { VersionedDefinitionService } from '../domain/versioned-definition-service.js';
import { assertIntervalsOrdered, assertLocalDate } from '../domain/validate-local-date.js';
import { BusinessCalendar } from './business-calendar.entity.js';
import { BusinessCalendarVersion } from './business-calendar-version.entity.js';
import type { CreateBusinessCalendarInput, BusinessCalendarVersionInput } from './business-calendar.inputs.js';

/** Responsible for business calendars and their effective-dated hours. */
export class BusinessCalendarService extends VersionedDefinitionService<BusinessCalendar, BusinessCalendarVersion, BusinessCalendarVersionInput, CreateBusinessCalendarInput> {
  protected readonly entity = BusinessCalendar;
  protected readonly versionEntity = BusinessCalendarVersion;
  protected readonly parentField = 'calendarId';
  protected readonly label = 'business calendar';

  protected termsOf(input: CreateBusinessCalendarInput): BusinessCalendarVersionInput {
    return input.hours;
  }

  protected versionData(hours: BusinessCalendarVersionInput): Partial<BusinessCalendarVersion> {
    if (hours.weeklyIntervals.length === 0) throw new BadInputError('weeklyIntervals', 'needs at least one interval');
    assertIntervalsOrdered('weeklyIntervals', hours.weeklyIntervals);
    hours.holidays.forEach((h, i) => assertLocalDate(`holidays.${i}.date`, h.date));
    hours.exceptions.forEach((e, i) => {
      assertLocalDate(`exceptions.${i}.date`, e.date);
      assertIntervalsOrdered(`exceptions.${i}.intervals`, e.intervals);
    });
    return {
      timeZone: hours.timeZone,
      weeklyIntervals: hours.weeklyIntervals.map((w) => ({ ...w })),
      holidays: hours.holidays.map((h) => ({ ...h })),
      exceptions: hours.exceptions.map((e) => ({ date: e.date, intervals: e.intervals.map((x) => ({ ...x })) })),
    };
  }
}
