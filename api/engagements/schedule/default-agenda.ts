import { EngagementLevel } from '../engagement-level.js';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';

/** What each level is for (domain.md, "The levels of engagement"): its default agenda and the KPIs it watches. */
export const DEFAULT_AGENDA: Record<EngagementLevel, { agenda: string[]; focusKpis: KpiKey[] }> = {
  [EngagementLevel.INFORMAL_SYNC]: {
    agenda: ['Ticket volume since the last sync', 'Customer satisfaction', 'Response times to incident tickets', 'Anything blocking day-to-day service'],
    focusKpis: [KpiKey.ticket_volume, KpiKey.csat, KpiKey.first_response_time, KpiKey.sla_response_attainment],
  },
  [EngagementLevel.MONTHLY_SERVICE_REVIEW]: {
    agenda: ["The month's KPIs against the CSFs", 'SLA attainment', 'CSFs not being met and proposed CSI actions', 'Operational plan for the coming month'],
    focusKpis: [
      KpiKey.sla_response_attainment, KpiKey.sla_resolution_attainment, KpiKey.resolution_time, KpiKey.first_contact_resolution,
      KpiKey.escalation_rate, KpiKey.csat, KpiKey.backlog,
    ],
  },
  [EngagementLevel.QUARTERLY_BUSINESS_REVIEW]: {
    agenda: [
      "The quarter's KPIs against the CSFs", 'Comparison with earlier QBRs', 'CSI register: progress and measured impact',
      "The service offering against the client's evolving needs", 'Strategic changes',
    ],
    focusKpis: [
      KpiKey.sla_resolution_attainment, KpiKey.first_contact_resolution, KpiKey.escalation_rate, KpiKey.first_level_resolution,
      KpiKey.csat, KpiKey.tickets_per_endpoint,
    ],
  },
  [EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW]: {
    agenda: [
      'Long-term outlook of the engagement', 'Overall value of the service', 'SLA adjustments', 'Changes to the CSFs',
      'New KPIs to introduce', "Realignment with the client's IT strategy",
    ],
    focusKpis: [KpiKey.sla_response_attainment, KpiKey.sla_resolution_attainment, KpiKey.csat, KpiKey.tickets_per_endpoint, KpiKey.ticket_volume],
  },
  [EngagementLevel.ANNUAL_BUSINESS_REVIEW]: {
    agenda: [
      'Long-term outlook and contract renewal', 'Overall value of the service', 'SLA adjustments', 'Changes to the CSFs',
      'New KPIs to introduce', "Realignment with the client's IT strategy",
    ],
    focusKpis: [KpiKey.sla_response_attainment, KpiKey.sla_resolution_attainment, KpiKey.csat, KpiKey.tickets_per_endpoint, KpiKey.ticket_volume],
  },
};
