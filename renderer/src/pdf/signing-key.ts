import forge from 'node-forge';
import { decodeDerOrThrow, encodeDer } from './der';

/**
 * The workspace's signing key as stored: the private key as PKCS#8 and its
 * public half as SubjectPublicKeyInfo, both DER. There is no password on
 * it: the record holding it is sealed with the workspace's data key
 * (AES-256-GCM, unlocked only by the merchant's passphrase or recovery
 * code), as every record is, and a password kept in the same sealed record
 * would protect nothing that the seal does not.
 */
export type SigningKeyMaterial = Readonly<{ pkcs8: Uint8Array<ArrayBuffer>; spki: Uint8Array<ArrayBuffer> }>;

/** The key ready to sign: a non-extractable WebCrypto key and its public half. */
export type SigningKey = Readonly<{ privateKey: CryptoKey; spki: Uint8Array<ArrayBuffer> }>;

const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** A new RSA-2048 key pair from the platform's WebCrypto (fast, and from its random source). */
export async function createSigningKeyMaterial(subtle: SubtleCrypto): Promise<SigningKeyMaterial> {
  const pair = await subtle.generateKey({ ...algorithm, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }, true, ['sign', 'verify']);
  const [pkcs8, spki] = await Promise.all([subtle.exportKey('pkcs8', pair.privateKey), subtle.exportKey('spki', pair.publicKey)]);
  return { pkcs8: new Uint8Array(pkcs8), spki: new Uint8Array(spki) };
}

/** Imports the stored key for signing; WebCrypto keeps it from being read back out. */
export async function importSigningKey(subtle: SubtleCrypto, material: SigningKeyMaterial): Promise<SigningKey> {
  const privateKey = await subtle.importKey('pkcs8', material.pkcs8, algorithm, false, ['sign']);
  return { privateKey, spki: material.spki };
}

/** Signs bytes with the key: RSASSA-PKCS1-v1_5 over their SHA-256. */
export async function signWithKey(subtle: SubtleCrypto, key: SigningKey, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle.sign(algorithm, key.privateKey, data));
}

/**
 * The key of a workspace made by the first release, which kept it as a
 * 3DES PKCS#12 with its password beside it in the same sealed record
 * (WebCrypto cannot open 3DES, so forge does). Throws on a wrong password
 * or a file without an RSA key.
 */
export function legacyPkcs12ToKeyMaterialOrThrow(p12: Uint8Array, passphrase: string): SigningKeyMaterial {
  const opened = forge.pkcs12.pkcs12FromAsn1(decodeDerOrThrow(p12), false, passphrase);
  const keyBag = forge.pki.oids['pkcs8ShroudedKeyBag']!;
  const privateKey = opened.getBags({ bagType: keyBag })[keyBag]?.[0]?.key;
  if (privateKey === undefined || !('n' in privateKey)) throw new Error('the signing identity holds no RSA private key');
  const publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  return {
    pkcs8: encodeDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(privateKey))),
    spki: encodeDer(forge.pki.publicKeyToAsn1(publicKey)),
  };
}

/** The forge public key of an SPKI, for the certificate. */
export function publicKeyFromSpki(spki: Uint8Array): forge.pki.rsa.PublicKey {
  return forge.pki.publicKeyFromAsn1(decodeDerOrThrow(spki));
}
