import type { Mappings } from '../sdk/index.js';

/**
 * Mappings for ConnectWise's out-of-the-box values; an instance overrides them with its own boards and
 * statuses (statuses are per board in CW, `/service/boards/{id}/statuses`, so most tenants add theirs).
 * Statuses: the default service board's statuses, with CW's `>` prefix convention for "closed" statuses
 * ("&gt;Closed") covered as written. Types: the board's service type names when a ticket has one, else
 * `recordType`; a plain `ServiceTicket` counts as an INCIDENT (the bulk of an MSP help desk; override per
 * instance when service requests are not typed), project tickets and issues as OTHER.
 *
 * @example
 * connectWiseDefaultMappings.priorities['Priority 1 - Emergency Response']; //=> 'P1'
 * connectWiseDefaultMappings.tiers['Escalations']; //=> 'TIER2'
 */
export const connectWiseDefaultMappings: Mappings = {
  statuses: {
    'New': 'NEW',
    'New (email connector)': 'NEW',
    'New (portal)': 'NEW',
    'Assigned': 'OPEN',
    'Acknowledged': 'OPEN',
    'Re-Opened': 'OPEN',
    'In Progress': 'IN_PROGRESS',
    'Work in Progress': 'IN_PROGRESS',
    'Scheduled': 'IN_PROGRESS',
    'Customer Updated': 'IN_PROGRESS',
    'Waiting Customer': 'WAITING_CUSTOMER',
    'Waiting on Customer': 'WAITING_CUSTOMER',
    'Waiting Client Response': 'WAITING_CUSTOMER',
    'Waiting Vendor': 'WAITING_THIRD_PARTY',
    'Waiting on Vendor': 'WAITING_THIRD_PARTY',
    'Waiting Third Party': 'WAITING_THIRD_PARTY',
    'Completed': 'RESOLVED',
    'Resolved': 'RESOLVED',
    '>Completed': 'RESOLVED',
    'Closed': 'CLOSED',
    '>Closed': 'CLOSED',
    'Closed (resolved)': 'CLOSED',
    'Cancelled': 'CANCELLED',
    'Canceled': 'CANCELLED',
    '>Cancelled': 'CANCELLED',
  },
  priorities: {
    'Priority 1 - Emergency Response': 'P1',
    'Priority 2 - Quick Response': 'P2',
    'Priority 3 - Normal Response': 'P3',
    'Priority 4 - Scheduled Maintenance': 'P4',
    'Do Not Respond': 'NONE',
  },
  tiers: {
    'Help Desk': 'TIER1',
    'Service Desk': 'TIER1',
    'Tier 1': 'TIER1',
    'Tier 2': 'TIER2',
    'Escalations': 'TIER2',
    'Tier 3': 'TIER3',
    'Engineering': 'TIER3',
    'Alerts': 'OTHER',
    'Projects': 'OTHER',
  },
  types: {
    'ServiceTicket': 'INCIDENT',
    'ProjectTicket': 'OTHER',
    'ProjectIssue': 'OTHER',
    'Incident': 'INCIDENT',
    'Break/Fix': 'INCIDENT',
    'Service Request': 'SERVICE_REQUEST',
    'Request': 'SERVICE_REQUEST',
    'Problem': 'PROBLEM',
    'Change': 'CHANGE',
    'Change Request': 'CHANGE',
  },
  companies: {},
};
