/**
 * An opaque key: its bytes stay inside the crypto implementation (a
 * non-extractable CryptoKey in WebCrypto). The brand keeps raw bytes out.
 */
export type KeyHandle = Readonly<{ readonly keyHandleBrand: unique symbol }>;

/** Argon2id cost parameters, stored with every key they derive. */
export type Argon2Params = Readonly<{ memoryKiB: number; iterations: number; parallelism: number }>;

/**
 * The cryptographic primitives the vault needs, passed in so that shared/
 * stays pure. The renderer implements it with WebCrypto and hash-wasm.
 */
export type CryptoPort = Readonly<{
  randomBytes(length: number): Uint8Array<ArrayBuffer>;
  argon2id(passphrase: string, salt: Uint8Array, params: Argon2Params): Promise<Uint8Array<ArrayBuffer>>;
  importAeadKey(raw: Uint8Array): Promise<KeyHandle>;
  importHkdfKey(raw: Uint8Array): Promise<KeyHandle>;
  deriveAeadKey(base: KeyHandle, salt: Uint8Array, info: string): Promise<KeyHandle>;
  deriveHmacKey(base: KeyHandle, salt: Uint8Array, info: string): Promise<KeyHandle>;
  /** AES-256-GCM; returns ciphertext with its 16-byte tag. */
  aeadEncrypt(key: KeyHandle, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
  /** AES-256-GCM; rejects when the tag does not verify. */
  aeadDecrypt(key: KeyHandle, iv: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
  hmacSha256(key: KeyHandle, data: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
  sha256(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
}>;

/** Size of an AES-GCM nonce. */
export const aeadIvBytes = 12;

/** Size of the data key and of every derived key. */
export const keyBytes = 32;
