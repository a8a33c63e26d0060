/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The hours of a calendar from a local date on. */
export type BusinessCalendarVersionInput = {
  /** YYYY-MM-DD, local date from which these hours apply. */
  effectiveFrom: string;
  exceptions?: Array<DateExceptionInput>;
  holidays?: Array<HolidayInput>;
  timeZone: string;
  weeklyIntervals: Array<WorkingIntervalInput>;
};

export type ClientFilter = {
  includeArchived?: boolean;
  /** Case-insensitive part of the name. */
  search?: string | null | undefined;
};

export type CreateBusinessCalendarInput = {
  /** Owning client; omit for a calendar shared by all clients. */
  clientId?: string | number | null | undefined;
  hours: BusinessCalendarVersionInput;
  name: string;
};

export type CreateClientInput = {
  businessCalendarId?: string | number | null | undefined;
  endpointCount?: number | null | undefined;
  externalRefs?: Array<ExternalRefInput> | null | undefined;
  name: string;
  slaPolicyId?: string | number | null | undefined;
  /** IANA time zone, e.g. Europe/Helsinki. */
  timeZone: string;
  userCount?: number | null | undefined;
};

export type CreateCriticalSuccessFactorInput = {
  clientId: string | number;
  description?: string;
  /** e.g. "Improve the capability of our Tier 1 help desk". */
  title: string;
};

export type CreateCsiItemInput = {
  clientId: string | number;
  /** The critical success factor it serves. */
  csfId?: string | number | null | undefined;
  /** YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  owner?: string;
  rationale?: string;
  /** The review it is proposed in. */
  reviewId?: string | number | null | undefined;
  /** KPI definitions whose change measures the item. */
  targetKpiIds?: Array<string | number>;
  title: string;
};

export type CreateEngagementInput = {
  /** RRULE; default: the level's usual cadence. */
  cadence?: string | null | undefined;
  clientId: string | number;
  /** Days ahead to schedule, 1..731; default 92. */
  horizonDays?: number | null | undefined;
  level: EngagementLevel;
  /** HH:mm in the client's zone; default 10:00. */
  meetingTime?: string | null | undefined;
  objectives?: string;
  participants?: Array<ParticipantInput>;
  /** YYYY-MM-DD in the client's zone; default: tomorrow. A past date schedules past occurrences too. */
  startsOn?: string | null | undefined;
};

export type CreateKpiDefinitionInput = {
  clientId: string | number;
  /** The critical success factor this KPI measures. */
  csfId?: string | number | null | undefined;
  /** Default: the catalogue's direction for the key. */
  direction?: KpiDirection | null | undefined;
  /** YYYY-MM-DD from which this definition applies. */
  effectiveFrom: string;
  key: KpiKey;
  /** Default: the catalogue's label. */
  name?: string | null | undefined;
  /** Default: the catalogue's first statistic for the key. */
  statistic?: KpiStatistic | null | undefined;
  target: number;
  tolerance?: number;
};

export type CreateServiceReviewInput = {
  /** Default: the level's agenda. */
  agenda?: Array<string> | null | undefined;
  /** The engagement this review is an occurrence of. */
  engagementId: string | number;
  notes?: string;
  /** End of the reviewed period (exclusive). */
  periodEnd: string;
  /** Start of the reviewed period (inclusive). */
  periodStart: string;
  /** Not before periodEnd: a review looks back at a finished period. */
  scheduledAt: string;
};

export type CreateSlaPolicyInput = {
  /** Owning client; omit for a policy shared by all clients. */
  clientId?: string | number | null | undefined;
  name: string;
  terms: SlaPolicyVersionInput;
};

/** Without csfId: a new CSF. With csfId: retire it (retire: true) or replace it with revised title or description. */
export type CsfChangeInput = {
  csfId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** YYYY-MM-DD, not before the end of the reviewed period. */
  effectiveFrom: string;
  retire?: boolean;
  /** Required for a new CSF. */
  title?: string | null | undefined;
};

/** BASELINE: recorded on approval. COMPLETION: recorded when done. */
export type CsiMeasurementKind =
  | 'BASELINE'
  | 'COMPLETION';

/** Lifecycle of a continual service improvement item. */
export type CsiStatus =
  | 'APPROVED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PROPOSED'
  | 'REJECTED';

export type DateExceptionInput = {
  date: string;
  intervals: Array<TimeRangeInput>;
};

/** The levels of engagement, from the most frequent to the most strategic. */
export type EngagementLevel =
  | 'ANNUAL_BUSINESS_REVIEW'
  | 'INFORMAL_SYNC'
  | 'MONTHLY_SERVICE_REVIEW'
  | 'QUARTERLY_BUSINESS_REVIEW'
  | 'SEMIANNUAL_BUSINESS_REVIEW';

