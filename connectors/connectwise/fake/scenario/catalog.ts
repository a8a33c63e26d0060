/**
 * The fixed reference data of the fake tenant: boards (a tier-1 help desk, a tier-2 and a tier-3 board,
 * an alerts board), the default service board statuses, the five default priorities, service types,
 * sources, technicians, and the SLA's targets (real minutes; ConnectWise counts business minutes).
 * Arrays are indexed by the compact numbers the scenario stores.
 */
export const BOARDS = [
  { id: 1, name: 'Help Desk' },
  { id: 2, name: 'Tier 2' },
  { id: 3, name: 'Engineering' },
  { id: 4, name: 'Alerts' },
] as const;
export const HELP_DESK = 0;
export const TIER_2 = 1;
export const ENGINEERING = 2;

export const STATUSES = ['New', 'In Progress', 'Waiting Customer', 'Scheduled', 'Completed', 'Closed', 'Cancelled', 'Waiting Vendor'] as const;
export const NEW = 0;
export const IN_PROGRESS = 1;
export const WAITING_CUSTOMER = 2;
export const COMPLETED = 4;
export const CLOSED = 5;
export const CANCELLED = 6;
export const WAITING_VENDOR = 7;

/** ConnectWise statuses are per board; the fake gives status `s` on board `b` the id `b * 100 + s + 1`. */
export function statusId(boardIndex: number, statusIndex: number): number {
  return BOARDS[boardIndex]!.id * 100 + statusIndex + 1;
}

export const PRIORITIES = [
  { id: 1, name: 'Priority 1 - Emergency Response', sort: 1, level: 'Priority 1' },
  { id: 2, name: 'Priority 2 - Quick Response', sort: 2, level: 'Priority 2' },
  { id: 3, name: 'Priority 3 - Normal Response', sort: 3, level: 'Priority 3' },
  { id: 4, name: 'Priority 4 - Scheduled Maintenance', sort: 4, level: 'Priority 4' },
  { id: 5, name: 'Do Not Respond', sort: 5, level: 'Not Applicable' },
] as const;

/** Response and resolution targets in minutes per priority index (Do Not Respond has none). */
export const SLA_TARGETS: readonly { respond: number; resolve: number }[] = [
  { respond: 15, resolve: 240 }, { respond: 60, resolve: 480 }, { respond: 240, resolve: 1440 },
  { respond: 480, resolve: 4320 }, { respond: Infinity, resolve: Infinity },
];
export const SLA = { id: 1, name: 'Standard SLA' } as const;

export const SERVICE_TYPES = [
  { id: 11, name: 'Incident' }, { id: 12, name: 'Service Request' }, { id: 13, name: 'Problem' }, { id: 14, name: 'Change Request' },
] as const;
export const SOURCES = [{ id: 1, name: 'Email' }, { id: 2, name: 'Phone' }, { id: 3, name: 'Portal' }, { id: 4, name: 'Monitoring' }] as const;
export const TECHNICIANS = ['jsmith', 'mgarcia', 'akhan', 'lchen', 'rpatel', 'ebrown', 'tnguyen', 'sowens'] as const;

export const SUMMARIES = [
  'Cannot connect to VPN', 'Outlook keeps asking for password', 'New starter laptop setup', 'Printer offline on 2nd floor',
  'Shared drive permissions request', 'Server disk space warning', 'MFA reset', 'Slow Wi-Fi in meeting room',
  'Software install request', 'Backup job failed', 'Email bounce from supplier', 'Firewall rule change',
  'Teams calls dropping', 'Password expired', 'Website SSL certificate renewal', 'Phone extension not ringing',
] as const;

const COMPANY_WORDS = ['Acme', 'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Proseware', 'Wingtip', 'Fourth Coffee'];
const COMPANY_KINDS = ['Dental', 'Logistics', 'Legal', 'Accounting', 'Manufacturing', 'Realty', 'Clinic', 'Engineering'];

/**
 * Company `index` (0-based) of the fake tenant: CW company ids start at 2 (id 1 is traditionally the
 * MSP's own company).
 *
 * @example
 * company(0); //=> { id: 2, identifier: 'AcmeDental1', name: 'Acme Dental 1' }
 */
export function company(index: number): { id: number; identifier: string; name: string } {
  // Built once per index: ticket pages ask for the same few companies thousands of times.
  return (companies[index] ??= makeCompany(index));
}

const companies: { id: number; identifier: string; name: string }[] = [];

function makeCompany(index: number): { id: number; identifier: string; name: string } {
  const word = COMPANY_WORDS[index % COMPANY_WORDS.length]!;
  const kind = COMPANY_KINDS[Math.floor(index / COMPANY_WORDS.length) % COMPANY_KINDS.length]!;
  const name = `${word} ${kind} ${index + 1}`;
  return { id: index + 2, identifier: name.replaceAll(' ', ''), name };
}
