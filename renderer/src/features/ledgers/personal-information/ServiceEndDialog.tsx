import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { serviceEndFormSchema, type ServiceEndScope } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import { instantOfOptionalInput } from '@shared/ledgers/ledger-fields';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { endService } from '@renderer/ledgers/personal-information-deletion';
import { useOpenSession, useSession } from '@renderer/session/session-context';

type ServiceEndDialogProps = Readonly<{ open: boolean; scope: ServiceEndScope; targetId: string; targetLabel: string; onClose: () => void }>;

/** 服务终止: when and why; the deletion is then due within 15 working days (一(一)3). */
export function ServiceEndDialog({ open, scope, targetId, targetLabel, onClose }: ServiceEndDialogProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const navigate = useNavigate();
  const [endedAt, setEndedAt] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Readonly<{ endedAt?: string; reason?: string; save?: string }>>({});

  const confirm = async () => {
    const parsed = serviceEndFormSchema(services.now).safeParse({ endedAt, reason });
    if (!parsed.success) {
      const messageOf = (field: string) => fieldErrorText('ledger.error.', parsed.error.issues.find((issue) => issue.path[0] === field)?.message);
      const next: { endedAt?: string; reason?: string } = {};
      const endedAtError = messageOf('endedAt');
      const reasonError = messageOf('reason');
      if (endedAtError !== undefined) next.endedAt = endedAtError;
      if (reasonError !== undefined) next.reason = reasonError;
      return setErrors(next);
    }
    setErrors({});
    try {
      const id = await endService(store, { scope, targetId, targetLabel, endedAt: instantOfOptionalInput(parsed.data.endedAt) ?? services.now(), reason: parsed.data.reason });
      onClose();
      void navigate(`/ledgers/personal-information-deletion/${id}`);
    } catch (error) {
      setErrors({ save: describeErrorZhCN(toAppError(error).code) });
    }
  };

  return (
    <ConfirmDialog open={open} title={t(`deletion.end.title.${scope}`)} confirmLabel={t('deletion.end.confirm')} cancelLabel={t('ledgers.form.cancel')} onConfirm={() => void confirm()} onCancel={onClose}>
      <p>{t('deletion.end.body')}</p>
      <FormField label={t('deletion.end.endedAt')} hint={t('deletion.end.endedAtHint')} error={errors.endedAt}>
        {(props) => <input {...props} type="datetime-local" value={endedAt} onChange={(event) => setEndedAt(event.target.value)} />}
      </FormField>
      <FormField label={t('deletion.end.reason')} hint={t('deletion.end.reasonHint')} error={errors.reason}>
        {(props) => <input {...props} value={reason} autoComplete="off" onChange={(event) => setReason(event.target.value)} />}
      </FormField>
      {errors.save !== undefined && <p role="alert" className="field-error">{errors.save}</p>}
    </ConfirmDialog>
  );
}
