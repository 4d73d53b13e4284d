import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { extractSignature } from '@signpdf/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingCertificateV2Oid } from '@renderer/pdf/cms-signed-data';
import { createPdfFactory } from '@renderer/pdf/pdf-factory';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { createSignedLetter, type SignedLetter } from '@renderer/signing/signed-letter';
import { openTestStore } from '../../../support/open-test-store';
import { nodePdfAssets, pdfWorkDir, syntheticSignaturePng } from '../../../support/pdf-test-assets';

// The signature of a letter as a validator reads it: the CMS taken out of
// the PDF and parsed with node-forge, and pdfsig's report.

const { asn1 } = forge;
const oids = forge.pki.oids;
const work = pdfWorkDir();
afterAll(work.remove);

let letter: SignedLetter;
let file: string;
let signerInfo: forge.asn1.Asn1[];
let certificate: forge.asn1.Asn1;
let signedContent: Buffer;

const children = (node: forge.asn1.Asn1) => node.value as forge.asn1.Asn1[];
const oidOf = (node: forge.asn1.Asn1) => asn1.derToOid(forge.util.createBuffer(node.value as string));
const sha256 = (binary: string) => createHash('sha256').update(Buffer.from(binary, 'binary')).digest('hex');

beforeAll(async () => {
  const store = await openTestStore();
  letter = await createSignedLetter(store, createPdfFactory(nodePdfAssets), {
    template: currentLetterTemplate,
    templateSha256: await verifiedTemplateHash(),
    operator: {
      operatorType: 'sole-proprietor',
      operatorName: '深圳市南山区张记便利店',
      unifiedSocialCreditCode: '92350100M000100Y40',
      legalRepresentative: '张建国',
      signerRole: 'legal-representative',
      signerName: '',
      contactPhone: '13900001234',
    },
    signature: null,
    authorisation: null,
    images: [{ role: 'representative-signature', png: syntheticSignaturePng(300, 100), aspect: 3 }],
    soleProprietorBoxChecked: false,
    crossPageMark: false,
    signedAt: Date.UTC(2026, 10, 28, 4),
    app: { name: '短信合规助手', version: '0.1.0', runtime: 'electron', platform: 'windows', electronVersion: '45.0.0', chromeVersion: '140.0.0.0' },
  });
  file = path.join(work.dir, 'pades.pdf');
  writeFileSync(file, letter.pdf);
  const extracted = extractSignature(Buffer.from(letter.pdf)) as { signature: string; signedData: Buffer };
  signedContent = extracted.signedData;
  const contentInfo = asn1.fromDer(extracted.signature);
  expect(oidOf(children(contentInfo)[0]!)).toBe(oids['signedData']);
  const signedData = children(children(contentInfo)[1]!)[0]!;
  const [, , , certificates, signerInfos] = children(signedData);
  certificate = children(certificates!)[0]!;
  signerInfo = children(children(signerInfos!)[0]!);
}, 60_000);

describe('the signed letter\'s signature (PAdES baseline B-B)', () => {
  it('signs content-type, message-digest and signing-certificate-v2, and no signing-time', () => {
    const attributes = children(signerInfo[3]!);
    const types = attributes.map((attribute) => oidOf(children(attribute)[0]!));
    expect(types.sort()).toEqual([oids['contentType'], oids['messageDigest'], signingCertificateV2Oid].sort());
    expect(types).not.toContain(oids['signingTime']);
    const value = (type: string) => children(children(attributes.find((attribute) => oidOf(children(attribute)[0]!) === type)!)[1]!)[0]!;
    expect(oidOf(value(oids['contentType']!))).toBe(oids['data']);
    expect(Buffer.from(value(oids['messageDigest']!).value as string, 'binary').toString('hex')).toBe(createHash('sha256').update(signedContent).digest('hex'));
    // SigningCertificateV2 { certs { ESSCertIDv2 { certHash } } }, SHA-256 by default: the hash of the certificate in the CMS.
    const essCertId = children(children(value(signingCertificateV2Oid))[0]!)[0]!;
    const certHash = children(essCertId).find((node) => node.type === asn1.Type.OCTETSTRING)!;
    expect(Buffer.from(certHash.value as string, 'binary').toString('hex')).toBe(sha256(asn1.toDer(certificate).getBytes()));
  });

  it('is a valid RSA signature over the DER-encoded attribute set, by the certificate\'s key', () => {
    const attributes = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, children(signerInfo[3]!));
    const md = forge.md.sha256.create();
    md.update(asn1.toDer(attributes).getBytes());
    const publicKey = forge.pki.certificateFromAsn1(certificate).publicKey as forge.pki.rsa.PublicKey;
    expect(publicKey.verify(md.digest().getBytes(), signerInfo[5]!.value as string)).toBe(true);
  });

  it('names the merchant and its 统一社会信用代码 in the certificate, in UTF8String, and says it is self-signed', () => {
    const parsed = forge.pki.certificateFromAsn1(certificate);
    const field = (type: string) => parsed.subject.attributes.find((attribute) => attribute.type === type);
    expect(field(oids['commonName']!)).toMatchObject({ valueTagClass: asn1.Type.UTF8 });
    expect(forge.util.decodeUtf8(String(field(oids['commonName']!)?.value))).toBe('深圳市南山区张记便利店');
    expect(forge.util.decodeUtf8(String(field(oids['organizationName']!)?.value))).toBe('深圳市南山区张记便利店');
    expect(field('2.5.4.97')?.value).toBe('NTRCN-92350100M000100Y40');
    expect(forge.util.decodeUtf8(String(field(oids['organizationalUnitName']!)?.value))).toContain('自签名证书');
    expect(parsed.issuer.hash).toBe(parsed.subject.hash);
    expect(sha256(asn1.toDer(certificate).getBytes())).toBe(letter.record.certificateFingerprint);
  });

  it('reads back in pdfsig: valid, ETSI.CAdES.detached, the merchant\'s name as signer', () => {
    const report = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: 深圳市南山区张记便利店');
    expect(report).toMatch(/Signer full Distinguished Name: .*NTRCN-92350100M000100Y40/);
    expect(report).toContain('Signing Time: Nov 28 2026 04:00:00');
  });
});