export type ExternalRefInput = {
  externalId: string;
  system: string;
};

/** Bucket size, cut in each client's own time zone. */
export type Granularity =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

export type HoldServiceReviewInput = {
  /** Who attended; default: the engagement's participants. */
  attendees?: Array<ParticipantInput> | null | undefined;
  decisions?: Array<string> | null | undefined;
  findings?: Array<string> | null | undefined;
  /** When the meeting took place; default now. Not before the period ended, not in the future. */
  heldAt?: string | null | undefined;
  notes?: string | null | undefined;
};

export type HolidayInput = {
  date: string;
  name: string;
  yearly?: boolean;
};

/** Split by the ticket's current type, priority, tier, its source system, or its client. */
export type KpiBreakdown =
  | 'CLIENT'
  | 'PRIORITY'
  | 'SOURCE'
  | 'TIER'
  | 'TYPE';

/** Without kpiDefinitionId: a new KPI (key and target required). With it: its next version from a date. */
export type KpiDefinitionChangeInput = {
  /** The CSF it measures. */
  csfId?: string | number | null | undefined;
  /** YYYY-MM-DD, not before the end of the reviewed period. */
  effectiveFrom: string;
  key?: KpiKey | null | undefined;
  kpiDefinitionId?: string | number | null | undefined;
  name?: string | null | undefined;
  statistic?: KpiStatistic | null | undefined;
  target?: number | null | undefined;
  tolerance?: number | null | undefined;
};

/** Whether lower or higher values are better. */
export type KpiDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** Which figure of a KPI a series carries (docs/kpis.md). */
export type KpiFigure =
  | 'AGE_0_1D'
  | 'AGE_1_3D'
  | 'AGE_3_7D'
  | 'AGE_7_30D'
  | 'AGE_30D_PLUS'
  | 'COUNT'
  | 'EXCLUDED'
  | 'MEAN'
  | 'MEDIAN'
  | 'NO_TARGET'
  | 'P90'
  | 'PENDING'
  | 'PER_ENDPOINT_MONTH'
  | 'RATIO'
  | 'RESPONSE_RATE';

/** The KPI catalogue (docs: kpi-sla.md). */
export type KpiKey =
  | 'backlog'
  | 'csat'
  | 'escalation_rate'
  | 'first_contact_resolution'
  | 'first_level_resolution'
  | 'first_response_time'
  | 'reopen_rate'
  | 'resolution_time'
  | 'sla_resolution_attainment'
  | 'sla_response_attainment'
  | 'ticket_volume'
  | 'tickets_per_endpoint';

/** Which figure of a KPI a definition targets: COUNT for volumes, RATIO for shares, MEDIAN/P90/MEAN for times and scores. */
export type KpiStatistic =
  | 'COUNT'
  | 'MEAN'
  | 'MEDIAN'
  | 'P90'
  | 'RATIO';

/** Against the KPI definition: GREEN meets the target, AMBER misses by at most the tolerance, RED beyond. */
export type KpiStatus =
  | 'AMBER'
  | 'GREEN'
  | 'NO_DATA'
  | 'RED';

export type KpiTrend =
  | 'IMPROVED'
  | 'NO_DATA'
  | 'UNCHANGED'
  | 'WORSENED';

/** A half-open period of local dates [from, to), read in each client's time zone. */
export type LocalPeriodInput = {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, exclusive. */
  to: string;
};

export type ParticipantInput = {
  email?: string | null | undefined;
  name: string;
  role: ParticipantRole;
};

/** The part a person plays in an engagement. */
export type ParticipantRole =
  | 'CLIENT_CONTACT'
  | 'CLIENT_EXECUTIVE'
  | 'CLIENT_IT_MANAGER'
  | 'SERVICE_DELIVERY_EXECUTIVE'
  | 'SERVICE_DELIVERY_MANAGER'
  | 'TEAM_LEAD'
  | 'TECHNICIAN';

export type PausingStatusesInput = {
  firstResponse?: Array<StatusCategory>;
  resolution?: Array<StatusCategory>;
};

/** Normalized priority, P1 highest; NONE has no SLA target. */
export type Priority =
  | 'NONE'
  | 'P1'
  | 'P2'
  | 'P3'
  | 'P4';

/** What a semi-annual or annual review changed. */
export type ReviewChangeKind =
  | 'CSF_INTRODUCED'
  | 'CSF_RETIRED'
  | 'CSF_REVISED'
  | 'KPI_INTRODUCED'
  | 'KPI_REVISED'
  | 'SLA_TARGETS';

