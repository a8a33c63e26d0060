/** The connector SDK: everything a connector may import. */
export type {
  Connector, ConnectorContext, ConnectorSpec, JsonSchemaObject, Mappings, NormalizedRecord, Stream, StreamState,
  WebhookReceiver, WebhookRequest,
} from './connector.js';
export { ConnectorError, isConnectorError, type ConnectorErrorKind } from './connector-error.js';
export type { HttpClient, HttpOptions, HttpRequest, HttpResponse, RateLimit, RetryPolicy } from './http-client.js';
export type { ConnectorLogger } from './logger.js';
export * from './model.js';
export { mapValue } from './map-value.js';
export { secretFields, splitSecrets } from './secret-fields.js';
export { validateConfig } from './validate-config.js';
