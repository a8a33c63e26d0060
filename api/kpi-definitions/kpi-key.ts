import { registerEnumType } from 'type-graphql';

export enum KpiKey {
  ticket_volume = 'ticket_volume',
  first_response_time = 'first_response_time',
  resolution_time = 'resolution_time',
  sla_response_attainment = 'sla_response_attainment',
  sla_resolution_attainment = 'sla_resolution_attainment',
  first_contact_resolution = 'first_contact_resolution',
  escalation_rate = 'escalation_rate',
  first_level_resolution = 'first_level_resolution',
  reopen_rate = 'reopen_rate',
  backlog = 'backlog',
  csat = 'csat',
  tickets_per_endpoint = 'tickets_per_endpoint',
}

registerEnumType(KpiKey, { name: 'KpiKey', description: 'The KPI catalogue (docs: kpi-sla.md).' });
