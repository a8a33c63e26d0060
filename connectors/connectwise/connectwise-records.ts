/**
 * The ConnectWise PSA records this connector reads, as the REST API 3.0 returns them. Field names follow
 * the 2025.8 OpenAPI (via the generated Go client ai-connor/connectwise, model_ticket.go and friends; see
 * ../../../shared/vendors/specs/connectwise/cw-ticket-models-derived.json). Only the fields we read are
 * declared; a record carries many more.
 */

/** A reference to another record (`board`, `status`, `company`, `priority` ...). */
export interface CwReference {
  id: number;
  name?: string;
  identifier?: string;
  sort?: number;
  level?: string;
  _info?: Record<string, string | undefined>;
}

/** `_info` as CW sends it: string values, `lastUpdated` and `dateEntered` as ISO-8601 UTC. */
export interface CwInfo {
  lastUpdated?: string;
  dateEntered?: string;
  enteredBy?: string;
  updatedBy?: string;
  [field: string]: string | undefined;
}

/** One entry of `GET /system/audittrail?type=Ticket&id=` (model_audit_trail_entry.go). */
export interface CwAuditTrailEntry {
  text?: string | null;
  enteredDate?: string | null;
  enteredBy?: string | null;
  auditType?: string | null;
  auditSubType?: string | null;
  auditSource?: string | null;
}

/** A service ticket (`/service/tickets`), plus the audit trail `enrich` attaches. */
export interface CwTicket {
  id: number;
  summary: string;
  /** `ServiceTicket`, `ProjectTicket`, `ProjectIssue` (values VERIFY, ../../../shared/vendors/vendor-apis.md 1.6). */
  recordType?: string | null;
  board?: CwReference | null;
  status?: CwReference | null;
  company: CwReference;
  type?: CwReference | null;
  subType?: CwReference | null;
  priority?: CwReference | null;
  team?: CwReference | null;
  owner?: CwReference | null;
  source?: CwReference | null;
  dateResponded?: string | null;
  dateResolved?: string | null;
  closedDate?: string | null;
  closedFlag?: boolean | null;
  respondMinutes?: number | null;
  resPlanMinutes?: number | null;
  resolveMinutes?: number | null;
  isInSla?: boolean | null;
  sla?: CwReference | null;
  slaStatus?: string | null;
  requiredDate?: string | null;
  escalationLevel?: number | null;
  minutesWaiting?: number | null;
  mergedParentTicket?: { id: number; summary?: string } | null;
  _info?: CwInfo;
  /** Not a ConnectWise field: the ticket's audit trail, attached by the stream's `enrich`. */
  auditTrail?: CwAuditTrailEntry[];
}

/** A survey definition (`/service/surveys`). */
export interface CwSurvey {
  id: number;
  name?: string;
  inactiveFlag?: boolean;
  _info?: CwInfo;
}

/** A survey question (`/service/surveys/{id}/questions`) and its answer options (`.../{questionId}/options`). */
export interface CwSurveyQuestion {
  id: number;
  question?: string;
  type?: string;
}

export interface CwSurveyOption {
  id: number;
  name?: string;
  points?: number | null;
}

/** One survey answer (`/service/surveys/{id}/results`, model_survey_result.go). */
export interface CwSurveyResult {
  id: number;
  ticketId: number;
  surveyId?: number | null;
  totalPoints?: number | null;
  company?: CwReference | null;
  _info?: CwInfo;
}

/**
 * A survey answer with its survey's point range, attached while reading (the range lives on the survey,
 * not on the answer, and `normalize` must stay pure).
 */
export interface CwScoredSurveyResult extends CwSurveyResult {
  scale: { min: number; max: number };
}

/**
 * The payload ConnectWise POSTs to a callback URL (connectwise-rest src/utils/Callback.ts; Nango's
 * ConnectWisePsaWebhookPayload). `Entity` is the record as a JSON *string*.
 */
export interface CwCallbackPayload {
  Action?: string;
  CompanyId?: string;
  Entity?: string;
  FromUrl?: string;
  ID?: number | string;
  MemberId?: number;
  Metadata?: { key_url?: string };
  Type?: string;
}