/** What a semi-annual or annual review changes, each from its effective date; applied in this order, all or nothing. */
export type ReviewChangesInput = {
  criticalSuccessFactors?: Array<CsfChangeInput>;
  kpiDefinitions?: Array<KpiDefinitionChangeInput>;
  slaTargets?: Array<SlaTargetsChangeInput>;
};

/** PREVIOUS: the review of the same level before. YEAR_AGO: the same period a year earlier. EARLIER: one of the earlier reviews asked for. */
export type ReviewDeltaAgainst =
  | 'EARLIER'
  | 'PREVIOUS'
  | 'YEAR_AGO';

/** Lifecycle of a service review: PLANNED -> PREPARED -> HELD -> CLOSED, or CANCELLED. */
export type ReviewStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'HELD'
  | 'PLANNED'
  | 'PREPARED';

/** What an API token may do. */
export type Role =
  | 'BI_READER'
  | 'CLIENT_VIEWER'
  | 'MSP_ADMIN'
  | 'SERVICE_DELIVERY_MANAGER';

export type ServiceReviewFilter = {
  clientId?: string | number | null | undefined;
  engagementId?: string | number | null | undefined;
  includeArchived?: boolean;
  level?: EngagementLevel | null | undefined;
  /** Reviews scheduled in this window. */
  scheduled?: TimeWindow | null | undefined;
  status?: Array<ReviewStatus> | null | undefined;
};

export type SlaClockKind =
  | 'FIRST_RESPONSE'
  | 'RESOLUTION';

/** SLA targets from a local date on. */
export type SlaPolicyVersionInput = {
  /** Calendar of the clocks for clients without their own. */
  businessCalendarId?: string | number | null | undefined;
  /** YYYY-MM-DD; applies to tickets created from this local date. */
  effectiveFrom: string;
  /** Default: WAITING_CUSTOMER pauses RESOLUTION. */
  pausingStatuses?: PausingStatusesInput | null | undefined;
  /** One per priority; priorities without a target have NO_TARGET. */
  targets: Array<SlaTargetInput>;
};

export type SlaTargetInput = {
  firstResponseMinutes: number;
  priority: Priority;
  resolutionMinutes: number;
};

/** New SLA targets for the client's own policy from a date (a new policy version). */
export type SlaTargetsChangeInput = {
  /** The client's own SLA policy. */
  policyId: string | number;
  terms: SlaPolicyVersionInput;
};

/** Proposed SLA terms; priorities not listed keep their actual targets. */
export type SlaWhatIfChangesInput = {
  /** Default: each ticket's actual pausing statuses. */
  pausingStatuses?: PausingStatusesInput | null | undefined;
  targets: Array<SlaTargetInput>;
};

/** Normalized status. UNMAPPED behaves as OPEN and is reported as a mapping problem. */
export type StatusCategory =
  | 'CANCELLED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'OPEN'
  | 'RESOLVED'
  | 'UNMAPPED'
  | 'WAITING_CUSTOMER'
  | 'WAITING_THIRD_PARTY';

export type TimeRangeInput = {
  end: string;
  start: string;
};

export type TimeWindow = {
  /** Inclusive start. */
  from?: string | null | undefined;
  /** Exclusive end. */
  to?: string | null | undefined;
};

export type UpdateClientInput = {
  businessCalendarId?: string | number | null | undefined;
  endpointCount?: number | null | undefined;
  externalRefs?: Array<ExternalRefInput> | null | undefined;
  name?: string | null | undefined;
  slaPolicyId?: string | number | null | undefined;
  timeZone?: string | null | undefined;
  userCount?: number | null | undefined;
};

