const MAX_LENGTH = 200;

/**
 * The short human message of a vendor's error body, for ConnectorError messages. Knows the shapes of
 * our vendors: `{ message }` (ConnectWise), `{ errors: [...] }` (Autotask), `{ errorMessages: [...] }`
 * (Jira), `{ error: { message, detail } }` (ServiceNow), and OAuth's `{ error_description }`. Cut at
 * 200 characters; an HTML page yields nothing.
 *
 * @example
 * vendorMessage({ errors: ['IntegrationCode is invalid.'] }); //=> 'IntegrationCode is invalid.'
 * vendorMessage({ error: { message: 'Rate limit exceeded', detail: 'Rate limit of 10 requests per hour' } });
 * //=> 'Rate limit exceeded: Rate limit of 10 requests per hour'
 * vendorMessage('<html><body>Bad gateway</body></html>'); //=> undefined
 */
export function vendorMessage(body: unknown): string | undefined {
  const message = find(body);
  if (message === undefined || message.trim() === '' || message.trimStart().startsWith('<')) return undefined;
  const line = message.trim().replace(/\s+/g, ' ');
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}

function find(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (Array.isArray(body)) return find(body[0]);
  if (typeof body !== 'object' || body === null) return undefined;
  const fields = body as Record<string, unknown>;
  if (typeof fields.error === 'object' && fields.error !== null && !Array.isArray(fields.error)) {
    const { message, detail } = fields.error as Record<string, unknown>;
    if (typeof message === 'string') return typeof detail === 'string' ? `${message}: ${detail}` : message;
  }
  for (const key of ['message', 'error_description', 'error', 'errorMessages', 'errors', 'detail', 'title']) {
    const found = fields[key] === undefined ? undefined : find(fields[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}
