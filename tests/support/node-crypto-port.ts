import { webcrypto } from 'node:crypto';
import type { Argon2Params, CryptoPort } from '@shared/crypto/crypto-port';
import { deriveArgon2id } from '@renderer/vault/argon2';
import { createWebCryptoPort } from '@renderer/vault/web-crypto-port';

/** The app's own WebCrypto port, over Node's WebCrypto, with real Argon2id. */
export function createNodeCryptoPort(): CryptoPort {
  return createWebCryptoPort(webcrypto.subtle as SubtleCrypto, (array) => webcrypto.getRandomValues(array), deriveArgon2id);
}

/** A port whose randomness is a fixed stream, for known-answer fixtures. */
export function createDeterministicCryptoPort(seed: number): CryptoPort {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state >>> 24;
  };
  const base = createNodeCryptoPort();
  return {
    ...base,
    randomBytes: (length: number) => Uint8Array.from({ length }, next),
  };
}

/** Cheap Argon2 parameters for tests that create many workspaces. */
export const testArgon2Params: Argon2Params = { memoryKiB: 8_192, iterations: 1, parallelism: 1 };
