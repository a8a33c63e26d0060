/** A ticket as Acme Desk's `GET /api/v1/tickets` returns it. */
export interface AcmeTicket {
  id: number;
  number: string;
  subject: string;
  /** `new`, `open`, `pending`, `solved`, `closed`, or a status the tenant added. */
  status: string;
  /** `urgent`, `high`, `normal`, `low`. */
  priority: string;
  /** `incident`, `question`, `problem`, `task`. */
  kind: string;
  /** The team queue: `Service Desk` (first line) or `Engineering`. */
  group: string;
  organization: { id: string; name: string } | null;
  created_at: string;
  updated_at: string;
  first_reply_at: string | null;
  solved_at: string | null;
  /** Status and group changes, oldest first. */
  audits: { at: string; field: 'status' | 'group'; from: string | null; to: string }[];
  /** The requester's rating, 1 to 5. */
  satisfaction: { id: string; score: number; at: string } | null;
}

/** One page of the listing, sorted by (`updated_at`, `id`); `next_page_token` is absent on the last page. */
export interface AcmeTicketPage {
  tickets: AcmeTicket[];
  next_page_token?: string;
}
