import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTenant } from '../../api/tenancy/tenant-admin.js';
import { compileCalendar, type CompiledCalendar } from '../../api/sla/calendar/business-calendar.js';
import type { ClockPolicy } from '../../api/sla/clocks/clock-policy.js';
import { Priority } from '../../api/tickets/priority.js';
import { StatusCategory } from '../../api/tickets/status-category.js';
import { CLIENT_COUNT } from './client-sizes.js';
import { HELSINKI_BUSINESS_HOURS, NEW_YORK_BUSINESS_HOURS } from './helsinki-calendar.js';
import { Rng } from './rng.js';

/** A stored calendar version, compiled once for the bulk clock replay. */
export interface BenchCalendarVersion {
  id: string;
  effectiveFrom: string;
  compiled: CompiledCalendar;
}

/** A stored SLA policy version as the clocks read it. */
export interface BenchPolicyVersion {
  id: string;
  effectiveFrom: string;
  policy: ClockPolicy;
}

export interface BenchClient {
  id: string;
  index: number;
  timeZone: string;
  endpointCount: number | null;
  /** Versions of the client's calendar; empty means the policy's (none here): 24x7 UTC. */
  calendarVersions: BenchCalendarVersion[];
}

export interface BenchTenant {
  tenantId: string;
  clients: BenchClient[];
  policyVersions: BenchPolicyVersion[];
}

const ZONES = ['Europe/Helsinki', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney'];
const PAUSING = { firstResponse: [], resolution: [StatusCategory.WAITING_CUSTOMER] };
const target = (priority: Priority, firstResponseMinutes: number, resolutionMinutes: number) =>
  ({ priority, firstResponseMinutes, resolutionMinutes });
/** Version 1, then tighter targets from 2025 (exercises "version in force on the creation date"). */
const POLICY_VERSIONS = [
  { effectiveFrom: '2020-01-01', targets: [target(Priority.P1, 30, 480), target(Priority.P2, 120, 960), target(Priority.P3, 480, 2880), target(Priority.P4, 960, 5760)] },
  { effectiveFrom: '2025-01-01', targets: [target(Priority.P1, 15, 240), target(Priority.P2, 60, 720), target(Priority.P3, 240, 2400), target(Priority.P4, 480, 4800)] },
];

/**
 * The bench tenant: created through `createTenant`, then one shared SLA policy (two versions),
 * business calendars for Helsinki and New York clients (others run 24x7 UTC), and 200 clients in
 * five time zones, written with plain SQL on `db` (whose session is scoped to the tenant).
 */
export async function createBenchTenant(root: EntityManager, db: pg.Client): Promise<BenchTenant> {
  const tenant = await createTenant(root, 'bench', 'KPI bench');
  const tenantId = tenant.id;
  await db.query(`select set_config('qd.tenant_id', $1, false), set_config('qd.client_id', '', false)`, [tenantId]);
  const rng = new Rng(42);

  const calendars = new Map<string, { calendarId: string; versions: BenchCalendarVersion[] }>();
  for (const [name, spec] of [['Helsinki business hours', HELSINKI_BUSINESS_HOURS], ['New York business hours', NEW_YORK_BUSINESS_HOURS]] as const) {
    const calendarId = randomUUID();
    const versionId = randomUUID();
    const effectiveFrom = '2020-01-01';
    await db.query(`insert into business_calendar (tenant_id, id, name) values ($1, $2, $3)`, [tenantId, calendarId, name]);
    await db.query(
      `insert into business_calendar_version (tenant_id, id, calendar_id, version, effective_from, time_zone, weekly_intervals, holidays, exceptions)
       values ($1, $2, $3, 1, $4, $5, $6, $7, $8)`,
      [tenantId, versionId, calendarId, effectiveFrom, spec.timeZone, JSON.stringify(spec.weeklyIntervals),
        JSON.stringify(spec.holidays), JSON.stringify(spec.exceptions)],
    );
    calendars.set(spec.timeZone, { calendarId, versions: [{ id: versionId, effectiveFrom, compiled: compileCalendar(spec) }] });
  }

  const policyId = randomUUID();
  await db.query(`insert into sla_policy (tenant_id, id, name) values ($1, $2, 'Standard')`, [tenantId, policyId]);
  const policyVersions: BenchPolicyVersion[] = [];
  for (const [i, v] of POLICY_VERSIONS.entries()) {
    const id = randomUUID();
    await db.query(
      `insert into sla_policy_version (tenant_id, id, policy_id, version, effective_from, targets, pausing_statuses)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, id, policyId, i + 1, v.effectiveFrom, JSON.stringify(v.targets), JSON.stringify(PAUSING)],
    );
    policyVersions.push({ id, effectiveFrom: v.effectiveFrom, policy: { version: i + 1, targets: v.targets, pausing: PAUSING } });
  }

  const clients: BenchClient[] = [];
  for (let index = 0; index < CLIENT_COUNT; index++) {
    const timeZone = ZONES[index % ZONES.length];
    const calendar = calendars.get(timeZone);
    const versions = calendar?.versions ?? [];
    const calendarId = calendar?.calendarId ?? null;
    const client: BenchClient = {
      id: randomUUID(), index, timeZone, endpointCount: rng.next() < 0.2 ? null : rng.int(10, 2000), calendarVersions: versions,
    };
    clients.push(client);
    await db.query(
      `insert into client (tenant_id, id, name, time_zone, endpoint_count, business_calendar_id, sla_policy_id)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, client.id, `Client ${String(index + 1).padStart(3, '0')}`, timeZone, client.endpointCount, calendarId, policyId],
    );
  }
  return { tenantId, clients, policyVersions };
}
