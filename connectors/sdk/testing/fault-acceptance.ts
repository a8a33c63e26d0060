import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../connector-error.js';
import { readAll } from '../runtime/read-all.js';
import type { AcceptanceHarness } from './acceptance-harness.js';
import { caught } from './caught.js';

const STORM = 2;
const RETRY_AFTER_SECONDS = 1;
// Timers may fire a millisecond early; the backoff alone (500 + 1000 ms at most) stays well below.
const TOLERANCE_MS = 20;

/** Rate limiting and refused credentials, on the first stream, through the production HTTP client. */
export function faultAcceptance<Config>(harness: AcceptanceHarness<Config>): void {
  const stream = harness.options.connector.streams[0]!;

  describe('faults', () => {
    it(`waits out a storm of ${STORM} 429s for their Retry-After, then completes`, async () => {
      const { server, expectedIds } = harness.fixture();
      server.setFaults({ storm429: STORM, retryAfterSeconds: RETRY_AFTER_SECONDS });
      const started = performance.now();
      const { records } = await readAll(stream, harness.context(), { cursor: null });
      const waited = performance.now() - started;
      const first = server.requests.slice(0, STORM + 1);
      expect(first.map((request) => request.outcome)).toEqual([...Array<string>(STORM).fill('fault:429'), 'served']);
      expect(new Set(first.map((request) => `${request.path}?${request.query}`)).size, 'the same request is retried').toBe(1);
      expect(waited).toBeGreaterThanOrEqual(STORM * RETRY_AFTER_SECONDS * 1000 - TOLERANCE_MS);
      expect(records.map((record) => stream.version(record).id).sort()).toEqual([...(expectedIds[stream.name] ?? [])].sort());
    });

    it("fails as 'auth' on a 403, without retrying it", async () => {
      const { server } = harness.fixture();
      server.setFaults({ forceStatus: { status: 403, count: 1 } });
      const error = await caught<ConnectorError>(readAll(stream, harness.context(), { cursor: null }));
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error.kind).toBe('auth');
      expect(error.details.status).toBe(403);
      expect(server.requests).toHaveLength(1);
    });
  });
}
