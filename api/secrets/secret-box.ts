import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Where a ciphertext belongs: it decrypts only for the same tenant and connector instance. */
export interface SecretBinding {
  tenantId: string;
  instanceId: string;
}

export class SecretDecryptionError extends Error {
  override readonly name = 'SecretDecryptionError';
}

const VERSION = 1;
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES);

/**
 * AES-256-GCM, laid out as `version | key id | iv | tag | ciphertext`. The tenant and instance ids are
 * additional authenticated data, so a row copied to another tenant or instance fails to decrypt. It
 * seals under the current key and opens under any key of its ring, found by key id (a hash prefix), so
 * a key rotation interrupted half-way still reads every row.
 *
 * @example
 * const box = new SecretBox(randomBytes(32));
 * box.open(box.seal({ privateKey: 'k' }, binding), binding); //=> { privateKey: 'k' }
 */
export class SecretBox {
  readonly keyId: Buffer;
  private readonly ring = new Map<string, Buffer>();

  constructor(private readonly key: Buffer, previous: readonly Buffer[] = []) {
    for (const k of [key, ...previous]) {
      if (k.length !== 32) throw new Error(`an AES-256 key is 32 bytes, got ${k.length}`);
      this.ring.set(keyIdOf(k).toString('hex'), k);
    }
    this.keyId = keyIdOf(key);
  }

  seal(secrets: Record<string, unknown>, binding: SecretBinding): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(aad(binding));
    const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), this.keyId, iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer, binding: SecretBinding): Record<string, unknown> {
    if (sealed.length < 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
      throw new SecretDecryptionError('connector secrets are not in a format this version reads');
    }
    const key = this.ring.get(sealed.subarray(1, 1 + KEY_ID_BYTES).toString('hex'));
    if (!key) {
      throw new SecretDecryptionError('connector secrets were encrypted under a key this server does not have (QD_ENCRYPTION_KEY changed without QD_PREVIOUS_ENCRYPTION_KEYS?)');
    }
    let offset = 1 + KEY_ID_BYTES;
    const iv = sealed.subarray(offset, (offset += IV_BYTES));
    const tag = sealed.subarray(offset, (offset += TAG_BYTES));
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(tag);
    try {
      const plain = Buffer.concat([decipher.update(sealed.subarray(offset)), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new SecretDecryptionError('connector secrets do not decrypt for this tenant and instance');
    }
  }

  /** Whether `sealed` is under the current key already (a rotation skips it). */
  sealedWithCurrentKey(sealed: Buffer): boolean {
    return sealed.subarray(1, 1 + KEY_ID_BYTES).equals(this.keyId);
  }
}

function aad({ tenantId, instanceId }: SecretBinding): Buffer {
  return Buffer.from(`quarterdeck:connector-secrets:${tenantId}:${instanceId}`, 'utf8');
}
