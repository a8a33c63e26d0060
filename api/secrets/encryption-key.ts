import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type Config } from '../config/config.js';

export const KEY_FILE = 'encryption.key';
export const PREVIOUS_KEYS_FILE = 'encryption.key.previous';

export interface EncryptionKeys {
  current: Buffer;
  previous: Buffer[];
}

export interface KeySource {
  encryptionKey: string | undefined;
  previousKeys: string | undefined;
  dataDir: string;
  embedded: boolean;
}

/** Where the process's keys come from, per its config. */
export function keySource(config: Config): KeySource {
  return { encryptionKey: config.encryptionKey, previousKeys: config.previousEncryptionKeys, dataDir: config.dataDir, embedded: !config.databaseUrl };
}

/**
 * Parses a 32-byte key given as 64 hex digits or base64 (`openssl rand -base64 32`).
 *
 * @example
 * parseEncryptionKey('00'.repeat(32)).length; //=> 32
 * parseEncryptionKey('short'); //=> throws ConfigError
 */
export function parseEncryptionKey(raw: string, source = 'QD_ENCRYPTION_KEY'): Buffer {
  const text = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, '')) {
    throw new ConfigError(`${source} must be 32 bytes as 64 hex digits or base64 (try: openssl rand -base64 32)`);
  }
  return key;
}

const parseList = (raw: string, source: string) =>
  raw.split(/[\s,]+/).filter(Boolean).map((k) => parseEncryptionKey(k, source));

/**
 * The keys connector secrets are sealed with: QD_ENCRYPTION_KEY (+ QD_PREVIOUS_ENCRYPTION_KEYS) when
 * set; otherwise, for the embedded default, `<dataDir>/encryption.key` (+ `.previous`), generated
 * once with mode 0600. With an external database and no key we refuse: a key generated on one
 * machine would strand the secrets on the others.
 */
export async function loadEncryptionKeys(source: KeySource): Promise<EncryptionKeys> {
  if (source.encryptionKey) {
    return { current: parseEncryptionKey(source.encryptionKey), previous: parseList(source.previousKeys ?? '', 'QD_PREVIOUS_ENCRYPTION_KEYS') };
  }
  if (!source.embedded) {
    throw new ConfigError('QD_ENCRYPTION_KEY is required with DATABASE_URL (32 bytes, e.g. `openssl rand -base64 32`)');
  }
  const file = path.join(source.dataDir, KEY_FILE);
  await mkdir(source.dataDir, { recursive: true });
  await writeFile(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // kept: it is the key in use
  });
  const previous = await readFile(path.join(source.dataDir, PREVIOUS_KEYS_FILE), 'utf8').catch(() => '');
  return { current: parseEncryptionKey(await readFile(file, 'utf8'), file), previous: parseList(previous, PREVIOUS_KEYS_FILE) };
}

/**
 * For the embedded default: makes a new current key, keeping the old one among the previous keys so
 * rows not yet re-sealed still open. Returns the new keys.
 */
export async function replaceEmbeddedKey(dataDir: string, keys: EncryptionKeys): Promise<EncryptionKeys> {
  const next = randomBytes(32);
  const previous = [keys.current, ...keys.previous];
  await writeFile(path.join(dataDir, PREVIOUS_KEYS_FILE), previous.map((k) => k.toString('base64')).join('\n') + '\n', { mode: 0o600 });
  const staged = path.join(dataDir, `${KEY_FILE}.next`);
  await writeFile(staged, next.toString('base64') + '\n', { mode: 0o600 });
  await rename(staged, path.join(dataDir, KEY_FILE));
  return { current: next, previous };
}
