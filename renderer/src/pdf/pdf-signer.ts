import './buffer-global';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { createPadesSignedData } from './cms-signed-data';
import { signWithKey, type SigningKey } from './signing-key';

/**
 * What the signature dictionary says besides the signature. @signpdf writes
 * these strings byte for byte only when they are ASCII, so they carry
 * identifiers; the words for people are on the evidence page.
 */
export type SignatureDetails = Readonly<{ reason: string; signedAt: Date }>;

/**
 * The CMS signer @signpdf calls with the signed byte ranges: WebCrypto signs
 * (the key never leaves it), node-forge only writes the ASN.1.
 */
class PadesSigner extends Signer {
  constructor(
    private readonly key: SigningKey,
    private readonly certificateDer: Uint8Array<ArrayBuffer>,
  ) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const subtle = crypto.subtle;
    const cms = await createPadesSignedData(new Uint8Array(content), this.certificateDer, {
      sha256: async (data) => new Uint8Array(await subtle.digest('SHA-256', data)),
      sign: (data) => signWithKey(subtle, this.key, data),
    });
    return Buffer.from(cms);
  }
}

/**
 * Adds a signature placeholder (SubFilter ETSI.CAdES.detached, /M the
 * signing time) and a PAdES baseline B-B signature over the byte ranges,
 * with the workspace's key and the certificate issued for this letter. The
 * result must never be re-saved by a PDF library: a second (incremental)
 * signature, such as the provider's countersignature, can only be appended.
 */
export async function signPdf(pdf: Uint8Array, key: SigningKey, certificateDer: Uint8Array<ArrayBuffer>, details: SignatureDetails): Promise<Uint8Array<ArrayBuffer>> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: details.reason,
    contactInfo: '',
    name: '',
    location: '',
    signingTime: details.signedAt,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: 16_384,
  });
  const signed = await new SignPdf().sign(withPlaceholder, new PadesSigner(key, certificateDer));
  return new Uint8Array(signed);
}
