import { describe, expect, it } from 'vitest';
import { assertConnector } from './assert-connector.js';
import { acmeDesk } from './testing/example/acme-desk-connector.js';

describe('assertConnector', () => {
  it('accepts a complete connector', () => {
    expect(() => assertConnector(acmeDesk, 'acme')).not.toThrow();
  });

  it.each([
    ['not an object', null, 'plugin x: connector: expected an object, got null'],
    ['an id with capitals', { ...acmeDesk, id: 'Acme' }, 'plugin x: id: expected lower-case letters'],
    ['no streams', { ...acmeDesk, streams: [] }, 'plugin x: streams: expected a non-empty array, got []'],
    ['a stream without read', { ...acmeDesk, streams: [{ ...acmeDesk.streams[0], read: undefined }] }, 'plugin x: streams[0].read: expected a function'],
    ['two streams of one name', { ...acmeDesk, streams: [acmeDesk.streams[0], acmeDesk.streams[0]] }, 'plugin x: streams[1].name: expected a name unique'],
    ['a zero rate limit', { ...acmeDesk, rateLimit: { requestsPerSecond: 0, burst: 1 } }, 'plugin x: rateLimit: expected requestsPerSecond > 0'],
    ['a mapping table missing', { ...acmeDesk, defaultMappings: { ...acmeDesk.defaultMappings, tiers: undefined } }, 'plugin x: defaultMappings.tiers: expected an object'],
  ])('rejects %s, naming the label and the field', (_name, candidate, message) => {
    expect(() => assertConnector(candidate, 'plugin x')).toThrow(message);
  });
});
