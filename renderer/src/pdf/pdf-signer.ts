import './buffer-global';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';

export type SignatureDetails = Readonly<{ reason: string; name: string; location: string; contactInfo: string }>;

/**
 * Adds a signature placeholder and a CMS (PKCS#7) detached signature over the
 * byte ranges, with the workspace's PKCS#12 identity. The result must never be
 * re-saved by a PDF library: a second (incremental) signature, such as the
 * provider's countersignature, can only be appended.
 */
export async function signPdf(pdf: Uint8Array, p12: Uint8Array, passphrase: string, details: SignatureDetails): Promise<Uint8Array<ArrayBuffer>> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: details.reason,
    contactInfo: details.contactInfo,
    name: details.name,
    location: details.location,
    signatureLength: 16_384,
  });
  const signer = new P12Signer(Buffer.from(p12), { passphrase });
  const signed = await new SignPdf().sign(withPlaceholder, signer);
  return new Uint8Array(signed);
}
