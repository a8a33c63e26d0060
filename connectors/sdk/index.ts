/** The connector SDK: everything a connector may import. */
export type {
  Connector, ConnectorContext, ConnectorSpec, JsonSchemaObject, Mappings, NormalizedRecord, Stream, StreamState,
  WebhookReceiver, WebhookRequest,
} from './connector.js';
export { ConnectorError, isConnectorError, type ConnectorErrorKind } from './connector-error.js';
export type { HttpClient, HttpOptions, HttpRequest, HttpResponse, RateLimit, RetryPolicy } from './http-client.js';
export { createHttpClient, DEFAULT_RETRY_POLICY, type HttpClientOptions } from './http/create-http-client.js';
export { createRateLimiter, type RateLimiter } from './http/create-rate-limiter.js';
export { fullJitter } from './http/full-jitter.js';
export { parseRetryAfter } from './http/parse-retry-after.js';
export { redact, redactor } from './http/redact.js';
export type { ConnectorLogger } from './logger.js';
export * from './model.js';
export { mapValue } from './map-value.js';
export { createConnectorContext, type ConnectorContextOptions } from './runtime/connector-context.js';
export { readAll } from './runtime/read-all.js';
export { silentLogger } from './runtime/silent-logger.js';
export { secretFields, splitSecrets } from './secret-fields.js';
export { validateConfig } from './validate-config.js';
export { assertConnector } from './assert-connector.js';
export { assertNormalizedRecord } from './validate-normalized.js';
