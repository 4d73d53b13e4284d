import type { CryptoPort } from '@shared/crypto/crypto-port';
import { bytesToBase64, base64ToBytesOrThrow } from '@shared/encoding/base64';
import { concatBytes, utf8 } from '@shared/encoding/bytes';
import { bytesToHex } from '@shared/encoding/hex';
import type { SecretFingerprint } from '@shared/ledgers/definitions/api-credential.ledger';

/**
 * 一(三)1: what is kept of a secret typed once — its last 4 characters and a
 * salted SHA-256 — so that "is this the same key?" can be answered later
 * without the key ever being stored. Empty input keeps nothing.
 */
export async function fingerprintSecret(port: CryptoPort, secret: string): Promise<SecretFingerprint | null> {
  const trimmed = secret.trim();
  if (trimmed === '') return null;
  const salt = port.randomBytes(16);
  const digest = await port.sha256(concatBytes(salt, utf8(trimmed)));
  return { lastCharacters: [...trimmed].slice(-4).join(''), salt: bytesToBase64(salt), sha256: bytesToHex(digest) };
}

/** True when the typed secret is the one the fingerprint was taken of. */
export async function isSameSecret(port: CryptoPort, secret: string, fingerprint: SecretFingerprint): Promise<boolean> {
  const digest = await port.sha256(concatBytes(base64ToBytesOrThrow(fingerprint.salt), utf8(secret.trim())));
  return bytesToHex(digest) === fingerprint.sha256;
}
