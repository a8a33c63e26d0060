import { Command } from 'commander';
import { keySource, loadEncryptionKeys, replaceEmbeddedKey } from '../secrets/encryption-key.js';
import { resealConnectorSecrets } from '../secrets/rotate-keys.js';
import { SecretBox } from '../secrets/secret-box.js';
import { withRuntime } from './runtime.js';

/**
 * `quarterdeck keys rotate`: re-seals every connector secret under the current key. With
 * QD_ENCRYPTION_KEY, set the new key there and the old one in QD_PREVIOUS_ENCRYPTION_KEYS first; with
 * the embedded default it makes the new key itself, keeping the old one until the next rotation.
 */
export function keysCommand(): Command {
  const keys = new Command('keys').description('manage the key connector secrets are encrypted with');
  keys.command('rotate').description('re-encrypt every connector secret under the current (or, embedded, a new) key')
    .action(async () => withRuntime(async (runtime) => {
      const source = keySource(runtime.config);
      let ring = await loadEncryptionKeys(source);
      if (!source.encryptionKey) ring = await replaceEmbeddedKey(source.dataDir, ring);
      const { resealed, current } = await resealConnectorSecrets(runtime.orm.em, new SecretBox(ring.current, ring.previous));
      console.log(`re-encrypted ${resealed} connector secret(s); ${current} already under the current key`);
      if (source.encryptionKey && ring.previous.length) console.log('you may now remove QD_PREVIOUS_ENCRYPTION_KEYS');
    }));
  return keys;
}
