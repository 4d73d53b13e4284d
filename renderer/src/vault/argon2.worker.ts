import type { Argon2Params } from '@shared/crypto/crypto-port';
import { deriveArgon2id } from './argon2';

// Argon2id takes ~0.3 s and 64 MiB: done here so the window never freezes.

type Argon2Request = { id: number; passphrase: string; salt: Uint8Array; params: Argon2Params };

self.addEventListener('message', (event: MessageEvent<Argon2Request>) => {
  const { id, passphrase, salt, params } = event.data;
  deriveArgon2id(passphrase, salt, params).then(
    (key) => self.postMessage({ id, key }, { transfer: [key.buffer] }),
    () => self.postMessage({ id, error: true }),
  );
});