export type UpdateCsiItemInput = {
  csfId?: string | number | null | undefined;
  dueDate?: string | null | undefined;
  owner?: string | null | undefined;
  rationale?: string | null | undefined;
  status?: CsiStatus | null | undefined;
  targetKpiIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateEngagementInput = {
  cadence?: string | null | undefined;
  horizonDays?: number | null | undefined;
  meetingTime?: string | null | undefined;
  objectives?: string | null | undefined;
  participants?: Array<ParticipantInput> | null | undefined;
  /** Changing the cadence, start, time or horizon replaces future PLANNED occurrences only. */
  startsOn?: string | null | undefined;
};

export type UpdateKpiDefinitionInput = {
  csfId?: string | number | null | undefined;
  name?: string | null | undefined;
  target?: number | null | undefined;
  tolerance?: number | null | undefined;
};

export type UpdateServiceReviewInput = {
  agenda?: Array<string> | null | undefined;
  attendees?: Array<ParticipantInput> | null | undefined;
  decisions?: Array<string> | null | undefined;
  findings?: Array<string> | null | undefined;
  notes?: string | null | undefined;
  /** Frozen once the review is prepared. */
  periodEnd?: string | null | undefined;
  /** Frozen once the review is prepared. */
  periodStart?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  /** PLANNED -> PREPARED -> HELD -> CLOSED, or CANCELLED; the same steps as prepareServiceReview, holdServiceReview, closeServiceReview, cancelServiceReview. */
  status?: ReviewStatus | null | undefined;
};

export type WorkingIntervalInput = {
  end: string;
  start: string;
  weekday: number;
};

export type CreateBusinessCalendarMutationVariables = Exact<{
  input: CreateBusinessCalendarInput;
}>;


export type CreateBusinessCalendarMutation = { createBusinessCalendar: { id: string, name: string, versions: Array<{ version: number, effectiveFrom: string, timeZone: string, weeklyIntervals: Array<{ weekday: number, start: string, end: string }>, holidays: Array<{ date: string, name: string, yearly: boolean }> }> } };

export type AddBusinessCalendarVersionMutationVariables = Exact<{
  calendarId: string | number;
  hours: BusinessCalendarVersionInput;
}>;


export type AddBusinessCalendarVersionMutation = { addBusinessCalendarVersion: { id: string, version: number, effectiveFrom: string } };

export type CreateSlaPolicyMutationVariables = Exact<{
  input: CreateSlaPolicyInput;
}>;


export type CreateSlaPolicyMutation = { createSlaPolicy: { id: string, name: string, versions: Array<{ version: number, effectiveFrom: string, targets: Array<{ priority: Priority, firstResponseMinutes: number, resolutionMinutes: number }>, pausingStatuses: { firstResponse: Array<StatusCategory>, resolution: Array<StatusCategory> } }> } };

export type AddSlaPolicyVersionMutationVariables = Exact<{
  policyId: string | number;
  terms: SlaPolicyVersionInput;
}>;


export type AddSlaPolicyVersionMutation = { addSlaPolicyVersion: { id: string, version: number, effectiveFrom: string, targets: Array<{ priority: Priority, resolutionMinutes: number }> } };

export type ClientsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ClientFilter | null | undefined;
}>;


export type ClientsPageQuery = { clients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, timeZone: string, endpointCount: number | null, engagements: Array<{ id: string, level: EngagementLevel, cadence: string, participants: Array<{ name: string, role: ParticipantRole }> }>, criticalSuccessFactors: Array<{ id: string, title: string }>, latestReview: { id: string, scheduledAt: string, status: ReviewStatus } | null }> } };

export type CreateClientMutationVariables = Exact<{
  input: CreateClientInput;
}>;


export type CreateClientMutation = { createClient: { id: string, name: string, timeZone: string, endpointCount: number | null, userCount: number | null, externalRefs: Array<{ system: string, externalId: string }> } };

export type UpdateClientMutationVariables = Exact<{
  id: string | number;
  input: UpdateClientInput;
}>;


export type UpdateClientMutation = { updateClient: { id: string, name: string, timeZone: string, endpointCount: number | null, slaPolicy: { id: string, name: string } | null, businessCalendar: { id: string, name: string } | null } };

export type ArchiveClientMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveClientMutation = { archiveClient: { id: string, archivedAt: string | null } };

export type KpisQueryVariables = Exact<{
  clientIds: Array<string | number> | string | number;
  period: LocalPeriodInput;
  granularity?: Granularity | null | undefined;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
  breakdown?: KpiBreakdown | null | undefined;
}>;


export type KpisQuery = { kpis: Array<{ key: KpiKey, figure: KpiFigure, group: string | null, points: Array<{ bucket: string, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: KpiStatus | null, previous: { value: number | null, delta: number | null, trend: KpiTrend }, yearAgo: { value: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend } }> }> };

export type KpiDashboardQueryVariables = Exact<{
  period: LocalPeriodInput;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
}>;


export type KpiDashboardQuery = { clients: { nodes: Array<{ id: string, name: string, kpis: Array<{ key: KpiKey, figure: KpiFigure, points: Array<{ bucket: string, value: number | null, status: KpiStatus | null }> }> }> } };

export type KpiSnapshotFieldsFragment = { key: KpiKey, figure: KpiFigure, value: number | null, numerator: number | null, denominator: number | null, target: number | null, tolerance: number | null, status: KpiStatus | null, definitionEffectiveFrom: string | null, definition: { id: string } | null, restated: { value: number | null, numerator: number | null, denominator: number | null, status: KpiStatus | null } | null };

