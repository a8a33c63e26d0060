import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { inTenantTransaction } from '../db/tenant-scope.js';
import { createContext, type Context } from '../graphql/context.js';
import { Tenant } from '../tenancy/tenant.entity.js';
import { Role } from '../tenancy/role.js';
import { Viewer } from '../tenancy/viewer.js';
import { createTenant, createToken } from '../tenancy/tenant-admin.js';
import { BusinessCalendarService } from '../calendars/business-calendar.service.js';
import { SlaPolicyService } from '../sla-policies/sla-policy.service.js';
import { ClientService } from '../clients/client.service.js';
import { CriticalSuccessFactorService } from '../csfs/critical-success-factor.service.js';
import { KpiDefinitionService } from '../kpi-definitions/kpi-definition.service.js';
import { EngagementService } from '../engagements/engagement.service.js';
import { ParticipantRole } from '../engagements/participant-role.js';
import { KpiKey } from '../kpi-definitions/kpi-key.js';
import { Priority } from '../tickets/priority.js';
import { StatusCategory } from '../tickets/status-category.js';
import type { SyncServices } from '../sync/sync-services.js';
import { DEMO_CLIENTS } from './demo-clients.js';
import { holdDemoReviews } from './demo-review-year.js';
import { installDemoConnector, startDemoVendor, syncDemoTickets } from './demo-vendor.js';

export const DEMO_TENANT_SLUG = 'demo-msp';

const OFFICE_HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '17:00' }));

/**
 * On an empty database, creates a demo MSP through the same services the API uses: a calendar, an
 * SLA policy, three clients in three time zones with CSFs, KPIs and engagements started a year ago;
 * their tickets come from the bundled fake ConnectWise through the real connector and sync engine;
 * then a year of monthly reviews and business reviews is prepared and held, with a CSI item whose
 * impact shows. Returns the demo token, or null when the database had tenants.
 */
export async function seedDemoIfEmpty(
  root: EntityManager, sync: SyncServices,
): Promise<{ tenantSlug: string; token: string; qbrReviewId: string | null } | null> {
  if ((await root.fork().count(Tenant, {})) > 0) return null;
  const { vendor, companyIds } = await startDemoVendor(DEMO_CLIENTS.length);
  try {
    const tenant = await createTenant(root, DEMO_TENANT_SLUG, 'Demo MSP');
    const { token, record } = await createToken(root, { tenantSlug: DEMO_TENANT_SLUG, role: Role.MSP_ADMIN, name: 'demo admin' });
    const viewer = new Viewer(tenant.id, Role.MSP_ADMIN, null, record.id);
    const inTenant = <T>(work: (ctx: Context) => Promise<T>) =>
      inTenantTransaction(root, { tenantId: tenant.id }, (em) => work(createContext(viewer, em, sync)));
    const setup = await inTenant(async (ctx) => {
      const clients = await setUpDemoClients(ctx, companyIds);
      return { clients, instance: await installDemoConnector(ctx, vendor) };
    });
    await syncDemoTickets(root, sync, tenant.id, setup.instance.id);
    for (const client of setup.clients) await inTenant((ctx) => holdDemoReviews(ctx, client.clientId, client.csi));
    const [qbr] = await root.fork().getConnection().execute<{ id: string }[]>(
      `select r.id from service_review r join engagement e on e.tenant_id = r.tenant_id and e.id = r.engagement_id
        where r.tenant_id = ? and e.level = 'QUARTERLY_BUSINESS_REVIEW' and r.status = 'HELD' order by r.period_end desc limit 1`, [tenant.id]);
    return { tenantSlug: DEMO_TENANT_SLUG, token, qbrReviewId: qbr?.id ?? null };
  } finally {
    await vendor.close();
  }
}

interface DemoClientSetup {
  clientId: string;
  csi: { csfId: string; kpiId: string; owner: string };
}

/** The MSP's calendar and SLA policy, and each client with its CSF, KPIs and engagements (started a year ago). */
async function setUpDemoClients(ctx: Context, companyIds: readonly string[]): Promise<DemoClientSetup[]> {
  const officeHours = await new BusinessCalendarService(ctx).create({
    name: 'Helsinki office hours',
    clientId: null,
    hours: {
      effectiveFrom: '2024-01-01',
      timeZone: 'Europe/Helsinki',
      weeklyIntervals: OFFICE_HOURS,
      holidays: [
        { date: '2024-12-24', name: 'Christmas Eve', yearly: true },
        { date: '2024-12-25', name: 'Christmas Day', yearly: true },
        { date: '2024-12-06', name: 'Independence Day', yearly: true },
      ],
      exceptions: [],
    },
  });
  const policy = await new SlaPolicyService(ctx).create({
    name: 'Standard support',
    clientId: null,
    terms: {
      effectiveFrom: '2024-01-01',
      businessCalendarId: officeHours.id,
      targets: [
        { priority: Priority.P1, firstResponseMinutes: 15, resolutionMinutes: 240 },
        { priority: Priority.P2, firstResponseMinutes: 30, resolutionMinutes: 480 },
        { priority: Priority.P3, firstResponseMinutes: 120, resolutionMinutes: 1440 },
        { priority: Priority.P4, firstResponseMinutes: 480, resolutionMinutes: 4320 },
      ],
      pausingStatuses: { firstResponse: [], resolution: [StatusCategory.WAITING_CUSTOMER] },
    },
  });
  const setups: DemoClientSetup[] = [];
  for (const [index, demo] of DEMO_CLIENTS.entries()) {
    const client = await new ClientService(ctx).create({
      name: demo.name, timeZone: demo.timeZone, endpointCount: demo.endpoints, userCount: demo.users,
      slaPolicyId: policy.id, externalRefs: [{ system: 'connectwise', externalId: companyIds[index]! }],
    });
    const csf = await new CriticalSuccessFactorService(ctx).create({
      clientId: client.id, title: 'Improve the capability of our Tier 1 help desk',
      description: 'More incidents solved at first contact, fewer escalations to Tier 2.',
    });
    const kpis = new KpiDefinitionService(ctx);
    await kpis.create({ clientId: client.id, csfId: csf.id, key: KpiKey.first_contact_resolution, target: 0.74, tolerance: 0.05, effectiveFrom: '2024-01-01' });
    // ConnectWise exposes no public-reply counts, so FCR has no data here: the CSI item targets escalations.
    const escalations = await kpis.create({ clientId: client.id, csfId: csf.id, key: KpiKey.escalation_rate, target: 0.2, tolerance: 0.05, effectiveFrom: '2024-01-01' });
    await kpis.create({ clientId: client.id, key: KpiKey.sla_resolution_attainment, target: 0.95, tolerance: 0.03, effectiveFrom: '2024-01-01' });
    await kpis.create({ clientId: client.id, key: KpiKey.resolution_time, target: 480, tolerance: 120, effectiveFrom: '2024-01-01' });
    const participants = [
      { name: 'Sam Delivery', email: 'sam@demo-msp.example', role: ParticipantRole.SERVICE_DELIVERY_MANAGER },
      { name: demo.executive, email: null, role: ParticipantRole.CLIENT_EXECUTIVE },
    ];
    const startsOn = DateTime.now().setZone(demo.timeZone).startOf('month').minus({ months: 12 }).toISODate()!;
    for (const level of demo.levels) {
      await new EngagementService(ctx).create({ clientId: client.id, level, cadence: null, objectives: demo.objectives, participants, startsOn });
    }
    setups.push({ clientId: client.id, csi: { csfId: csf.id, kpiId: escalations.id, owner: 'Sam Delivery' } });
  }
  return setups;
}
