import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEncryptionKeys, parseEncryptionKey, replaceEmbeddedKey } from '../../api/secrets/encryption-key.js';
import { SecretBox, SecretDecryptionError } from '../../api/secrets/secret-box.js';

const binding = { tenantId: '6f1c1c1e-0000-4000-8000-000000000001', instanceId: '6f1c1c1e-0000-4000-8000-000000000002' };

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));
  const sealed = box.seal({ privateKey: 'very-secret' }, binding);

  it('round-trips and never holds the plaintext', () => {
    expect(box.open(sealed, binding)).toEqual({ privateKey: 'very-secret' });
    expect(sealed.toString('latin1')).not.toContain('very-secret');
    expect(box.seal({ privateKey: 'very-secret' }, binding).equals(sealed)).toBe(false); // fresh IV each time
  });

  it.each([
    ['another tenant', { ...binding, tenantId: '6f1c1c1e-0000-4000-8000-000000000009' }],
    ['another instance', { ...binding, instanceId: '6f1c1c1e-0000-4000-8000-000000000009' }],
  ])('refuses a row copied to %s', (_name, elsewhere) => {
    expect(() => box.open(sealed, elsewhere)).toThrow(SecretDecryptionError);
  });

  it('refuses a tampered ciphertext', () => {
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => box.open(tampered, binding)).toThrow(SecretDecryptionError);
  });

  it('opens under a previous key and seals under the current one', () => {
    const next = new SecretBox(randomBytes(32), [randomBytes(32), box['key'] as Buffer]);
    expect(next.open(sealed, binding)).toEqual({ privateKey: 'very-secret' });
    expect(next.sealedWithCurrentKey(sealed)).toBe(false);
    expect(next.sealedWithCurrentKey(next.seal({}, binding))).toBe(true);
    expect(() => new SecretBox(randomBytes(32)).open(sealed, binding)).toThrow(/key this server does not have/);
  });
});

describe('encryption keys', () => {
  it.each([
    ['hex', '11'.repeat(32), true],
    ['base64', randomBytes(32).toString('base64'), true],
    ['too short', randomBytes(16).toString('base64'), false],
    ['not base64', 'x'.repeat(44), false],
  ])('parses %s', (_name, raw, ok) => {
    if (ok) expect(parseEncryptionKey(raw)).toHaveLength(32);
    else expect(() => parseEncryptionKey(raw)).toThrow(/32 bytes/);
  });

  it('generates the embedded key once, mode 0600, and rotates keeping the old one', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qd-keys-'));
    const source = { encryptionKey: undefined, previousKeys: undefined, dataDir, embedded: true };
    const first = await loadEncryptionKeys(source);
    expect((await loadEncryptionKeys(source)).current.equals(first.current)).toBe(true);
    expect((await stat(path.join(dataDir, 'encryption.key'))).mode & 0o777).toBe(0o600);
    const rotated = await replaceEmbeddedKey(dataDir, first);
    const reloaded = await loadEncryptionKeys(source);
    expect(reloaded.current.equals(rotated.current)).toBe(true);
    expect(reloaded.previous.map((k) => k.toString('hex'))).toEqual([first.current.toString('hex')]);
    expect(await readFile(path.join(dataDir, 'encryption.key'), 'utf8')).not.toContain(first.current.toString('base64'));
  });

  it('requires a key with an external database', async () => {
    await expect(loadEncryptionKeys({ encryptionKey: undefined, previousKeys: undefined, dataDir: '/nonexistent', embedded: false }))
      .rejects.toThrow(/QD_ENCRYPTION_KEY is required/);
  });
});