export type KpiDeltaFieldsFragment = { key: KpiKey, figure: KpiFigure, value: number | null, earlierValue: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend, status: KpiStatus | null, earlierStatus: KpiStatus | null };

export type ReviewDeltaFieldsFragment = { against: ReviewDeltaAgainst, review: { id: string, scheduledAt: string } | null, period: { from: string, to: string }, kpis: Array<{ key: KpiKey, figure: KpiFigure, value: number | null, earlierValue: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend, status: KpiStatus | null, earlierStatus: KpiStatus | null }>, slaAttainment: Array<{ clock: SlaClockKind, priority: Priority, attainment: number | null, earlierAttainment: number | null, delta: number | null, trend: KpiTrend }>, csfStatuses: Array<{ csfId: string, title: string, status: KpiStatus | null, earlierStatus: KpiStatus | null }> };

export type CsiImpactFieldsFragment = { review: { id: string, level: EngagementLevel } | null, period: { from: string, to: string }, kpis: Array<{ kpiDefinitionId: string, key: KpiKey, figure: KpiFigure, baseline: number | null, value: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend }> };

export type ScheduleServiceReviewsMutationVariables = Exact<{
  engagementId: string | number;
  until?: string | null | undefined;
}>;


export type ScheduleServiceReviewsMutation = { scheduleServiceReviews: Array<{ id: string, scheduledAt: string, localPeriod: { from: string, to: string } }> };

export type UpdateEngagementMutationVariables = Exact<{
  id: string | number;
  input: UpdateEngagementInput;
}>;


export type UpdateEngagementMutation = { updateEngagement: { id: string, cadence: string, startsOn: string, meetingTime: string, horizonDays: number } };

export type EngagementReviewsQueryVariables = Exact<{
  engagementId: string | number;
  first: number;
  includeArchived?: boolean;
}>;


export type EngagementReviewsQuery = { serviceReviews: { totalCount: number, nodes: Array<{ id: string, status: ReviewStatus, scheduledAt: string, occurrenceAt: string | null, archivedAt: string | null, level: EngagementLevel, agenda: Array<string>, focusKpis: Array<KpiKey>, localPeriod: { from: string, to: string } }> } };

export type PrepareServiceReviewMutationVariables = Exact<{
  id: string | number;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
}>;


export type PrepareServiceReviewMutation = { prepareServiceReview: { id: string, status: ReviewStatus, preparedAt: string | null, snapshot: { id: string, takenAt: string, timeZone: string, level: EngagementLevel, period: { from: string, to: string }, kpis: Array<{ key: KpiKey, figure: KpiFigure, value: number | null, numerator: number | null, denominator: number | null, target: number | null, tolerance: number | null, status: KpiStatus | null, definitionEffectiveFrom: string | null, definition: { id: string } | null, restated: { value: number | null, numerator: number | null, denominator: number | null, status: KpiStatus | null } | null }>, slaAttainment: Array<{ clock: SlaClockKind, priority: Priority, targetMinutes: number | null, met: number, breached: number, pending: number, noTarget: number, attainment: number | null }>, csfStatuses: Array<{ csfId: string, title: string, status: KpiStatus, kpiDefinitionIds: Array<string> }>, slaPolicyVersions: Array<{ id: string, version: number, effectiveFrom: string }> } | null } };

export type HoldServiceReviewMutationVariables = Exact<{
  id: string | number;
  input: HoldServiceReviewInput;
}>;


export type HoldServiceReviewMutation = { holdServiceReview: { id: string, status: ReviewStatus, heldAt: string | null, notes: string, findings: Array<string>, decisions: Array<string>, attendees: Array<{ name: string, role: ParticipantRole }> } };

export type CloseServiceReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseServiceReviewMutation = { closeServiceReview: { id: string, status: ReviewStatus, closedAt: string | null } };

export type CancelServiceReviewMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelServiceReviewMutation = { cancelServiceReview: { id: string, status: ReviewStatus, cancelledAt: string | null, cancellationReason: string } };

export type ReviewSnapshotQueryVariables = Exact<{
  id: string | number;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
}>;


export type ReviewSnapshotQuery = { serviceReview: { id: string, status: ReviewStatus, snapshot: { id: string, takenAt: string, restated: boolean, period: { from: string, to: string }, kpis: Array<{ key: KpiKey, figure: KpiFigure, value: number | null, numerator: number | null, denominator: number | null, target: number | null, tolerance: number | null, status: KpiStatus | null, definitionEffectiveFrom: string | null, definition: { id: string } | null, restated: { value: number | null, numerator: number | null, denominator: number | null, status: KpiStatus | null } | null }>, csfStatuses: Array<{ csfId: string, title: string, status: KpiStatus }> } | null } };

