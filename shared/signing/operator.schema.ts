import { z } from 'zod';
import { normalizeChineseMobile } from '../phone/phone-number';
import { findUnifiedSocialCreditCodeProblem, normalizeUnifiedSocialCreditCode } from '../validation/unified-social-credit-code';

export const operatorTypes = ['enterprise', 'sole-proprietor'] as const;
export type OperatorType = (typeof operatorTypes)[number];

export const signerRoles = ['legal-representative', 'authorised-representative'] as const;
export type SignerRole = (typeof signerRoles)[number];

/** Characters as a reader counts them (code points, not UTF-16 units). */
export function countCharacters(text: string): number {
  return [...text.trim()].length;
}

/**
 * A name between `min` and `max` characters; each way of getting it wrong
 * has its own message (`<kind>-missing`, `-short`, `-long`), so a name that
 * was filled in is never told to be filled in.
 */
function boundedName(kind: 'operator-name' | 'person-name', min: number, max: number) {
  return z
    .string()
    .trim()
    .superRefine((name, context) => {
      const length = countCharacters(name);
      if (length === 0) context.addIssue({ code: 'custom', message: `${kind}-missing` });
      else if (length < min) context.addIssue({ code: 'custom', message: `${kind}-short` });
      else if (length > max) context.addIssue({ code: 'custom', message: `${kind}-long` });
    });
}

/** Most characters in an operator's name (营业执照) and in a person's name. */
export const nameLimits = { operator: 60, person: 30 } as const;

const personName = boundedName('person-name', 2, nameLimits.person).refine((name) => !/\d/.test(name), { message: 'person-name-digits' });

/** A fixed-line number as printed on a licence (区号-号码, optional extension) or a mobile number. */
export function isContactPhone(input: string): boolean {
  if (normalizeChineseMobile(input) !== null) return true;
  return /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(input.replace(/\s/g, ''));
}

/**
 * Step 1 of signing: who the operator (经营者) is and who signs. Messages
 * are catalogue keys under `operator.error.`.
 */
export const operatorInfoSchema = z
  .object({
    operatorType: z.enum(operatorTypes),
    operatorName: boundedName('operator-name', 2, nameLimits.operator),
    unifiedSocialCreditCode: z
      .string()
      .transform(normalizeUnifiedSocialCreditCode)
      .superRefine((code, context) => {
        const problem = findUnifiedSocialCreditCodeProblem(code);
        if (problem !== null) context.addIssue({ code: 'custom', message: `uscc-${problem}` });
      }),
    legalRepresentative: personName,
    signerRole: z.enum(signerRoles),
    signerName: z.string().trim(),
    contactPhone: z.string().trim().refine(isContactPhone, { message: 'contact-phone' }),
  })
  .superRefine((info, context) => {
    if (info.signerRole !== 'authorised-representative') return;
    const problem = personName.safeParse(info.signerName).error?.issues[0]?.message;
    if (problem !== undefined) context.addIssue({ code: 'custom', path: ['signerName'], message: problem === 'person-name-missing' ? 'signer-name-missing' : problem });
  });

export type OperatorInfoInput = z.input<typeof operatorInfoSchema>;
export type OperatorInfo = z.output<typeof operatorInfoSchema>;

/** The name that signs: the legal representative, or the authorised representative. */
export function signingPersonName(info: OperatorInfo): string {
  return info.signerRole === 'legal-representative' ? info.legalRepresentative : info.signerName;
}
