import type { EntityManager } from '@mikro-orm/postgresql';
import { refreshTicketDerivations } from '../../kpis/store/refresh-ticket-derivations.js';
import { forgetClientMonths } from '../../kpis/store/refresh-client-months.js';
import type { ConnectorInstance } from '../connector-instance.entity.js';
import { rawSql } from '../../db/raw-sql.js';

/**
 * Re-places an instance's stored tickets after its company mapping changed, by the vendor company
 * reference kept on each ticket (the mapping first, then clients' external references, as the sync
 * does). Moved tickets take their events and CSAT along and get their derivations refreshed; the
 * clients they left forget their stored months.
 */
export async function remapCompanies(em: EntityManager, instance: ConnectorInstance, mappings: Record<string, unknown>): Promise<number> {
  const moved = await rawSql<{ id: string; old_client_id: string | null }>(em,
    `with placed as (
       select t.id, t.client_id as old_client_id, coalesce((?::jsonb ->> t.company_ref)::uuid,
         (select c.id from client c, jsonb_array_elements(c.external_refs) ref
           where c.tenant_id = t.tenant_id and c.archived_at is null and ref->>'system' = t.source_system
             and ref->>'externalId' = t.company_ref limit 1)) as client_id
         from ticket t where t.tenant_id = ? and t.connector_instance_id = ? and t.company_ref is not null)
     update ticket t set client_id = p.client_id from placed p
      where t.tenant_id = ? and t.id = p.id and t.client_id is distinct from p.client_id
     returning t.id, p.old_client_id`,
    [JSON.stringify(mappings.companies ?? {}), instance.tenantId, instance.id, instance.tenantId]);
  if (!moved.length) return 0;
  const ids = JSON.stringify(moved.map((row) => row.id));
  for (const table of ['ticket_event', 'csat_response']) {
    await rawSql(em,
      `update ${table} x set client_id = t.client_id from ticket t
        where x.tenant_id = ? and t.tenant_id = x.tenant_id and t.id = x.ticket_id
          and x.ticket_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [instance.tenantId, ids]);
  }
  await refreshTicketDerivations(em, instance.tenantId, moved.map((row) => row.id));
  for (const left of new Set(moved.flatMap((row) => (row.old_client_id ? [row.old_client_id] : [])))) {
    await forgetClientMonths(em, instance.tenantId, left);
  }
  return moved.length;
}
