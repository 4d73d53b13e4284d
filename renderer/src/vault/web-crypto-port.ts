import type { Argon2Params, CryptoPort, KeyHandle } from '@shared/crypto/crypto-port';
import { utf8 } from '@shared/encoding/bytes';

type Argon2 = (passphrase: string, salt: Uint8Array, params: Argon2Params) => Promise<Uint8Array<ArrayBuffer>>;

// WebCrypto wants ArrayBuffer-backed views; ours always are, the types just cannot tell.
const buffer = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;
const asCryptoKey = (handle: KeyHandle) => handle as unknown as CryptoKey;
const asHandle = (key: CryptoKey) => key as unknown as KeyHandle;

/**
 * The CryptoPort over WebCrypto: every key is imported or derived as
 * non-extractable, so no script can read key bytes back out.
 */
export function createWebCryptoPort(subtle: SubtleCrypto, getRandomValues: (array: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>, argon2id: Argon2): CryptoPort {
  const hkdf = (salt: Uint8Array, info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: buffer(salt), info: utf8(info) });
  return {
    randomBytes: (length) => getRandomValues(new Uint8Array(length)),
    argon2id,
    importAeadKey: async (raw) => asHandle(await subtle.importKey('raw', buffer(raw), 'AES-GCM', false, ['encrypt', 'decrypt'])),
    importHkdfKey: async (raw) => asHandle(await subtle.importKey('raw', buffer(raw), 'HKDF', false, ['deriveKey', 'deriveBits'])),
    deriveAeadKey: async (base, salt, info) =>
      asHandle(await subtle.deriveKey(hkdf(salt, info), asCryptoKey(base), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])),
    deriveHmacKey: async (base, salt, info) =>
      asHandle(await subtle.deriveKey(hkdf(salt, info), asCryptoKey(base), { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign'])),
    aeadEncrypt: async (key, iv, plaintext, aad) =>
      new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(aad) }, asCryptoKey(key), buffer(plaintext))),
    aeadDecrypt: async (key, iv, ciphertext, aad) =>
      new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(aad) }, asCryptoKey(key), buffer(ciphertext))),
    hmacSha256: async (key, data) => new Uint8Array(await subtle.sign('HMAC', asCryptoKey(key), buffer(data))),
    sha256: async (data) => new Uint8Array(await subtle.digest('SHA-256', buffer(data))),
  };
}
