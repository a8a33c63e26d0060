import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { inTenantTransaction } from '../db/tenant-scope.js';
import { createContext } from '../graphql/context.js';
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
import { ServiceReviewService } from '../reviews/service-review.service.js';
import { CsiItemService } from '../csi/csi-item.service.js';
import { EngagementLevel } from '../engagements/engagement-level.js';
import { ParticipantRole } from '../engagements/participant-role.js';
import { KpiKey } from '../kpi-definitions/kpi-key.js';
import { Priority } from '../tickets/priority.js';
import { StatusCategory } from '../tickets/status-category.js';
import { ReviewStatus } from '../reviews/review-status.js';
import type { SyncServices } from '../sync/sync-services.js';
import { DEMO_CLIENTS } from './demo-clients.js';

export const DEMO_TENANT_SLUG = 'demo-msp';

const OFFICE_HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '17:00' }));

/**
 * On an empty database, creates a demo MSP through the same services the API uses: calendars,
 * an SLA policy, three clients in three time zones with CSFs, KPIs, engagements, a few months
 * of reviews and CSI items. Returns the demo token, or null when the database had tenants.
 */
export async function seedDemoIfEmpty(root: EntityManager, sync: SyncServices): Promise<{ tenantSlug: string; token: string } | null> {
  if ((await root.fork().count(Tenant, {})) > 0) return null;
  const tenant = await createTenant(root, DEMO_TENANT_SLUG, 'Demo MSP');
  const { token, record } = await createToken(root, { tenantSlug: DEMO_TENANT_SLUG, role: Role.MSP_ADMIN, name: 'demo admin' });
  await inTenantTransaction(root, { tenantId: tenant.id }, async (em) => {
    const ctx = createContext(new Viewer(tenant.id, Role.MSP_ADMIN, null, record.id), em, sync);
    const officeHours = await new BusinessCalendarService(ctx).create({
      name: 'Helsinki office hours',
      clientId: null,
      hours: {
        effectiveFrom: '2025-01-01',
        timeZone: 'Europe/Helsinki',
        weeklyIntervals: OFFICE_HOURS,
        holidays: [
          { date: '2025-12-24', name: 'Christmas Eve', yearly: true },
          { date: '2025-12-25', name: 'Christmas Day', yearly: true },
          { date: '2025-12-06', name: 'Independence Day', yearly: true },
        ],
        exceptions: [],
      },
    });
    const policy = await new SlaPolicyService(ctx).create({
      name: 'Standard support',
      clientId: null,
      terms: {
        effectiveFrom: '2025-01-01',
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
    for (const demo of DEMO_CLIENTS) {
      const client = await new ClientService(ctx).create({
        name: demo.name, timeZone: demo.timeZone, endpointCount: demo.endpoints, userCount: demo.users,
        slaPolicyId: policy.id, externalRefs: [{ system: 'connectwise', externalId: demo.connectwiseCompany }],
      });
      const csf = await new CriticalSuccessFactorService(ctx).create({
        clientId: client.id, title: 'Improve the capability of our Tier 1 help desk',
        description: 'More incidents solved at first contact, fewer escalations to Tier 2.',
      });
      const kpis = new KpiDefinitionService(ctx);
      const fcr = await kpis.create({ clientId: client.id, csfId: csf.id, key: KpiKey.first_contact_resolution, target: 0.74, tolerance: 0.05, effectiveFrom: '2025-01-01' });
      await kpis.create({ clientId: client.id, csfId: csf.id, key: KpiKey.escalation_rate, target: 0.2, tolerance: 0.05, effectiveFrom: '2025-01-01' });
      await kpis.create({ clientId: client.id, key: KpiKey.sla_resolution_attainment, target: 0.95, tolerance: 0.03, effectiveFrom: '2025-01-01' });
      await kpis.create({ clientId: client.id, key: KpiKey.resolution_time, target: 480, tolerance: 120, effectiveFrom: '2025-01-01' });
      const engagements = new EngagementService(ctx);
      const participants = [
        { name: 'Sam Delivery', email: 'sam@demo-msp.example', role: ParticipantRole.SERVICE_DELIVERY_MANAGER },
        { name: demo.executive, email: null, role: ParticipantRole.CLIENT_EXECUTIVE },
      ];
      let monthlyId = '';
      for (const level of demo.levels) {
        const engagement = await engagements.create({
          clientId: client.id, level, cadence: null, objectives: demo.objectives, participants,
        });
        if (level === EngagementLevel.MONTHLY_SERVICE_REVIEW) monthlyId = engagement.id;
      }
      if (!monthlyId) continue;
      const reviews = new ServiceReviewService(ctx);
      const thisMonth = DateTime.now().setZone(demo.timeZone).startOf('month');
      for (let back = 3; back >= 0; back--) {
        const start = thisMonth.minus({ months: back });
        const review = await reviews.create({
          engagementId: monthlyId, periodStart: start.toJSDate(), periodEnd: start.plus({ months: 1 }).toJSDate(),
          scheduledAt: start.plus({ months: 1, days: 6, hours: 10 }).toJSDate(), notes: '',
        });
        if (back > 0) {
          for (const status of [ReviewStatus.PREPARED, ReviewStatus.HELD]) await reviews.update(review.id, { status });
        }
        if (back === 2) {
          await new CsiItemService(ctx).create({
            clientId: client.id, reviewId: review.id, csfId: csf.id, title: 'Knowledge base for the ten most common incidents',
            rationale: 'Tier 1 escalates password and VPN issues it could solve with a runbook.', owner: 'Sam Delivery',
            dueDate: thisMonth.plus({ months: 1 }).toISODate()!, targetKpiIds: [fcr.id],
          });
        }
      }
    }
  });
  return { tenantSlug: DEMO_TENANT_SLUG, token };
}
