import { describe, expect, it } from 'vitest';
import type { ConnectorError } from '../connector-error.js';
import { caught } from '../testing/caught.js';
import { testClient, testVendors, TOKEN } from './http-test-vendor.js';
import { redact } from './redact.js';

const vendor = testVendors();

/** Every form a secret may take in a message: as is, percent- and form-encoded, base64 with and without padding. */
function forms(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64');
  return [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), base64, base64.replace(/=+$/, '')];
}

describe('redact', () => {
  it.each([
    ['as is', 'token s3cr3t!', ['s3cr3t!'], 'token [redacted]'],
    ['percent-encoded', '/me?key=a%2Fb%20c', ['a/b c'], '/me?key=[redacted]'],
    ['form-encoded', '/me?key=a%2Fb+c', ['a/b c'], '/me?key=[redacted]'],
    ['base64 (a Basic value)', 'Basic dXNlcjpwYXNz', ['user:pass'], 'Basic [redacted]'],
    ['every occurrence', 'x1 and x1', ['x1'], '[redacted] and [redacted]'],
    ['the longer secret first', 'abcdef', ['abc', 'abcdef'], '[redacted]'],
    ['regex characters literally', 'a.b and axb', ['a.b'], '[redacted] and axb'],
    ['nothing for empty secrets', 'text', ['', ''], 'text'],
  ])('masks %s', (_name, text, secrets, expected) => {
    expect(redact(text, secrets)).toBe(expected);
  });
});

describe('createHttpClient: secrets', () => {
  const basic = `Basic ${Buffer.from(`acme+public:${TOKEN}`).toString('base64')}`;

  it('never puts a secret, or the Authorization value, in an error message or a log line', async () => {
    const server = await vendor([{
      method: 'GET',
      path: '/api/me',
      handle: (request) => ({ status: 401, body: { message: `credentials ${request.headers.authorization} with key ${request.query.get('key')} refused` } }),
    }], { faults: { forceStatus: { status: 503, count: 1 } } });
    const { http, memory } = testClient(server, { headers: { Authorization: basic } });
    const error = await caught<ConnectorError>(http.request({ url: '/me', params: { key: TOKEN } }));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('GET /api/me?key=[redacted] failed: 401 Unauthorized after 2 attempts; the vendor said "credentials [redacted] with key [redacted] refused"');
    const everything = [error.message, JSON.stringify(error.details), JSON.stringify(error), memory.text()].join('\n');
    for (const form of [...forms(TOKEN), basic, basic.slice('Basic '.length)]) expect(everything).not.toContain(form);
    expect(memory.lines.map((line) => line.level)).toEqual(['debug', 'warn', 'debug']);
  });

  it('keeps no transport error (with its request headers) on the ConnectorError', async () => {
    const server = await vendor([]);
    const { http } = testClient(server, { retry: { maxAttempts: 1 } });
    await server.close();
    const error = await caught<ConnectorError>(http.request({ url: '/me' }));
    expect(error.cause).toBeUndefined();
    expect(Object.keys(error)).toEqual(['kind', 'details', 'name']);
  });
});
