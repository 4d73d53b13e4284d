import { z } from 'zod';
import { optionalPastDateTimeInput, safeText } from './ledger-fields';
import { normalizeChineseMobile } from '../phone/phone-number';
import { scenarioIdSchema, type ScenarioId } from './scenario-id';

/** 一(一)1: consent must be explicit and traceable. */
export const consentMethods = ['written', 'online-tick', 'other-traceable'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** The longest text each free field keeps (the form and the import check the same). */
export const personalInformationTextLimits = { name: 40, source: 100, usage: 200 } as const;

/** A mainland mobile number as people write it; the error is `ledger.error.phone`. */
export const mobileNumberInput = z
  .string()
  .trim()
  .refine((value) => normalizeChineseMobile(value) !== null, { message: 'phone' });

/**
 * One entry of the personal-information ledger as entered in the form. The
 * collection time may be left empty: the record then takes the moment it is
 * saved, not the moment the page was opened. Error messages are catalogue
 * keys under `ledger.error.`.
 */
export function personalInformationFormSchema(now: () => number) {
  return z.object({
    phone: mobileNumberInput,
    name: safeText(personalInformationTextLimits.name),
    scenario: scenarioIdSchema,
    source: safeText(personalInformationTextLimits.source, { required: true }),
    consent: z.enum(consentMethods),
    collectedAt: optionalPastDateTimeInput(now),
    usage: safeText(personalInformationTextLimits.usage),
  });
}

export type PersonalInformationForm = z.infer<ReturnType<typeof personalInformationFormSchema>>;

/** What is sealed in a personal-information row. */
export type PersonalInformationFields = Readonly<{
  phone: string;
  name: string;
  /** One of the agreed scenarios, or a new one whose scope change has the provider's consent (一(三)3). */
  scenario: ScenarioId;
  source: string;
  consent: ConsentMethod;
  collectedAt: number;
  usage: string;
  evidenceIds: readonly string[];
  /** The import batch the number came in with; '' for one entered by hand. */
  batchId: string;
}>;
