import type { Connector } from '../sdk/index.js';
import { checkConnectWise } from './connectwise-check.js';
import type { ConnectWiseConfig } from './connectwise-config.js';
import { connectWiseDefaultMappings } from './connectwise-default-mappings.js';
import { connectWiseHttpOptions } from './connectwise-http-options.js';
import { connectWiseSpec } from './connectwise-spec.js';
import { surveyResultsStream } from './surveys/survey-results-stream.js';
import { ticketsStream } from './tickets/tickets-stream.js';
import { receiveCallback } from './webhook/receive-callback.js';

export type { ConnectWiseConfig } from './connectwise-config.js';
export type * from './connectwise-records.js';

/**
 * The ConnectWise PSA (Manage) connector: service tickets with audit-trail events, survey results as
 * CSAT, and signed callbacks as re-fetch hints. See README.md for the config and what is VERIFY.
 *
 * @example
 * const { http } = createConnectorContext(connectwise, config);
 * await connectwise.check({ config, http, log }); //=> undefined
 */
export const connectwise: Connector<ConnectWiseConfig> = {
  id: 'connectwise',
  title: 'ConnectWise PSA',
  spec: connectWiseSpec,
  defaultMappings: connectWiseDefaultMappings,
  // ConnectWise publishes no number; its cloud sits behind Cloudflare, which answers 429 + Retry-After
  // (HealthITAU/pyconnectwise PR #41), so a modest steady rate with room for the audit-trail fan-out.
  rateLimit: { requestsPerSecond: 10, burst: 20 },
  httpOptions: connectWiseHttpOptions,
  check: checkConnectWise,
  streams: [ticketsStream, surveyResultsStream],
  webhook: { receive: receiveCallback },
};
