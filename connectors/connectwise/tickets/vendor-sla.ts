import type { VendorSlaFacts } from '../../sdk/index.js';
import type { CwTicket } from '../connectwise-records.js';

/**
 * ConnectWise's own SLA facts, kept for reconciliation. CW reports one `isInSla` flag for the ticket,
 * not one per phase, and no due times through the ticket (the targets live on `/service/SLAs`), so:
 * `resolutionMet` is `isInSla` once the ticket is resolved (`dateResolved` set) and null before;
 * `responseMet` is null (CW's `respondMinutes` is the business time taken, not a verdict). The raw
 * fields are kept as CW sent them. Which phases `isInSla` covers is VERIFY
 * (../../../../shared/vendors/vendor-apis.md 1.6).
 *
 * @example
 * vendorSla({ isInSla: true, dateResolved: '2024-03-02T09:00:00Z', respondMinutes: 12, sla: { id: 1, name: 'Standard' }, ... });
 * //=> { responseMet: null, resolutionMet: true, responseDueAt: null, resolutionDueAt: null, isInSla: true,
 * //     slaName: 'Standard', slaStatus: ..., respondMinutes: 12, resPlanMinutes: ..., resolveMinutes: ..., ... }
 */
export function vendorSla(ticket: CwTicket): VendorSlaFacts | null {
  const reported = [ticket.isInSla, ticket.sla, ticket.slaStatus, ticket.respondMinutes, ticket.resolveMinutes];
  if (reported.every((value) => value === undefined || value === null)) return null;
  const resolved = Boolean(ticket.dateResolved);
  return {
    responseMet: null,
    resolutionMet: resolved && typeof ticket.isInSla === 'boolean' ? ticket.isInSla : null,
    responseDueAt: null,
    resolutionDueAt: null,
    isInSla: ticket.isInSla ?? null,
    slaId: ticket.sla?.id ?? null,
    slaName: ticket.sla?.name ?? null,
    slaStatus: ticket.slaStatus ?? null,
    respondMinutes: ticket.respondMinutes ?? null,
    resPlanMinutes: ticket.resPlanMinutes ?? null,
    resolveMinutes: ticket.resolveMinutes ?? null,
    minutesWaiting: ticket.minutesWaiting ?? null,
    escalationLevel: ticket.escalationLevel ?? null,
  };
}