export type ReviewComparisonQueryVariables = Exact<{
  id: string | number;
  earlier: number;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
}>;


export type ReviewComparisonQuery = { serviceReview: { id: string, comparison: { previous: { against: ReviewDeltaAgainst, review: { id: string, scheduledAt: string } | null, period: { from: string, to: string }, kpis: Array<{ key: KpiKey, figure: KpiFigure, value: number | null, earlierValue: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend, status: KpiStatus | null, earlierStatus: KpiStatus | null }>, slaAttainment: Array<{ clock: SlaClockKind, priority: Priority, attainment: number | null, earlierAttainment: number | null, delta: number | null, trend: KpiTrend }>, csfStatuses: Array<{ csfId: string, title: string, status: KpiStatus | null, earlierStatus: KpiStatus | null }> } | null, yearAgo: { against: ReviewDeltaAgainst, review: { id: string, scheduledAt: string } | null, period: { from: string, to: string }, kpis: Array<{ key: KpiKey, figure: KpiFigure, value: number | null, earlierValue: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend, status: KpiStatus | null, earlierStatus: KpiStatus | null }>, slaAttainment: Array<{ clock: SlaClockKind, priority: Priority, attainment: number | null, earlierAttainment: number | null, delta: number | null, trend: KpiTrend }>, csfStatuses: Array<{ csfId: string, title: string, status: KpiStatus | null, earlierStatus: KpiStatus | null }> } | null, earlier: Array<{ against: ReviewDeltaAgainst, review: { id: string, scheduledAt: string } | null, period: { from: string, to: string }, kpis: Array<{ key: KpiKey, figure: KpiFigure, value: number | null, earlierValue: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend, status: KpiStatus | null, earlierStatus: KpiStatus | null }>, slaAttainment: Array<{ clock: SlaClockKind, priority: Priority, attainment: number | null, earlierAttainment: number | null, delta: number | null, trend: KpiTrend }>, csfStatuses: Array<{ csfId: string, title: string, status: KpiStatus | null, earlierStatus: KpiStatus | null }> }> } | null, csiImpacts: Array<{ item: { id: string, title: string }, review: { id: string, level: EngagementLevel } | null, period: { from: string, to: string }, kpis: Array<{ kpiDefinitionId: string, key: KpiKey, figure: KpiFigure, baseline: number | null, value: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend }> }> } };

export type ReviewHistoryQueryVariables = Exact<{
  clientId: string | number;
  level: EngagementLevel;
  last: number;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
}>;


export type ReviewHistoryQuery = { reviewHistory: Array<{ id: string, takenAt: string, period: { from: string, to: string }, review: { id: string, status: ReviewStatus, scheduledAt: string } | null, kpis: Array<{ key: KpiKey, figure: KpiFigure, value: number | null, status: KpiStatus | null }>, slaAttainment: Array<{ clock: SlaClockKind, priority: Priority, attainment: number | null }> }> };

export type CsiItemImpactQueryVariables = Exact<{
  id: string | number;
}>;


export type CsiItemImpactQuery = { csiItem: { id: string, status: CsiStatus, approvedAt: string | null, completedAt: string | null, baseline: Array<{ kind: CsiMeasurementKind, key: KpiKey, figure: KpiFigure, value: number | null, numerator: number | null, denominator: number | null, reviewId: string | null, kpiDefinition: { id: string } | null }>, completion: { review: { id: string, level: EngagementLevel } | null, period: { from: string, to: string }, kpis: Array<{ kpiDefinitionId: string, key: KpiKey, figure: KpiFigure, baseline: number | null, value: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend }> } | null, impact: Array<{ review: { id: string, level: EngagementLevel } | null, period: { from: string, to: string }, kpis: Array<{ kpiDefinitionId: string, key: KpiKey, figure: KpiFigure, baseline: number | null, value: number | null, delta: number | null, relativeDelta: number | null, trend: KpiTrend }> }> } };

export type ApplyReviewChangesMutationVariables = Exact<{
  reviewId: string | number;
  changes: ReviewChangesInput;
}>;


export type ApplyReviewChangesMutation = { applyReviewChanges: Array<{ id: string, kind: ReviewChangeKind, subjectId: string, effectiveFrom: string, summary: string, slaPolicyVersion: { id: string, version: number, effectiveFrom: string, targets: Array<{ priority: Priority, firstResponseMinutes: number, resolutionMinutes: number }> } | null, criticalSuccessFactor: { id: string, title: string, effectiveFrom: string | null, retiredFrom: string | null, supersedesId: string | null } | null, kpiDefinition: { id: string, key: KpiKey, target: number, effectiveFrom: string, supersedesId: string | null } | null }> };

