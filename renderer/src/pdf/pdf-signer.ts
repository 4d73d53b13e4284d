import './buffer-global';
import forge from 'node-forge';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { forgeOidOrThrow, type SigningKey } from './signing-identity';

export type SignatureDetails = Readonly<{ reason: string; name: string; location: string; contactInfo: string }>;

/**
 * A CMS (PKCS#7) detached SHA-256 signature with a key already decoded, so a
 * letter does not pay for opening the PKCS#12 again. The signed attributes
 * are content type, signing time and message digest, in the order PAdES
 * validators expect.
 */
class DecodedKeySigner extends Signer {
  constructor(private readonly key: SigningKey) {
    super();
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const cms = forge.pkcs7.createSignedData();
    cms.content = forge.util.createBuffer(pdf.toString('binary'));
    cms.addCertificate(this.key.certificate);
    cms.addSigner({
      key: this.key.privateKey,
      certificate: this.key.certificate,
      digestAlgorithm: forgeOidOrThrow('sha256'),
      authenticatedAttributes: [
        { type: forgeOidOrThrow('contentType'), value: forgeOidOrThrow('data') },
        // forge writes the time the signature is made when no value is given.
        { type: forgeOidOrThrow('signingTime'), ...(signingTime ? { value: signingTime.toISOString() } : {}) },
        { type: forgeOidOrThrow('messageDigest') },
      ],
    });
    cms.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(cms.toAsn1()).getBytes(), 'binary');
  }
}

/**
 * Adds a signature placeholder and a CMS (PKCS#7) detached signature over the
 * byte ranges, with the workspace's signing key. The result must never be
 * re-saved by a PDF library: a second (incremental) signature, such as the
 * provider's countersignature, can only be appended.
 */
export async function signPdf(pdf: Uint8Array, key: SigningKey, details: SignatureDetails): Promise<Uint8Array<ArrayBuffer>> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: details.reason,
    contactInfo: details.contactInfo,
    name: details.name,
    location: details.location,
    signatureLength: 16_384,
  });
  const signed = await new SignPdf().sign(withPlaceholder, new DecodedKeySigner(key));
  return new Uint8Array(signed);
}
