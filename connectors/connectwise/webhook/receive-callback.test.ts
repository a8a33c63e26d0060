import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError, createConnectorContext, type WebhookRequest } from '../../sdk/index.js';
import { caught } from '../../sdk/testing/index.js';
import { signCallback } from '../fake/sign-callback.js';
import { startFakeConnectWise, type FakeConnectWise } from '../fake/start-fake-connectwise.js';
import { connectwise } from '../index.js';
import { trustedKeyUrl } from './trusted-key-url.js';

/** A local endpoint that records what is POSTed to it (the instance's callback URL, or an attacker's key host). */
async function listen(answer: object = {}): Promise<{ url: string; received: WebhookRequest[]; close(): Promise<void> }> {
  const received: WebhookRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: flat(request.headers), rawBody: Buffer.concat(chunks) });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callbacks/connectwise`;
  return { url, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function flat(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : value]));
}

describe('ConnectWise callbacks', () => {
  let cw: FakeConnectWise;
  let inbox: Awaited<ReturnType<typeof listen>>;
  const receive = (request: WebhookRequest) => connectwise.webhook!.receive(createConnectorContext(connectwise, cw.config), request);

  beforeAll(async () => {
    cw = await startFakeConnectWise({ tickets: 50, seed: 3 });
    inbox = await listen();
  });
  afterAll(async () => {
    await inbox.close();
    await cw.close();
  });

  it('verifies a signed callback against the key from its own host and names the ticket', async () => {
    await cw.sendCallback(inbox.url, 42);
    cw.resetCounters();
    await expect(receive(inbox.received.at(-1)!)).resolves.toEqual({ stream: 'tickets', ids: ['42'] });
    expect(cw.served('/system/callbacks/signingkey')).toHaveLength(1);
  });

  it("refuses a callback signed with another key as 'auth'", async () => {
    await cw.sendCallback(inbox.url, 42, { signingKey: 'forged-key' });
    const error = await caught<ConnectorError>(receive(inbox.received.at(-1)!));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/signature/);
  });

  it('refuses a key_url on a foreign host without fetching it, even when that host would vouch for the signature', async () => {
    const attacker = await listen({ signing_key: 'attacker-key' });
    try {
      await cw.sendCallback(inbox.url, 42, { signingKey: 'attacker-key', keyUrl: `${new URL(attacker.url).origin}/key` });
      const error = await caught<ConnectorError>(receive(inbox.received.at(-1)!));
      expect(error.kind).toBe('auth');
      expect(error.message).toMatch(/key_url/);
      expect(attacker.received).toHaveLength(0);
    } finally {
      await attacker.close();
    }
  });

  it('refuses a callback without a signature or with a body that is not JSON', async () => {
    await cw.sendCallback(inbox.url, 42);
    const { rawBody } = inbox.received.at(-1)!;
    expect((await caught<ConnectorError>(receive({ headers: {}, rawBody }))).kind).toBe('auth');
    expect((await caught<ConnectorError>(receive({ headers: { 'x-content-signature': 'x' }, rawBody: Buffer.from('nope') }))).kind).toBe('auth');
  });

  it('names no ticket for a signed callback about another record type', async () => {
    await cw.sendCallback(inbox.url, 42);
    const { headers, rawBody } = inbox.received.at(-1)!;
    const company = Buffer.from(rawBody.toString().replace('"Type":"ticket"', '"Type":"company"'));
    const resigned = { 'x-content-signature': signCallback('fake-connectwise-signing-key', company) };
    await expect(receive({ headers: { ...headers, ...resigned }, rawBody: company })).resolves.toEqual({ stream: 'tickets', ids: [] });
  });
});

describe('trustedKeyUrl', () => {
  const cloud = { site: 'api-na.myconnectwise.net', codebase: 'v4_6_release' };
  it.each([
    ['the API host', cloud, 'https://api-na.myconnectwise.net/v4_6_release/apis/3.0/system/callbackkey', true],
    ['the same region\'s UI host', cloud, 'https://na.myconnectwise.net/key', true],
    ['another region', cloud, 'https://eu.myconnectwise.net/key', false],
    ['a look-alike host', cloud, 'https://api-na.myconnectwise.net.evil.example/key', false],
    ['plain http on the API host', cloud, 'http://api-na.myconnectwise.net/key', false],
    ['a configured signing host', { ...cloud, callbackSigningHosts: ['keys.example.com'] }, 'https://keys.example.com/k', true],
    ['http on the host of an http baseUrl', { ...cloud, baseUrl: 'http://127.0.0.1:4100/v4_6_release/apis/3.0' }, 'http://127.0.0.1:4100/k', true],
    ['http on another port of that host', { ...cloud, baseUrl: 'http://127.0.0.1:4100/v4_6_release/apis/3.0' }, 'http://127.0.0.1:4101/k', false],
    ['credentials in the URL', cloud, 'https://user:pw@api-na.myconnectwise.net/key', false],
    ['not a URL', cloud, 'key', false],
  ])('%s', (_name, config, url, trusted) => {
    expect(trustedKeyUrl(config, url) !== null).toBe(trusted);
  });
});