export type SlaWhatIfQueryVariables = Exact<{
  clientId: string | number;
  period: LocalPeriodInput;
  changes: SlaWhatIfChangesInput;
}>;


export type SlaWhatIfQuery = { slaWhatIf: { tickets: number, asOf: string, period: { from: string, to: string }, rows: Array<{ clock: SlaClockKind, priority: Priority | null, actualTargetMinutes: number | null, proposedTargetMinutes: number | null, delta: number | null, actual: { met: number, breached: number, pending: number, noTarget: number, attainment: number | null }, proposed: { met: number, breached: number, pending: number, noTarget: number, attainment: number | null } }> } };

export type UpdateKpiDefinitionMutationVariables = Exact<{
  id: string | number;
  input: UpdateKpiDefinitionInput;
}>;


export type UpdateKpiDefinitionMutation = { updateKpiDefinition: { id: string, target: number, tolerance: number } };

export type CreateCriticalSuccessFactorMutationVariables = Exact<{
  input: CreateCriticalSuccessFactorInput;
}>;


export type CreateCriticalSuccessFactorMutation = { createCriticalSuccessFactor: { id: string, title: string, description: string } };

export type CreateKpiDefinitionMutationVariables = Exact<{
  input: CreateKpiDefinitionInput;
}>;


export type CreateKpiDefinitionMutation = { createKpiDefinition: { id: string, key: KpiKey, statistic: KpiStatistic, name: string, target: number, tolerance: number, direction: KpiDirection, criticalSuccessFactor: { id: string } | null } };

export type CreateEngagementMutationVariables = Exact<{
  input: CreateEngagementInput;
}>;


export type CreateEngagementMutation = { createEngagement: { id: string, level: EngagementLevel, cadence: string, objectives: string, participants: Array<{ name: string, email: string | null, role: ParticipantRole }> } };

export type CreateServiceReviewMutationVariables = Exact<{
  input: CreateServiceReviewInput;
}>;


export type CreateServiceReviewMutation = { createServiceReview: { id: string, status: ReviewStatus, periodStart: string, periodEnd: string, scheduledAt: string, engagement: { level: EngagementLevel } | null } };

export type UpdateServiceReviewMutationVariables = Exact<{
  id: string | number;
  input: UpdateServiceReviewInput;
}>;


export type UpdateServiceReviewMutation = { updateServiceReview: { id: string, status: ReviewStatus, notes: string } };

export type ServiceReviewsQueryVariables = Exact<{
  filter?: ServiceReviewFilter | null | undefined;
  first: number;
}>;


export type ServiceReviewsQuery = { serviceReviews: { totalCount: number, nodes: Array<{ id: string, status: ReviewStatus, scheduledAt: string, client: { name: string } | null, engagement: { level: EngagementLevel } | null }> } };

export type CreateCsiItemMutationVariables = Exact<{
  input: CreateCsiItemInput;
}>;


export type CreateCsiItemMutation = { createCsiItem: { id: string, status: CsiStatus, title: string, targetKpis: Array<{ id: string, key: KpiKey }>, review: { id: string } | null } };

export type UpdateCsiItemMutationVariables = Exact<{
  id: string | number;
  input: UpdateCsiItemInput;
}>;


export type UpdateCsiItemMutation = { updateCsiItem: { id: string, status: CsiStatus } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, clientId: string | null, tenant: { id: string, slug: string, name: string } } };

