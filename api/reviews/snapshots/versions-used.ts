import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessCalendarVersion } from '../../calendars/business-calendar-version.entity.js';
import type { Client } from '../../clients/client.entity.js';
import { SlaPolicyVersion } from '../../sla-policies/sla-policy-version.entity.js';
import { versionInForce } from '../../sla/clock-store/version-in-force.js';
import type { LocalPeriod } from '../../kpis/status/local-period.js';
import { localMidnight } from '../period/review-local-period.js';

export interface VersionsUsed {
  /** The client's policy version in force at the period start, if any. */
  policyVersion: SlaPolicyVersion | undefined;
  slaPolicyVersionIds: string[];
  businessCalendarVersionIds: string[];
}

/**
 * The SLA policy and business calendar versions behind a period: those the stored clocks of the
 * client's tickets created in it used (a version may change mid-period), plus those in force at
 * its start, so a period without tickets still records what applied.
 */
export async function versionsUsed(em: EntityManager, tenantId: string, client: Client, period: LocalPeriod): Promise<VersionsUsed> {
  const rows = await em.getConnection().execute<{ policy: string | null; calendar: string | null }[]>(
    `select distinct c.sla_policy_version_id as policy, c.business_calendar_version_id as calendar
       from ticket t join ticket_sla_clock c on c.tenant_id = t.tenant_id and c.ticket_id = t.id
      where t.tenant_id = ? and t.client_id = ? and t.created_at >= ? and t.created_at < ?`,
    [tenantId, client.id, localMidnight(period.from, client.timeZone), localMidnight(period.to, client.timeZone)],
    'all', em.getTransactionContext());
  const policyVersion = client.slaPolicyId
    ? versionInForce(await em.find(SlaPolicyVersion, { tenantId, policyId: client.slaPolicyId }), period.from)
    : undefined;
  const calendarId = client.businessCalendarId ?? policyVersion?.businessCalendarId;
  const calendarVersion = calendarId
    ? versionInForce(await em.find(BusinessCalendarVersion, { tenantId, calendarId }), period.from)
    : undefined;
  const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  return {
    policyVersion,
    slaPolicyVersionIds: ids([policyVersion?.id, ...rows.map((r) => r.policy)]),
    businessCalendarVersionIds: ids([calendarVersion?.id, ...rows.map((r) => r.calendar)]),
  };
}
