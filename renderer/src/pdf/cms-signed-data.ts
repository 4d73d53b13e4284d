import forge from 'node-forge';
import { decodeDerOrThrow, encodeDer, forgeOidOrThrow, toBinary } from './der';

const { asn1 } = forge;
const universal = asn1.Class.UNIVERSAL;

/** id-aa-signingCertificateV2 (RFC 5035). */
export const signingCertificateV2Oid = '1.2.840.113549.1.9.16.2.47';

const sequence = (...value: forge.asn1.Asn1[]) => asn1.create(universal, asn1.Type.SEQUENCE, true, value);
const set = (...value: forge.asn1.Asn1[]) => asn1.create(universal, asn1.Type.SET, true, value);
const oid = (dotted: string) => asn1.create(universal, asn1.Type.OID, false, asn1.oidToDer(dotted).getBytes());
const octets = (bytes: Uint8Array) => asn1.create(universal, asn1.Type.OCTETSTRING, false, toBinary(bytes));
const integer = (value: number) => asn1.create(universal, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const nullValue = () => asn1.create(universal, asn1.Type.NULL, false, '');
const attribute = (type: string, value: forge.asn1.Asn1) => sequence(oid(type), set(value));

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The signer's certificate as the CMS needs it: its issuer and serial, parsed from its DER. */
function issuerAndSerial(certificateDer: Uint8Array): forge.asn1.Asn1 {
  const [tbs] = decodeDerOrThrow(certificateDer).value as forge.asn1.Asn1[];
  const fields = tbs!.value as forge.asn1.Asn1[];
  // An explicit version ([0]) comes first in a v3 certificate.
  const offset = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return sequence(fields[offset + 2]!, fields[offset]!);
}

export type CmsSignerPort = Readonly<{
  sha256: (data: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;
  /** RSASSA-PKCS1-v1_5 with SHA-256 over the bytes given. */
  sign: (data: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;
}>;

/**
 * A detached CMS SignedData over `content` as PAdES baseline B-B wants it
 * (ETSI EN 319 142-1, on CAdES): signed attributes content-type (id-data),
 * message-digest and signing-certificate-v2 (RFC 5035: the SHA-256 of the
 * signer's certificate, so the certificate cannot be swapped; its optional
 * issuerSerial is left out), and no signing-time attribute (the claimed time
 * is the signature dictionary's /M). The attributes are DER-sorted and
 * signed as a SET, as CMS requires (RFC 5652, 5.4).
 */
export async function createPadesSignedData(content: Uint8Array<ArrayBuffer>, certificateDer: Uint8Array<ArrayBuffer>, port: CmsSignerPort): Promise<Uint8Array<ArrayBuffer>> {
  const sha256 = forgeOidOrThrow('sha256');
  const [contentDigest, certificateDigest] = await Promise.all([port.sha256(content), port.sha256(certificateDer)]);
  const attributes = [
    attribute(forgeOidOrThrow('contentType'), oid(forgeOidOrThrow('data'))),
    attribute(forgeOidOrThrow('messageDigest'), octets(contentDigest)),
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2's hash algorithm defaults to SHA-256.
    attribute(signingCertificateV2Oid, sequence(sequence(sequence(octets(certificateDigest))))),
  ]
    .map((node) => ({ node, der: encodeDer(node) }))
    .sort((a, b) => compareBytes(a.der, b.der))
    .map(({ node }) => node);
  const signature = await port.sign(encodeDer(set(...attributes)));
  const signedAttributes = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributes);
  const digestAlgorithm = sequence(oid(sha256), nullValue());
  const signerInfo = sequence(
    integer(1),
    issuerAndSerial(certificateDer),
    digestAlgorithm,
    signedAttributes,
    sequence(oid(forgeOidOrThrow('rsaEncryption')), nullValue()),
    octets(signature),
  );
  const signedData = sequence(
    integer(1),
    set(sequence(oid(sha256), nullValue())),
    sequence(oid(forgeOidOrThrow('data'))),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [decodeDerOrThrow(certificateDer)]),
    set(signerInfo),
  );
  return encodeDer(sequence(oid(forgeOidOrThrow('signedData')), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])));
}
