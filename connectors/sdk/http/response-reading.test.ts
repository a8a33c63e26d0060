import { describe, expect, it } from 'vitest';
import { failureFromStatus } from './failure.js';
import { parseBody } from './parse-body.js';
import { vendorMessage } from './vendor-message.js';

describe('vendorMessage', () => {
  it.each([
    ['ConnectWise', { code: 'NotFound', message: 'Ticket not found', errors: null }, 'Ticket not found'],
    ['Autotask', { errors: ['IntegrationCode is invalid.'] }, 'IntegrationCode is invalid.'],
    ['Jira', { errorMessages: ['Issue does not exist'], errors: {} }, 'Issue does not exist'],
    ['ServiceNow', { error: { message: 'Rate limit exceeded', detail: 'Rate limit of 10 requests per hour' }, status: 'failure' }, 'Rate limit exceeded: Rate limit of 10 requests per hour'],
    ['OAuth', { error: 'invalid_grant', error_description: 'Token expired' }, 'Token expired'],
    ['an error object list', { errors: [{ message: 'first' }, { message: 'second' }] }, 'first'],
    ['plain text', 'Service down\n for maintenance', 'Service down for maintenance'],
    ['an HTML page', '<html><body>502</body></html>', undefined],
    ['an empty body', undefined, undefined],
    ['an unknown shape', { status: 7 }, undefined],
  ])('reads %s bodies', (_vendor, body, expected) => {
    expect(vendorMessage(body)).toBe(expected);
  });

  it('cuts long messages', () => {
    expect(vendorMessage({ message: 'x'.repeat(500) })).toHaveLength(200);
  });
});

describe('parseBody', () => {
  it.each([
    ['{"a":1}', 'application/json', { ok: true, value: { a: 1 } }],
    ['[1]', undefined, { ok: true, value: [1] }],
    ['"text"', 'application/vnd.connectwise.com+json; version=2025.8', { ok: true, value: 'text' }],
    ['hello', 'text/plain', { ok: true, value: 'hello' }],
    ['', 'application/json', { ok: true, value: undefined }],
  ])('reads %j (%s)', (text, contentType, expected) => {
    expect(parseBody(text, contentType)).toEqual(expected);
  });

  it('tells truncated JSON (retryable) from a body that is no JSON at all (fatal)', () => {
    expect(parseBody('{"a":[1,', 'application/json')).toMatchObject({ ok: false, failure: { kind: 'transient', retryable: true } });
    expect(parseBody('  [1,', undefined)).toMatchObject({ ok: false, failure: { kind: 'transient', retryable: true } });
    expect(parseBody('<html>', 'application/json')).toMatchObject({ ok: false, failure: { kind: 'fatal', retryable: false } });
  });
});

describe('failureFromStatus', () => {
  it.each([
    [429, 'rate_limited', true], [500, 'transient', true], [503, 'transient', true], [401, 'auth', false],
    [403, 'auth', false], [400, 'fatal', false], [404, 'fatal', false], [301, 'fatal', false],
  ] as const)('classifies %i as %s', (status, kind, retryable) => {
    expect(failureFromStatus(status, {}, undefined)).toMatchObject({ kind, retryable, status });
  });

  it('keeps a Retry-After on 5xx too (Jira sends it on some 503s)', () => {
    expect(failureFromStatus(503, { 'retry-after': '4' }, undefined).retryAfterMs).toBe(4000);
  });
});
