import templateV1Json from '@assets/templates/sms-interface-security-letter.v1.json';
import templateV2Json from '@assets/templates/sms-interface-security-letter.v2.json';
import { AppError } from '@shared/errors/app-error';
import { bytesToHex } from '@shared/encoding/hex';
import { utf8 } from '@shared/encoding/bytes';
import { canonicalLetterText, letterTemplateSchema, type LetterTemplate } from '@shared/letter/letter-template';

/**
 * Every version of the letter the app knows, one file each in
 * assets/templates: new signatures use the newest, and a letter signed with
 * an older one keeps pointing to (and can still load) the version it signed.
 */
export const letterTemplates: readonly LetterTemplate[] = [templateV1Json, templateV2Json].map((json) => letterTemplateSchema.parse(json));

/** The letter the app offers for signing: the newest version. */
export const currentLetterTemplate: LetterTemplate = letterTemplates.reduce((newest, template) => (template.version > newest.version ? template : newest));

/** A version of the letter by id and version, as a signed letter names it. */
export function findLetterTemplateOrThrow(id: string, version: number): LetterTemplate {
  const template = letterTemplates.find((candidate) => candidate.id === id && candidate.version === version);
  if (template === undefined) throw new AppError('letter/unknown-template');
  return template;
}

const verified = new Map<LetterTemplate, Promise<string>>();

/**
 * The template's SHA-256 over its canonical text, checked against the hash
 * stored in the file: a template that was edited by hand refuses to be signed.
 */
export function verifiedTemplateHash(template: LetterTemplate = currentLetterTemplate): Promise<string> {
  let pending = verified.get(template);
  if (pending === undefined) {
    pending = crypto.subtle.digest('SHA-256', utf8(canonicalLetterText(template))).then((digest) => {
      const hash = bytesToHex(new Uint8Array(digest));
      if (hash !== template.sha256) throw new Error(`letter template ${template.id} v${template.version} does not match its hash`);
      return hash;
    });
    verified.set(template, pending);
  }
  return pending;
}
