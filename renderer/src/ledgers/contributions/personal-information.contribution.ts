import { AppError } from '@shared/errors/app-error';
import { agreedScenarios, consentMethods, personalInformationFormSchema, type PersonalInformationFields, type PersonalInformationForm } from '@shared/ledgers/personal-information.schema';
import { normalizeChineseMobile } from '@shared/phone/phone-number';
import { parseChinaDateTimeInput, toChinaDateTimeInput } from '@shared/time/china-time';
import type { LedgerContribution } from '../ledger-contribution';

/** 个人信息: one phone number, its scenario, source, consent and use. */
export const personalInformationContribution: LedgerContribution<PersonalInformationFields, PersonalInformationForm> = {
  fields: [
    { name: 'phone', kind: 'text' },
    { name: 'name', kind: 'text' },
    { name: 'scenario', kind: 'select', options: agreedScenarios },
    { name: 'consent', kind: 'select', options: consentMethods },
    { name: 'source', kind: 'text' },
    { name: 'collectedAt', kind: 'datetime' },
    { name: 'usage', kind: 'text' },
  ],
  formSchema: () => personalInformationFormSchema,
  emptyForm: (now) => ({ phone: '', name: '', scenario: 'verification-code', source: '', consent: 'written', collectedAt: toChinaDateTimeInput(now), usage: '' }),
  toForm: (payload) => ({ ...payload, collectedAt: toChinaDateTimeInput(payload.collectedAt) }),
  toPayload: (form, previous, context) => {
    const phone = normalizeChineseMobile(form.phone);
    const collectedAt = parseChinaDateTimeInput(form.collectedAt);
    if (phone === null || collectedAt === null || collectedAt > context.now) throw new AppError('storage/invalid-row');
    return { ...form, phone, collectedAt, evidenceIds: previous?.evidenceIds ?? [] };
  },
  editable: true,
};
