import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { operatorInfoSchema, operatorTypes, signerRoles, type OperatorInfo, type OperatorInfoInput } from '@shared/signing/operator.schema';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { addAttachment, readAttachment } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';

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

/** Step 1: the operator, its 统一社会信用代码 (check digit verified), and who signs. */
export function OperatorStep({ draftId, draft, onSave }: OperatorStepProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [authorisation, setAuthorisation] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<OperatorInfoInput, unknown, OperatorInfo>({
    resolver: zodResolver(operatorInfoSchema),
    defaultValues: { ...blank, ...(draft.operator as Partial<OperatorInfoInput> | null) },
  });
  const { errors, isSubmitting } = form.formState;
  const signerRole = useWatch({ control: form.control, name: 'signerRole' });
  const error = (text: string | undefined) => fieldErrorText('operator.error.', text);

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
    const result = await services.host.files.openFile({ filters: [{ name: '图片或 PDF', extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] }], maxBytes: 20 * 1024 * 1024 });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    if (result.value === null) return;
    const id = await addAttachment(store, { table: 'signingDrafts', id: draftId }, result.value, 'authorisation-letter', services.now());
    setAuthorisation(result.value.name);
    await onSave({ authorisationAttachmentId: id });
  };

  const submit = form.handleSubmit(async (values) => {
    if (values.signerRole === 'authorised-representative' && draft.authorisationAttachmentId === null) {
      return setMessage(t('operator.authorisationMissing'));
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
      <FormField label={t('operator.name')} error={error(errors.operatorName?.message)}>
        {(props) => <input {...props} {...form.register('operatorName')} autoComplete="organization" />}
      </FormField>
      <FormField label={t('operator.uscc')} error={error(errors.unifiedSocialCreditCode?.message)}>
        {(props) => <input {...props} {...form.register('unifiedSocialCreditCode')} autoComplete="off" maxLength={22} className="monospace" />}
      </FormField>
      <FormField label={t('operator.legalRepresentative')} error={error(errors.legalRepresentative?.message)}>
        {(props) => <input {...props} {...form.register('legalRepresentative')} autoComplete="name" />}
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
          <FormField label={t('operator.signerName')} error={error(errors.signerName?.message)}>
            {(props) => <input {...props} {...form.register('signerName')} autoComplete="off" />}
          </FormField>
          <div className="field">
            <span>{t('operator.authorisation')}</span>
            <div className="actions">
              <button type="button" className="button" onClick={() => void attach()}>
                {t('documents.verify.action')}
              </button>
              {authorisation && <span>{t('operator.authorisationAttached', { name: authorisation })}</span>}
            </div>
          </div>
        </>
      )}
      <FormField label={t('operator.contactPhone')} error={error(errors.contactPhone?.message)}>
        {(props) => <input {...props} {...form.register('contactPhone')} inputMode="tel" autoComplete="tel" />}
      </FormField>
      {message !== null && <p className="field-error" role="alert">{message}</p>}
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('signing.next')}
        </button>
      </div>
    </form>
  );
}
