import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@shared/encoding/base64';
import { getOrCreateSigningKeyMaterial, openSigningKey } from '@renderer/signing/workspace-signing-identity';
import { openTestStore } from '../../../support/open-test-store';

// The first release kept the key as a 3DES PKCS#12 with its password in the
// same sealed record. Made here the way that release made it.
function legacyIdentity(passphrase: string) {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = '01';
  certificate.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
  certificate.validity.notAfter = new Date(Date.UTC(2036, 0, 1));
  certificate.setSubject([{ shortName: 'CN', value: 'SMS Compliance Assistant workspace' }]);
  certificate.setIssuer([{ shortName: 'CN', value: 'SMS Compliance Assistant workspace' }]);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate], passphrase, { algorithm: '3des' })).getBytes();
  const spki = forge.asn1.toDer(forge.pki.publicKeyToAsn1(keys.publicKey)).getBytes();
  return { p12: Uint8Array.from(p12, (char) => char.charCodeAt(0)), spki: Uint8Array.from(spki, (char) => char.charCodeAt(0)), certificatePem: forge.pki.certificateToPem(certificate) };
}

describe('a signing key kept as the first release kept it', () => {
  it('is rewritten in place as PKCS#8, the same key, its password dropped', async () => {
    const store = await openTestStore();
    const legacy = legacyIdentity('0123456789abcdef0123456789abcdef0123');
    const id = await store.putRecord('signingKeys', {
      index: { createdAt: 1 },
      fields: { p12: bytesToBase64(legacy.p12), passphrase: '0123456789abcdef0123456789abcdef0123', certificatePem: legacy.certificatePem, fingerprint: 'ab'.repeat(32) },
    });
    const material = await getOrCreateSigningKeyMaterial(store, 2);
    expect(material.spki).toEqual(legacy.spki);
    const row = await store.getRecord('signingKeys', id);
    expect(Object.keys(row!.fields as object).sort()).toEqual(['format', 'pkcs8', 'spki']);
    expect(await store.count('signingKeys')).toBe(1);
    const key = await openSigningKey(store, 3);
    expect(key.privateKey.extractable).toBe(false);
  });

  it('is refused as unreadable when its password does not open it', async () => {
    const store = await openTestStore();
    const legacy = legacyIdentity('right');
    await store.putRecord('signingKeys', { index: { createdAt: 1 }, fields: { p12: bytesToBase64(legacy.p12), passphrase: 'wrong', certificatePem: legacy.certificatePem, fingerprint: 'ab'.repeat(32) } });
    await expect(getOrCreateSigningKeyMaterial(store, 2)).rejects.toMatchObject({ code: 'vault/record-unreadable' });
  });
});
