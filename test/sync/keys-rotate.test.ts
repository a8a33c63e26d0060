import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox, SecretDecryptionError } from '../../api/secrets/secret-box.js';
import { runCli } from '../support/run-cli.js';
import { startTestServer, TEST_ENCRYPTION_KEY } from '../support/test-server.js';

const CONFIG = { site: 'na.myconnectwise.net', companyId: 'acme', publicKey: 'pub', privateKey: 'rotate-me', clientId: '8c4d6a6e-1f1e-4d39-9d8a-3b2f1e0c5a77' };

describe('quarterdeck keys rotate', () => {
  it('re-encrypts every connector secret under the new key, and is harmless run twice', async () => {
    const server = await startTestServer();
    const { tenantId, token } = await server.tenantWithToken('keys-msp');
    const created = await server.ok(`mutation($config: JSONObject!) { createConnectorInstance(input: { kind: "connectwise", name: "CW", config: $config }) { id } }`,
      { config: CONFIG }, token) as { createConnectorInstance: { id: string } };
    const binding = { tenantId, instanceId: created.createConnectorInstance.id };
    const sealed = async () => (await server.orm.em.fork().getConnection().execute<{ s: Buffer }[]>(
      'select secrets_ciphertext as s from connector_instance where id = ?', [binding.instanceId]))[0]!.s;

    const next = randomBytes(32);
    const env = { DATABASE_URL: server.orm.config.get('clientUrl')!, QD_ENCRYPTION_KEY: next.toString('base64'), QD_PREVIOUS_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEY };
    const first = await runCli(['keys', 'rotate'], env);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining('re-encrypted 1 connector secret(s); 0 already under the current key') });
    expect(new SecretBox(next).open(await sealed(), binding)).toEqual({ privateKey: 'rotate-me' });
    await expect(sealed().then((s) => new SecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'base64')).open(s, binding))).rejects.toThrow(SecretDecryptionError);

    const second = await runCli(['keys', 'rotate'], env);
    expect(second.stdout).toContain('re-encrypted 0 connector secret(s); 1 already under the current key');
  }, 120_000);
});
