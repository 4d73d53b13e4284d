import forge from 'node-forge';
import { bytesToHex } from '@shared/encoding/hex';
import { encodeDer, forgeOidOrThrow, toBinary } from './der';
import { publicKeyFromSpki, signWithKey, type SigningKey } from './signing-key';

/** Whom the certificate names: the operator (经营者) and its 统一社会信用代码. */
export type CertificateSubject = Readonly<{ operatorName: string; unifiedSocialCreditCode: string }>;

export type IssuedCertificate = Readonly<{ der: Uint8Array<ArrayBuffer>; fingerprint: string }>;

/**
 * Says, in the certificate itself, what it is: made by the app in this
 * workspace and signed by its own key, vouched for by no one else.
 */
export const selfSignedUnitName = '短信合规助手工作区自签名证书（未经第三方认证）';

const organizationIdentifier = '2.5.4.97';

// forge has this function but its typings do not list it.
const { getTBSCertificate } = forge.pki as unknown as { getTBSCertificate: (certificate: forge.pki.Certificate) => forge.asn1.Asn1 };
const validityYears = 20;

/**
 * The subject, in UTF8String so a Chinese name reads back as written: CN and
 * O the operator's name, organizationIdentifier "NTRCN-" + the 统一社会信用代码
 * (ETSI EN 319 412-1: national trade register, China), OU that it is
 * self-signed, C = CN.
 */
function subjectAttributes(subject: CertificateSubject): forge.pki.CertificateField[] {
  // Workaround: @types/node-forge declares valueTagClass as an ASN.1 class;
  // forge reads it as the value's type tag (and UTF-8-encodes for UTF8).
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  return [
    { type: forgeOidOrThrow('commonName'), value: subject.operatorName, valueTagClass: utf8 },
    { type: forgeOidOrThrow('organizationName'), value: subject.operatorName, valueTagClass: utf8 },
    { type: organizationIdentifier, value: `NTRCN-${subject.unifiedSocialCreditCode}`, valueTagClass: utf8 },
    { type: forgeOidOrThrow('organizationalUnitName'), value: selfSignedUnitName, valueTagClass: utf8 },
    { type: forgeOidOrThrow('countryName'), value: 'CN' },
  ];
}

/**
 * A self-signed X.509 certificate for the workspace's key, naming the
 * operator who signs this letter; the key signs it through WebCrypto. It
 * lets a PDF reader check that the file was not changed after signing; it
 * does not prove who signed (no authority checked the name).
 */
export async function issueSelfSignedCertificate(
  subtle: SubtleCrypto,
  key: SigningKey,
  subject: CertificateSubject,
  options: Readonly<{ now: Date; serial: Uint8Array }>,
): Promise<IssuedCertificate> {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKeyFromSpki(key.spki);
  // A positive INTEGER: the leading 01 keeps the top bit clear.
  certificate.serialNumber = `01${bytesToHex(options.serial)}`;
  certificate.validity.notBefore = new Date(options.now.getTime() - 60_000);
  certificate.validity.notAfter = new Date(options.now.getTime() + validityYears * 365 * 24 * 3_600_000);
  certificate.setSubject(subjectAttributes(subject));
  certificate.setIssuer(subjectAttributes(subject));
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  const sha256WithRsa = forgeOidOrThrow('sha256WithRSAEncryption');
  certificate.siginfo.algorithmOid = sha256WithRsa;
  certificate.signatureOid = sha256WithRsa;
  const tbs = getTBSCertificate(certificate);
  certificate.tbsCertificate = tbs;
  certificate.signature = toBinary(await signWithKey(subtle, key, encodeDer(tbs)));
  const der = encodeDer(forge.pki.certificateToAsn1(certificate));
  return { der, fingerprint: bytesToHex(new Uint8Array(await subtle.digest('SHA-256', der))) };
}
