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
  level: EngagementLevel;
  objectives?: string;
  participants?: Array<ParticipantInput>;
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
  /** The engagement this review is an occurrence of. */
  engagementId: string | number;
  notes?: string;
  /** End of the reviewed period (exclusive). */
  periodEnd: string;
  /** Start of the reviewed period (inclusive). */
  periodStart: string;
  scheduledAt: string;
};

export type CreateSlaPolicyInput = {
  /** Owning client; omit for a policy shared by all clients. */
  clientId?: string | number | null | undefined;
  name: string;
  terms: SlaPolicyVersionInput;
};

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

export type UpdateServiceReviewInput = {
  notes?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  /** PLANNED -> PREPARED -> HELD -> CLOSED, or CANCELLED. */
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
export const CreateCriticalSuccessFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCriticalSuccessFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCriticalSuccessFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCriticalSuccessFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CreateCriticalSuccessFactorMutation, CreateCriticalSuccessFactorMutationVariables>;
export const CreateKpiDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKpiDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKpiDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKpiDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"criticalSuccessFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKpiDefinitionMutation, CreateKpiDefinitionMutationVariables>;
export const CreateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEngagementMutation, CreateEngagementMutationVariables>;
export const CreateServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceReviewMutation, CreateServiceReviewMutationVariables>;
export const UpdateServiceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceReviewMutation, UpdateServiceReviewMutationVariables>;
export const ServiceReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceReviewFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceReviewsQuery, ServiceReviewsQueryVariables>;
export const CreateCsiItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCsiItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCsiItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCsiItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targetKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCsiItemMutation, CreateCsiItemMutationVariables>;
export const UpdateCsiItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCsiItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCsiItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCsiItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateCsiItemMutation, UpdateCsiItemMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;