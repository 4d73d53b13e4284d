import type { CryptoPort } from '@shared/crypto/crypto-port';
import { createWebCryptoPort } from './web-crypto-port';
import { createWorkerArgon2 } from './worker-argon2';

let port: CryptoPort | null = null;

/** The page's CryptoPort: WebCrypto, with Argon2id in a worker. */
export function getBrowserCryptoPort(): CryptoPort {
  port ??= createWebCryptoPort(crypto.subtle, (array) => crypto.getRandomValues(array), createWorkerArgon2());
  return port;
}
