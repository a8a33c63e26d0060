import { DateTime } from 'luxon';
import type { BusinessCalendarVersion } from '../../calendars/business-calendar-version.entity.js';
import type { SlaPolicyVersion } from '../../sla-policies/sla-policy-version.entity.js';
import { compileCalendar, TWENTY_FOUR_SEVEN_UTC, type CompiledCalendar } from '../calendar/business-calendar.js';
import { versionInForce } from './version-in-force.js';

/** What a ticket's clocks run under. */
export interface ClockSetting {
  policy: SlaPolicyVersion | undefined;
  calendarVersion: BusinessCalendarVersion | undefined;
  calendar: CompiledCalendar;
}

/** The client fields that choose a setting. */
export interface ClockClient {
  timeZone: string;
  slaPolicyId?: string | null;
  businessCalendarId?: string | null;
}

/**
 * Chooses the SLA policy version and calendar a ticket's clocks use (rule 13): the versions in force
 * on its local creation date (the client's zone): the client's policy; the client's calendar, else the
 * policy version's, else 24x7 UTC. The stored clocks and the what-if replay both choose here, so a
 * what-if can never judge tickets under other rules than the stored clocks. Compiles each calendar
 * version once.
 */
export class ClockSettings {
  private readonly compiled = new Map<string, CompiledCalendar>();

  constructor(
    private readonly policyVersions: readonly SlaPolicyVersion[],
    private readonly calendarVersions: readonly BusinessCalendarVersion[],
  ) {}

  for(client: ClockClient | undefined, createdAt: Date): ClockSetting {
    const localDate = DateTime.fromJSDate(createdAt, { zone: client?.timeZone ?? 'UTC' }).toISODate()!;
    const policy = client?.slaPolicyId
      ? versionInForce(this.policyVersions.filter((v) => v.policyId === client.slaPolicyId), localDate)
      : undefined;
    const calendarVersion = [client?.businessCalendarId, policy?.businessCalendarId]
      .map((id) => (id ? versionInForce(this.calendarVersions.filter((v) => v.calendarId === id), localDate) : undefined))
      .find((v) => v !== undefined);
    return { policy, calendarVersion, calendar: calendarVersion ? this.compile(calendarVersion) : TWENTY_FOUR_SEVEN_UTC };
  }

  private compile(version: BusinessCalendarVersion): CompiledCalendar {
    let calendar = this.compiled.get(version.id);
    if (!calendar) {
      calendar = compileCalendar(version);
      this.compiled.set(version.id, calendar);
    }
    return calendar;
  }
}
