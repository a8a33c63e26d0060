import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import type { Orm } from '../../api/db/orm.js';
import { ConnectorInstance } from '../../api/sync/connector-instance.entity.js';
import { SyncRun } from '../../api/sync/sync-run.entity.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';
import { CsatResponse } from '../../api/tickets/csat-response.entity.js';

export interface TicketRecords {
  connectorInstance: string;
  syncRun: string;
  ticket: string;
  event: string;
  csat: string;
}

/**
 * A connector instance with a sync run, and one normalized ticket with an event and a CSAT
 * response for `clientId`, written as the sync engine will write them (no API writes these).
 */
export async function insertTicketData(orm: Orm, tenantId: string, clientId: string): Promise<TicketRecords> {
  return inTenantTransaction(orm.em, { tenantId }, async (em) => {
    const base = { tenantId };
    const instance = em.create(ConnectorInstance, { ...base, kind: 'connectwise', name: `cw ${clientId}`, config: { site: 'na.myconnectwise.net' } } as never);
    await em.flush();
    const run = em.create(SyncRun, { ...base, connectorInstanceId: instance.id, stream: 'tickets' } as never);
    const ticket = em.create(Ticket, {
      ...base, clientId, connectorInstanceId: instance.id, sourceSystem: 'connectwise', externalId: `T-${clientId.slice(0, 8)}`,
      title: 'Printer on fire', type: 'INCIDENT', priority: 'P2', status: 'OPEN', tier: 'TIER1',
      createdAt: new Date('2026-10-01T08:00:00Z'), sourceUpdatedAt: new Date('2026-10-01T09:00:00Z'),
    } as never);
    await em.flush();
    const event = em.create(TicketEvent, {
      ...base, ticketId: ticket.id, clientId, seq: 1, occurredAt: new Date('2026-10-01T08:30:00Z'), kind: 'STATUS_CHANGED',
      fromValue: 'NEW', toValue: 'OPEN',
    } as never);
    const csat = em.create(CsatResponse, {
      ...base, ticketId: ticket.id, clientId, score: 4, scaleMin: 1, scaleMax: 5, receivedAt: new Date('2026-10-02T08:00:00Z'),
    } as never);
    await em.flush();
    return { connectorInstance: instance.id, syncRun: run.id, ticket: ticket.id, event: event.id, csat: csat.id };
  }, { asApp: false });
}
