/**
 * Copies into ticket_kpi_fact what the KPI engine reads beside the history facts: the ticket's
 * creation time and current type, priority, tier and source, its first-cycle clock minutes and
 * outcomes, and `open_until` (the end of its last open span: -infinity if never open, infinity if
 * open now), so each KPI cohort is one indexed scan of one table. Run after the clocks and facts
 * are written (and by the migration that added these columns). `?` 1: tenant; 2 (optional): ticket ids.
 */
export function denormalizeKpiFactsSql(forTickets: boolean): string {
  return `
update ticket_kpi_fact f set
  created_at = t.created_at, ticket_type = t.type, priority = t.priority, tier = t.tier, source_system = t.source_system,
  response_minutes = r.elapsed_minutes, response_stopped = r.stopped_at is not null, response_status = r.status,
  resolution_minutes = s.elapsed_minutes, resolution_stopped = s.stopped_at is not null, resolution_status = s.status,
  open_until = case when isempty(f.open_ranges) then '-infinity'::timestamptz else coalesce(upper(f.open_ranges), 'infinity'::timestamptz) end
from ticket t
left join ticket_sla_clock r on r.tenant_id = t.tenant_id and r.ticket_id = t.id and r.clock = 'FIRST_RESPONSE' and r.cycle = 1
left join ticket_sla_clock s on s.tenant_id = t.tenant_id and s.ticket_id = t.id and s.clock = 'RESOLUTION' and s.cycle = 1
where t.tenant_id = f.tenant_id and t.id = f.ticket_id and f.tenant_id = ?${forTickets ? ' and f.ticket_id in (?)' : ''}`;
}
