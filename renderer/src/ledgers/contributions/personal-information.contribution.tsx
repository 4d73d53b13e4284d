import { AppError } from '@shared/errors/app-error';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { consentMethods, personalInformationFormSchema, type PersonalInformationFields, type PersonalInformationForm } from '@shared/ledgers/personal-information.schema';
import { maskChineseMobile, normalizeChineseMobile } from '@shared/phone/phone-number';
import { parseChinaDateTimeInput, toChinaDateTimeInput } from '@shared/time/china-time';
import { ImportActions } from '@renderer/features/ledgers/personal-information/ImportActions';
import { ServiceEndPanel } from '@renderer/features/ledgers/personal-information/ServiceEndPanel';
import { t } from '@renderer/i18n/t';
import { SaveRefusal, type LedgerContribution } from '../ledger-contribution';
import { createLedgerRepository } from '../ledger-repository';
import { selectableScenarioOrThrow, useScenarioChoices } from '../scenario-source';

/** 个人信息: one phone number, its scenario, source, consent and use. */
export const personalInformationContribution: LedgerContribution<PersonalInformationFields, PersonalInformationForm> = {
  fields: [
    { name: 'phone', kind: 'text' },
    { name: 'name', kind: 'text' },
    { name: 'scenario', kind: 'choice', useChoices: useScenarioChoices },
    { name: 'consent', kind: 'select', options: consentMethods },
    { name: 'source', kind: 'text' },
    { name: 'collectedAt', kind: 'datetime' },
    { name: 'usage', kind: 'text' },
  ],
  formSchema: personalInformationFormSchema,
  // The collection time stays empty: saving fills in the moment of saving, not of opening the page.
  emptyForm: () => ({ phone: '', name: '', scenario: 'verification-code', source: '', consent: 'written', collectedAt: '', usage: '' }),
  toForm: (payload) => ({ phone: payload.phone, name: payload.name, scenario: payload.scenario, source: payload.source, consent: payload.consent, collectedAt: toChinaDateTimeInput(payload.collectedAt), usage: payload.usage }),
  // 一(三)3: a new scenario only once the provider's consent is recorded in 场景变更申请.
  toPayload: async (form, previous, context) => {
    const phone = normalizeChineseMobile(form.phone);
    const collectedAt = form.collectedAt === '' ? context.now : parseChinaDateTimeInput(form.collectedAt);
    if (phone === null || collectedAt === null || collectedAt > context.now) throw new AppError('storage/invalid-row');
    const scenario = await selectableScenarioOrThrow(context.store, form.scenario);
    return { ...form, phone, scenario: scenario.id, collectedAt, evidenceIds: previous?.evidenceIds ?? [], batchId: previous?.batchId ?? '' };
  },
  // 一(一)3: one record per number; the same number again is refused, with the way to the record that has it.
  checkBeforeSave: async (payload, context) => {
    const found = await createLedgerRepository(context.store, personalInformationLedger).find('phoneIndex', await context.store.phoneIndex(payload.phone));
    const other = found.records.find((record) => record.id !== context.recordId);
    if (other !== undefined) {
      throw new SaveRefusal(t('pi.duplicate', { phone: maskChineseMobile(payload.phone) }), { to: `/ledgers/personal-information/${other.id}`, label: t('pi.duplicate.open') });
    }
  },
  editable: true,
  deletable: false,
  listActions: () => <ImportActions />,
  panel: (record) => <ServiceEndPanel record={record} />,
};
