import { z } from 'zod';
import { normalizeChineseMobile } from '../phone/phone-number';
import { findUnifiedSocialCreditCodeProblem, normalizeUnifiedSocialCreditCode } from '../validation/unified-social-credit-code';

export const operatorTypes = ['enterprise', 'sole-proprietor'] as const;
export type OperatorType = (typeof operatorTypes)[number];

export const signerRoles = ['legal-representative', 'authorised-representative'] as const;
export type SignerRole = (typeof signerRoles)[number];

const personName = z
  .string()
  .trim()
  .min(2, { message: 'person-name' })
  .max(30, { message: 'person-name' })
  .refine((name) => !/\d/.test(name), { message: 'person-name' });

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
    operatorName: z.string().trim().min(2, { message: 'operator-name' }).max(60, { message: 'operator-name' }),
    unifiedSocialCreditCode: z
      .string()
      .transform(normalizeUnifiedSocialCreditCode)
      .superRefine((code, context) => {
        const problem = findUnifiedSocialCreditCodeProblem(code);
        if (problem !== null) context.addIssue({ code: 'custom', message: `uscc-${problem}` });
      }),
    legalRepresentative: personName,
    signerRole: z.enum(signerRoles),
    signerName: z.string().trim().max(30, { message: 'person-name' }),
    contactPhone: z.string().trim().refine(isContactPhone, { message: 'contact-phone' }),
  })
  .superRefine((info, context) => {
    if (info.signerRole === 'authorised-representative' && personName.safeParse(info.signerName).success === false) {
      context.addIssue({ code: 'custom', path: ['signerName'], message: 'signer-name' });
    }
  });

export type OperatorInfoInput = z.input<typeof operatorInfoSchema>;
export type OperatorInfo = z.output<typeof operatorInfoSchema>;

/** The name that signs: the legal representative, or the authorised representative. */
export function signingPersonName(info: OperatorInfo): string {
  return info.signerRole === 'legal-representative' ? info.legalRepresentative : info.signerName;
}