export const KpiSnapshotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"definitionEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KpiSnapshotFieldsFragment, unknown>;
export const KpiDeltaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiDeltaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"earlierValue"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"relativeDelta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earlierStatus"}}]}}]} as unknown as DocumentNode<KpiDeltaFieldsFragment, unknown>;
export const ReviewDeltaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDeltaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiDeltaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csfStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csfId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earlierStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiDeltaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"earlierValue"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"relativeDelta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earlierStatus"}}]}}]} as unknown as DocumentNode<ReviewDeltaFieldsFragment, unknown>;
export const CsiImpactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsiImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsiImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiDefinitionId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"relativeDelta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<CsiImpactFieldsFragment, unknown>;
export const CreateBusinessCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBusinessCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBusinessCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyIntervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearly"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateBusinessCalendarMutation, CreateBusinessCalendarMutationVariables>;
export const AddBusinessCalendarVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBusinessCalendarVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendarVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBusinessCalendarVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<AddBusinessCalendarVersionMutation, AddBusinessCalendarVersionMutationVariables>;
export const CreateSlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSlaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pausingStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponse"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSlaPolicyMutation, CreateSlaPolicyMutationVariables>;
export const AddSlaPolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSlaPolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"terms"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicyVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSlaPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"terms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"terms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<AddSlaPolicyVersionMutation, AddSlaPolicyVersionMutationVariables>;
export const ClientsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"endpointCount"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalSuccessFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientsPageQuery, ClientsPageQueryVariables>;
export const CreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"endpointCount"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"externalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateClientMutation, CreateClientMutationVariables>;
export const UpdateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"endpointCount"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateClientMutation, UpdateClientMutationVariables>;
export const ArchiveClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveClientMutation, ArchiveClientMutationVariables>;
export const KpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiBreakdown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearAgo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"relativeDelta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpisQuery, KpisQueryVariables>;
export const KpiDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiDashboardQuery, KpiDashboardQueryVariables>;
export const ScheduleServiceReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleServiceReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleServiceReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"localPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleServiceReviewsMutation, ScheduleServiceReviewsMutationVariables>;
export const UpdateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTime"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementMutation, UpdateEngagementMutationVariables>;
export const EngagementReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"focusKpis"}},{"kind":"Field","name":{"kind":"Name","value":"localPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementReviewsQuery, EngagementReviewsQueryVariables>;
export const PrepareServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrepareServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiSnapshotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"noTarget"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csfStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csfId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kpiDefinitionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"definitionEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PrepareServiceReviewMutation, PrepareServiceReviewMutationVariables>;
export const HoldServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldServiceReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}}]}}]}}]} as unknown as DocumentNode<HoldServiceReviewMutation, HoldServiceReviewMutationVariables>;
export const CloseServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseServiceReviewMutation, CloseServiceReviewMutationVariables>;
export const CancelServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}}]} as unknown as DocumentNode<CancelServiceReviewMutation, CancelServiceReviewMutationVariables>;
export const ReviewSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"restated"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiSnapshotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csfStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csfId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"definitionEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewSnapshotQuery, ReviewSnapshotQueryVariables>;
export const ReviewComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"earlier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"earlier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"earlier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDeltaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearAgo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDeltaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDeltaFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"csiImpacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CsiImpactFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiDeltaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"earlierValue"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"relativeDelta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earlierStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDeltaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiDeltaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"earlierAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csfStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csfId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earlierStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsiImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsiImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiDefinitionId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"relativeDelta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<ReviewComparisonQuery, ReviewComparisonQueryVariables>;
export const ReviewHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewHistoryQuery, ReviewHistoryQueryVariables>;
export const CsiItemImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsiItemImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csiItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"kpiDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CsiImpactFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CsiImpactFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsiImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsiImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiDefinitionId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"relativeDelta"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<CsiItemImpactQuery, CsiItemImpactQueryVariables>;
export const ApplyReviewChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyReviewChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyReviewChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalSuccessFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"retiredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpiDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyReviewChangesMutation, ApplyReviewChangesMutationVariables>;
export const SlaWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaWhatIfChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaWhatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"actualTargetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"proposedTargetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"noTarget"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"noTarget"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlaWhatIfQuery, SlaWhatIfQueryVariables>;
export const UpdateKpiDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKpiDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKpiDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKpiDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}}]}}]}}]} as unknown as DocumentNode<UpdateKpiDefinitionMutation, UpdateKpiDefinitionMutationVariables>;
export const CreateCriticalSuccessFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCriticalSuccessFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCriticalSuccessFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCriticalSuccessFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CreateCriticalSuccessFactorMutation, CreateCriticalSuccessFactorMutationVariables>;
export const CreateKpiDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKpiDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKpiDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKpiDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"criticalSuccessFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKpiDefinitionMutation, CreateKpiDefinitionMutationVariables>;
export const CreateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEngagementMutation, CreateEngagementMutationVariables>;
export const CreateServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceReviewMutation, CreateServiceReviewMutationVariables>;
export const UpdateServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceReviewMutation, UpdateServiceReviewMutationVariables>;
export const ServiceReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceReviewFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceReviewsQuery, ServiceReviewsQueryVariables>;
export const CreateCsiItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCsiItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCsiItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCsiItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targetKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCsiItemMutation, CreateCsiItemMutationVariables>;
export const UpdateCsiItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCsiItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCsiItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCsiItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateCsiItemMutation, UpdateCsiItemMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;