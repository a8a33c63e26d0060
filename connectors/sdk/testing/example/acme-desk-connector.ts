import type { Connector } from '../../index.js';
import { acmeSpec, type AcmeConfig } from './acme-config.js';
import { acmeTickets } from './acme-tickets-stream.js';

/**
 * Acme Desk, a made-up help desk: the smallest complete connector, to show how one is written
 * (a spec, default mappings, `httpOptions`, `check`, one stream) and to run the acceptance suite on.
 * Its API: `Authorization: Token <token>`, `GET /api/v1/me`, `GET /api/v1/tickets?updated_since&page_token&limit`.
 */
export const acmeDesk: Connector<AcmeConfig> = {
  id: 'acme-desk',
  title: 'Acme Desk',
  spec: acmeSpec,
  defaultMappings: {
    statuses: { new: 'NEW', open: 'OPEN', pending: 'WAITING_CUSTOMER', solved: 'RESOLVED', closed: 'CLOSED' },
    priorities: { urgent: 'P1', high: 'P2', normal: 'P3', low: 'P4' },
    tiers: { 'Service Desk': 'TIER1', Engineering: 'TIER2' },
    types: { incident: 'INCIDENT', question: 'SERVICE_REQUEST', task: 'SERVICE_REQUEST', problem: 'PROBLEM' },
    companies: {},
  },
  rateLimit: { requestsPerSecond: 20, burst: 10 },
  httpOptions: (config) => ({
    baseURL: config.baseUrl,
    headers: { authorization: `Token ${config.token}`, accept: 'application/json' },
    secrets: [config.token],
  }),
  check: async ({ http }) => {
    await http.request({ url: '/api/v1/me' });
  },
  streams: [acmeTickets],
};
