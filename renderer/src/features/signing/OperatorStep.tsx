import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { countCharacters, nameLimits, operatorInfoSchema, operatorTypes, signerRoles, type OperatorInfo, type OperatorInfoInput } from '@shared/signing/operator.schema';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { findUnifiedSocialCreditCodeProblem } from '@shared/validation/unified-social-credit-code';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { addAttachment, readAttachment } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { AuthorisationLetterField } from './AuthorisationLetterField';
import { CodeTypeWarning } from './CodeTypeWarning';

type OperatorStepProps = Readonly<{ draftId: string; draft: SigningDraft; onSave: (change: Partial<SigningDraft>) => Promise<void> }>;

const blank: OperatorInfoInput = {
  operatorType: 'enterprise',
  operatorName: '',
  unifiedSocialCreditCode: '',
  legalRepresentative: '',
  signerRole: 'legal-representative',
  signerName: '',
  contactPhone: '',
};

const authorisationFilters = [{ name: '图片或 PDF', extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] }];

/** Step 1: the operator, its 统一社会信用代码 (check digit verified, type checked), and who signs. */
export function OperatorStep({ draftId, draft, onSave }: OperatorStepProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [authorisation, setAuthorisation] = useState<string | null>(null);
  const [authorisationError, setAuthorisationError] = useState<string | null>(null);
  const form = useForm<OperatorInfoInput, unknown, OperatorInfo>({
    resolver: zodResolver(operatorInfoSchema),
    defaultValues: { ...blank, ...(draft.operator as Partial<OperatorInfoInput> | null) },
  });
  const { errors, isSubmitting } = form.formState;
  const [signerRole, operatorType, code] = useWatch({ control: form.control, name: ['signerRole', 'operatorType', 'unifiedSocialCreditCode'] });
  // Too long or too short: the message says how many characters there are now.
  const error = (field: keyof OperatorInfoInput, max?: number) =>
    fieldErrorText('operator.error.', errors[field]?.message, { count: countCharacters(String(form.getValues(field) ?? '')), max: max ?? '' });

  useEffect(() => {
    if (draft.authorisationAttachmentId === null) return undefined;
    let active = true;
    readAttachment(store, draft.authorisationAttachmentId).then(
      (file) => active && setAuthorisation(file.name),
      () => active && setAuthorisation(''),
    );
    return () => {
      active = false;
    };
  }, [store, draft.authorisationAttachmentId]);

  const attach = async () => {
    const result = await services.host.files.openFile({ filters: authorisationFilters, maxBytes: 20 * 1024 * 1024 });
    if (!result.ok) return setAuthorisationError(describeErrorZhCN(result.error.code));
    if (result.value === null) return;
    const id = await addAttachment(store, { table: 'signingDrafts', id: draftId }, result.value, 'authorisation-letter', services.now());
    setAuthorisation(result.value.name);
    setAuthorisationError(null);
    await onSave({ authorisationAttachmentId: id });
  };

  const submit = form.handleSubmit(async (values) => {
    if (values.signerRole === 'authorised-representative' && draft.authorisationAttachmentId === null) {
      return setAuthorisationError(t('operator.authorisationMissing'));
    }
    await onSave({ operator: { ...form.getValues() }, step: 'read' });
  });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="choice">
        <legend>{t('operator.type')}</legend>
        {operatorTypes.map((type) => (
          <label key={type} className="radio">
            <input type="radio" value={type} {...form.register('operatorType')} />
            {t(`operator.type.${type}`)}
          </label>
        ))}
      </fieldset>
      {/* autoComplete off: the browser's autofill would keep names and numbers in clear in its own files, past an agent's clean-up. */}
      <FormField label={t('operator.name')} error={error('operatorName', nameLimits.operator)}>
        {(props) => <input {...props} {...form.register('operatorName')} autoComplete="off" />}
      </FormField>
      <FormField label={t('operator.uscc')} error={error('unifiedSocialCreditCode')}>
        {(props) => <input {...props} {...form.register('unifiedSocialCreditCode')} autoComplete="off" maxLength={22} className="monospace" />}
      </FormField>
      {findUnifiedSocialCreditCodeProblem(code) === null && (
        <CodeTypeWarning operatorType={operatorType} code={code} onSwitch={(type) => form.setValue('operatorType', type)} />
      )}
      <FormField label={t('operator.legalRepresentative')} error={error('legalRepresentative', nameLimits.person)}>
        {(props) => <input {...props} {...form.register('legalRepresentative')} autoComplete="off" />}
      </FormField>
      <fieldset className="choice">
        <legend>{t('operator.signerRole')}</legend>
        {signerRoles.map((role) => (
          <label key={role} className="radio">
            <input type="radio" value={role} {...form.register('signerRole')} />
            {t(`operator.signerRole.${role}`)}
          </label>
        ))}
      </fieldset>
      {signerRole === 'authorised-representative' && (
        <>
          <FormField label={t('operator.signerName')} error={error('signerName', nameLimits.person)}>
            {(props) => <input {...props} {...form.register('signerName')} autoComplete="off" />}
          </FormField>
          <AuthorisationLetterField attachedName={authorisation} error={authorisationError} onPick={() => void attach()} />
        </>
      )}
      <FormField label={t('operator.contactPhone')} error={error('contactPhone')}>
        {(props) => <input {...props} {...form.register('contactPhone')} inputMode="tel" autoComplete="off" />}
      </FormField>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('signing.next')}
        </button>
      </div>
    </form>
  );
}
