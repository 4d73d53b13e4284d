import { z } from 'zod';
import { normalizeChineseMobile } from '../phone/phone-number';
import { findForbiddenIdentifier } from '../validation/forbidden-identifiers';

/** 一(一)2: the only scenarios phone numbers may be used for. */
export const agreedScenarios = ['verification-code', 'account-security', 'business-reminder'] as const;
export type AgreedScenario = (typeof agreedScenarios)[number];

/** 一(一)1: consent must be explicit and traceable. */
export const consentMethods = ['written', 'online-tick', 'other-traceable'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

// Free text must not smuggle in what 一(一)1 forbids collecting.
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'tooLong' })
    .superRefine((value, context) => {
      const found = findForbiddenIdentifier(value);
      if (found !== null) context.addIssue({ code: 'custom', message: found === 'id-card' ? 'idCard' : 'bankCard' });
    });

/**
 * One entry of the personal-information ledger as entered in the form (and,
 * later, in imports). Error messages are catalogue keys under `pi.error.`.
 */
export const personalInformationFormSchema = z.object({
  phone: z
    .string()
    .trim()
    .refine((value) => normalizeChineseMobile(value) !== null, { message: 'phone' }),
  name: freeText(40),
  scenario: z.enum(agreedScenarios),
  source: freeText(100).pipe(z.string().min(1, { message: 'required' })),
  consent: z.enum(consentMethods),
  collectedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'required' }),
  usage: freeText(200),
});

export type PersonalInformationForm = z.infer<typeof personalInformationFormSchema>;

/** What is sealed in a personal-information row. */
export type PersonalInformationFields = Readonly<{
  phone: string;
  name: string;
  scenario: AgreedScenario;
  source: string;
  consent: ConsentMethod;
  collectedAt: number;
  usage: string;
  evidenceIds: readonly string[];
}>;
