import { randomUUID } from 'node:crypto';
import { startFakeVendor, type FakeVendorServer, type FaultPlan } from '../../sdk/fake/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import type { CwCallbackPayload, CwTicket } from '../connectwise-records.js';
import { connectWiseTruth, enrichedTicket, type ConnectWiseTruth } from './connectwise-truth.js';
import { auditTrailRoute } from './routes/audit-trail-route.js';
import { authenticate } from './routes/authenticate.js';
import { cwErrorBody } from './routes/cw-error.js';
import { referenceRoutes } from './routes/reference-routes.js';
import { surveyRoutes } from './routes/survey-routes.js';
import { systemRoutes } from './routes/system-routes.js';
import { ticketRoutes } from './routes/ticket-routes.js';
import { TicketStore } from './scenario/ticket-store.js';
import { signCallback } from './sign-callback.js';

export interface FakeConnectWiseOptions {
  seed?: number;
  /** Tickets generated up front (default 500); 200k serve quickly, 1M fit in memory. */
  tickets?: number;
  /** Customer companies (default tickets / 100, between 5 and 2,000). */
  companies?: number;
  /** Tickets are created over this many days before `end` (default 180). */
  spanDays?: number;
  /** Nothing in the scenario happens at or after this (default: now, to the minute). */
  end?: Date;
  /** Share of resolved tickets answering a survey (default 0.2). */
  surveyRate?: number;
  codebase?: string;
  companyId?: string;
  publicKey?: string;
  privateKey?: string;
  clientId?: string;
  /** The key callbacks are signed with and the key URL returns. */
  signingKey?: string;
  faults?: FaultPlan;
  port?: number;
}

export interface SendCallbackOptions {
  /** Default `updated`. */
  action?: string;
  /** Sign with another key (a forged callback). */
  signingKey?: string;
  /** Put another `Metadata.key_url` in the payload (a key on a foreign host). */
  keyUrl?: string;
}

/** A running fake ConnectWise tenant: the kit's server plus scenario controls. */
export interface FakeConnectWise extends FakeVendorServer {
  /** A config for this fake that passes the connector's spec (`baseUrl` points here). */
  config: ConnectWiseConfig;
  /** Absolute API root, `http://127.0.0.1:<port>/<codebase>/apis/3.0`. */
  apiRoot: string;
  /** The callback signing-key URL. */
  keyUrl: string;
  /** Updates a seeded random fraction of live tickets now (or `at`): new status / board / priority, audit entries, lastUpdated. */
  changeTickets(fraction: number, at?: Date): number[];
  /** Updates these tickets now (or `at`), as `changeTickets` does. */
  updateTickets(ids: readonly number[], at?: Date): void;
  deleteTickets(ids: readonly number[]): void;
  /** Creates `count` New tickets now (or `at`); returns their ids. */
  addTickets(count: number, at?: Date): number[];
  /** The ticket with `auditTrail` attached, as `enrich` leaves it; null when deleted. */
  ticket(id: number): CwTicket | null;
  truth(): ConnectWiseTruth;
  /** POSTs a signed ticket callback to `url`, as ConnectWise would after a change. */
  sendCallback(url: string, ticketId: number, options?: SendCallbackOptions): Promise<{ status: number; body: string }>;
}

/**
 * Starts a protocol-faithful fake ConnectWise PSA on 127.0.0.1 (see README.md for what is modelled).
 *
 * @example
 * const cw = await startFakeConnectWise({ tickets: 2000, seed: 7 });
 * const context = createConnectorContext(connectwise, cw.config);
 * cw.changeTickets(0.1); //=> [3, 17, ...]
 * await cw.close();
 */
export async function startFakeConnectWise(options: FakeConnectWiseOptions = {}): Promise<FakeConnectWise> {
  const tickets = options.tickets ?? 500;
  const end = Math.floor((options.end?.getTime() ?? Date.now()) / 60_000) * 60_000;
  const store = new TicketStore({
    seed: options.seed ?? 1, tickets, end,
    companies: options.companies ?? Math.min(2000, Math.max(5, Math.round(tickets / 100))),
    start: end - (options.spanDays ?? 180) * 86_400_000,
    surveyRate: options.surveyRate ?? 0.2,
  });
  const codebase = options.codebase ?? 'v4_6_release';
  const api = `/${codebase}/apis/3.0`;
  const keyPath = `${api}/system/callbacks/signingkey`;
  const credentials = {
    companyId: options.companyId ?? 'quarterdeck', publicKey: options.publicKey ?? 'fakePublicKey',
    privateKey: options.privateKey ?? 'fakePrivateKey', clientId: options.clientId ?? '5d1e2f4a-0000-4000-8000-00000000c0de',
  };
  const signingKey = options.signingKey ?? 'fake-connectwise-signing-key';
  const server = await startFakeVendor({
    routes: [
      ...ticketRoutes(store, api), auditTrailRoute(store, api), ...surveyRoutes(store, api),
      ...referenceRoutes(store.shape.companies, api),
      ...systemRoutes({ api, codebase, companyId: credentials.companyId, keyPath, signingKey }),
    ],
    authenticate: authenticate(credentials, ['/login/companyinfo/', keyPath]),
    errorBody: (status) => cwErrorBody(status),
    seed: options.seed ?? 1,
    faults: options.faults,
    port: options.port,
  });
  const apiRoot = `${server.origin}${api}`;
  const keyUrl = `${server.origin}${keyPath}`;
  const now = (at?: Date): number => Math.floor((at?.getTime() ?? Date.now()) / 1000) * 1000;
  return {
    get origin() { return server.origin; },
    get requests() { return server.requests; },
    served: (suffix) => server.served(suffix),
    abandonedListings: () => server.abandonedListings(),
    setFaults: (plan) => server.setFaults(plan),
    resetCounters: () => server.resetCounters(),
    close: () => server.close(),
    config: {
      site: new URL(server.origin).host, baseUrl: apiRoot, codebase, ...credentials,
      apiVersion: '2025.8', pageSize: 1000, historyConcurrency: 8,
    },
    apiRoot,
    keyUrl,
    changeTickets: (fraction, at) => store.change(fraction, now(at)),
    updateTickets: (ids, at) => store.update(ids, now(at)),
    deleteTickets: (ids) => store.remove(ids),
    addTickets: (count, at) => store.add(count, now(at)),
    ticket: (id) => enrichedTicket(store, id, apiRoot),
    truth: () => connectWiseTruth(store),
    async sendCallback(url, ticketId, callback = {}) {
      const ticket = store.has(ticketId) ? store.render(ticketId, apiRoot) : { id: ticketId };
      const payload: CwCallbackPayload & Record<string, unknown> = {
        MessageId: randomUUID(), FromUrl: server.origin, CompanyId: credentials.companyId, MemberId: 101,
        Action: callback.action ?? 'updated', Type: 'ticket', ID: ticketId, CallbackObjectRecId: 1,
        Entity: JSON.stringify(ticket), Metadata: { key_url: callback.keyUrl ?? keyUrl },
      };
      const body = Buffer.from(JSON.stringify(payload));
      const response = await fetch(url, {
        method: 'POST', body,
        headers: { 'content-type': 'application/json', 'x-content-signature': signCallback(callback.signingKey ?? signingKey, body) },
      });
      return { status: response.status, body: await response.text() };
    },
  };
}
