// A third-party connector for the made-up "Helpline" desk, as a plugin package: plain ESM, no build,
// no imports. Quarterdeck injects the HTTP client (retries, rate limit, redaction) through `context`,
// and checks this export against the connector contract at start (connectors/sdk/connector.ts).

const STATUSES = { open: 'OPEN', pending: 'WAITING_CUSTOMER', working: 'IN_PROGRESS', solved: 'RESOLVED', closed: 'CLOSED' };

/** @type {import('../sdk/connector.js').Connector<{ baseUrl: string, token: string }>} */
export const connector = {
  id: 'helpline',
  title: 'Helpline (example plugin)',
  spec: {
    configSchema: {
      type: 'object',
      properties: {
        baseUrl: { type: 'string', format: 'uri' },
        token: { type: 'string', minLength: 8, 'x-secret': true },
      },
      required: ['baseUrl', 'token'],
      additionalProperties: false,
    },
    sampleConfig: { baseUrl: 'https://helpline.example.com', token: 'xxxxxxxxxxxx' },
  },
  defaultMappings: { statuses: STATUSES, priorities: { urgent: 'P1', high: 'P2', normal: 'P3', low: 'P4' }, tiers: {}, types: {}, companies: {} },
  rateLimit: { requestsPerSecond: 20, burst: 20 },
  httpOptions: (config) => ({ baseURL: config.baseUrl, headers: { authorization: `Bearer ${config.token}` }, secrets: [config.token] }),
  check: async ({ http }) => { await http.request({ url: '/api/me' }); },
  streams: [{
    name: 'tickets',
    primaryKey: 'id',
    cursorField: 'updated_at',
    ordered: true,
    cursorType: 'instant',
    async *read({ http }, state) {
      for (let page = 1; ; page++) {
        const { data } = await http.request({ url: '/api/tickets', params: { updated_since: state.cursor ?? undefined, page } });
        if (data.tickets.length) yield data.tickets;
        if (!data.has_more) return;
      }
    },
    version: (t) => ({ id: String(t.id), updatedAt: new Date(t.updated_at) }),
    advance: (state, t) => (state.cursor && state.cursor >= t.updated_at ? state : { ...state, cursor: t.updated_at }),
    normalize(t, mappings) {
      const unmapped = [];
      const status = mappings.statuses[t.status] ?? (unmapped.push({ field: 'status', raw: t.status }), 'UNMAPPED');
      const priority = mappings.priorities[t.priority] ?? (unmapped.push({ field: 'priority', raw: t.priority }), 'NONE');
      const resolved = status === 'RESOLVED' || status === 'CLOSED' ? new Date(t.updated_at) : null;
      return {
        kind: 'ticket',
        ticket: {
          externalId: String(t.id), externalKey: `HL-${t.id}`, url: null, title: t.subject,
          companyRef: t.org_id === null ? null : String(t.org_id), companyName: t.org_name ?? null,
          type: 'INCIDENT', typeRaw: null, priority, priorityRaw: t.priority, status, statusRaw: t.status,
          tier: 'TIER1', tierRaw: null, createdAt: new Date(t.created_at), firstResponseAt: null,
          firstResolvedAt: resolved, lastResolvedAt: resolved, closedAt: status === 'CLOSED' ? resolved : null,
          sourceUpdatedAt: new Date(t.updated_at), reopenCount: 0, agentReplyCount: null, mergedIntoExternalId: null,
          vendorSla: null, csat: [], unmapped,
          events: status === 'OPEN' ? [] : [{
            seq: 1, occurredAt: new Date(t.updated_at), kind: 'STATUS_CHANGED', fromValue: 'OPEN', toValue: status,
            fromRaw: 'open', toRaw: t.status, automatic: false,
          }],
        },
      };
    },
  }],
};

export default connector;
