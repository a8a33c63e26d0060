/**
 * The normalized ticket model every connector produces (../../../shared/kpi-sla.md, "The normalized
 * ticket"). Connectors import only the SDK, so the closed enums are spelled here as string unions; the
 * API's GraphQL enums carry the same values.
 */

export const TICKET_TYPES = ['INCIDENT', 'SERVICE_REQUEST', 'PROBLEM', 'CHANGE', 'OTHER'] as const;
export type TicketTypeValue = (typeof TICKET_TYPES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'NONE'] as const;
export type PriorityValue = (typeof PRIORITIES)[number];

export const STATUS_CATEGORIES = [
  'NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'WAITING_THIRD_PARTY', 'RESOLVED', 'CLOSED', 'CANCELLED', 'UNMAPPED',
] as const;
export type StatusCategoryValue = (typeof STATUS_CATEGORIES)[number];

export const TIERS = ['TIER1', 'TIER2', 'TIER3', 'OTHER'] as const;
export type TierValue = (typeof TIERS)[number];

export const EVENT_KINDS = [
  'STATUS_CHANGED', 'TIER_CHANGED', 'PRIORITY_CHANGED', 'ASSIGNEE_CHANGED', 'AGENT_PUBLIC_REPLY', 'CUSTOMER_REPLY',
] as const;
export type TicketEventKindValue = (typeof EVENT_KINDS)[number];

/** A vendor value no mapping covered: kept so the data-quality report can name it. */
export interface UnmappedValue {
  field: 'status' | 'priority' | 'tier' | 'type' | 'company';
  raw: string;
}

/** One change in a ticket's life, in source order. `seq` orders events at the same instant. */
export interface NormalizedEvent {
  seq: number;
  occurredAt: Date;
  kind: TicketEventKindValue;
  fromValue: string | null;
  toValue: string | null;
  fromRaw: string | null;
  toRaw: string | null;
  automatic: boolean;
}

export interface NormalizedCsat {
  /** The vendor's id of the survey answer, unique within the ticket. */
  externalId: string;
  score: number;
  scaleMin: number;
  scaleMax: number;
  receivedAt: Date;
}

/** The vendor SLA facts as reported, for reconciliation (never used for our own figures). */
export interface VendorSlaFacts {
  responseMet?: boolean | null;
  resolutionMet?: boolean | null;
  responseDueAt?: string | null;
  resolutionDueAt?: string | null;
  [vendorField: string]: unknown;
}

/** A ticket in the shared model, with its events and CSAT answers, as one connector record. */
export interface NormalizedTicket {
  externalId: string;
  externalKey: string | null;
  url: string | null;
  title: string;
  /** The vendor's id of the customer company; the sync engine maps it onto a Quarterdeck client. */
  companyRef: string | null;
  companyName: string | null;
  type: TicketTypeValue;
  typeRaw: string | null;
  priority: PriorityValue;
  priorityRaw: string | null;
  status: StatusCategoryValue;
  statusRaw: string | null;
  tier: TierValue;
  tierRaw: string | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResolvedAt: Date | null;
  lastResolvedAt: Date | null;
  closedAt: Date | null;
  /** The source's last-update time: a row is written only when this is newer than the stored one. */
  sourceUpdatedAt: Date;
  reopenCount: number;
  agentReplyCount: number | null;
  mergedIntoExternalId: string | null;
  vendorSla: VendorSlaFacts | null;
  events: NormalizedEvent[];
  csat: NormalizedCsat[];
  unmapped: UnmappedValue[];
}
