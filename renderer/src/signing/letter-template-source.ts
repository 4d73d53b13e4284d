import templateJson from '@assets/templates/sms-interface-security-letter.v1.json';
import { bytesToHex } from '@shared/encoding/hex';
import { utf8 } from '@shared/encoding/bytes';
import { canonicalLetterText, letterTemplateSchema, type LetterTemplate } from '@shared/letter/letter-template';

/** The letter the app offers for signing (one file per version in assets/templates). */
export const currentLetterTemplate: LetterTemplate = letterTemplateSchema.parse(templateJson);

let verified: Promise<string> | null = null;

/**
 * The template's SHA-256 over its canonical text, checked against the hash
 * stored in the file: a template that was edited by hand refuses to be signed.
 */
export function verifiedTemplateHash(template: LetterTemplate = currentLetterTemplate): Promise<string> {
  verified ??= crypto.subtle.digest('SHA-256', utf8(canonicalLetterText(template))).then((digest) => {
    const hash = bytesToHex(new Uint8Array(digest));
    if (hash !== template.sha256) throw new Error('letter template does not match its hash');
    return hash;
  });
  return verified;
}
