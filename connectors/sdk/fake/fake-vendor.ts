/**
 * The fake-vendor kit: an HTTP server on 127.0.0.1:0 that speaks one vendor's protocol from a seeded
 * scenario, with fault injection and request counters, so tests run the production connector over real
 * HTTP. A vendor's fake declares its routes and its auth check; the kit does the rest
 * (`start-fake-vendor.ts`).
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. `/v4_6_release/apis/3.0/service/tickets`. */
  path: string;
  /** Path parameters from the route pattern (`/service/tickets/:id` gives `{ id }`). */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** The server's own origin, for building Link headers. */
  origin: string;
}

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialised unless a string or Buffer. */
  body?: unknown;
  /**
   * For list routes: whether the vendor told the client more records exist (a `rel="next"` Link, a
   * `nextPageToken`, ...). The kit remembers the last answer per route, so a test can prove the connector
   * never stopped while the vendor said there was more.
   */
  more?: boolean;
}

export interface FakeRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express-style pattern with `:name` segments. */
  path: string;
  handle(request: FakeRequest): FakeReply | Promise<FakeReply>;
}

/** Injected failures; each rate is a probability per request, drawn from the kit's seeded generator. */
export interface FaultPlan {
  rate429?: number;
  /** Seconds sent in Retry-After with an injected 429 (default 1). */
  retryAfterSeconds?: number;
  rate5xx?: number;
  /** The connection hangs without an answer until the client gives up. */
  rateTimeout?: number;
  /** A 200 whose JSON body is cut short. */
  rateTruncated?: number;
  /** Every answer waits this long first. */
  slowMs?: number;
  /** The next N requests all get 429 with Retry-After. */
  storm429?: number;
  /** The next N requests all get this status (e.g. 403), with the vendor's error body. */
  forceStatus?: { status: number; count: number };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  /** 0 while no answer was sent, and for ever after a `fault:timeout`. */
  status: number;
  /**
   * Why the kit answered as it did: `served`, `auth`, `fault:429`, `fault:5xx`, `fault:timeout`, `fault:truncated`,
   * `forced`, `no-route` (404, no route matched), `handler-error` (500, the route threw).
   */
  outcome: string;
}

export interface FakeVendorOptions {
  routes: FakeRoute[];
  /** null when the request is authenticated, else the vendor's own error reply (e.g. a 401 body). */
  authenticate(request: FakeRequest): FakeReply | null;
  /** The vendor's error body for a status (used by injected faults and forced statuses). */
  errorBody?(status: number): unknown;
  seed?: number;
  faults?: FaultPlan;
  port?: number;
}

export interface FakeVendorServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests answered with `outcome` `served`, optionally only those whose path ends with `pathSuffix`. */
  served(pathSuffix?: string): RecordedRequest[];
  /** Route patterns whose last served answer said `more: true`: listings the client abandoned. */
  abandonedListings(): string[];
  setFaults(faults: FaultPlan): void;
  resetCounters(): void;
  close(): Promise<void>;
}
