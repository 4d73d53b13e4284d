import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { stepFormSchema, type StepForm as StepFormValues } from '@shared/ledgers/definitions/credential-leak.ledger';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import { useState } from 'react';

type StepFormProps = Readonly<{
  /** What the time is of (提交时间, 发送时间); default 完成时间. */
  atLabel?: string;
  noteLabel: string;
  submitLabel: string;
  onRecord: (step: Readonly<{ at: number; note: string }>) => Promise<void>;
}>;

/** Records that a step was done: when (to the minute, default now) and what was done. */
export function StepForm({ atLabel, noteLabel, submitLabel, onRecord }: StepFormProps) {
  const { services } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<StepFormValues>({ resolver: zodResolver(stepFormSchema(services.now)), defaultValues: { at: toChinaDateTimeInput(services.now()), note: '' } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onRecord({ at: instantOfInputOrThrow(values.at), note: values.note });
    } catch (error) {
      setFailure(describeErrorZhCN(toAppError(error).code));
    }
  });
  return (
    <form className="form step-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormField label={atLabel ?? t('ledgers.step.at')} error={fieldErrorText('ledger.error.', errors.at?.message)}>
        {(props) => <input {...props} {...form.register('at')} type="datetime-local" />}
      </FormField>
      <FormField label={noteLabel} error={fieldErrorText('ledger.error.', errors.note?.message)}>
        {(props) => <textarea {...props} {...form.register('note')} rows={3} />}
      </FormField>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
      {failure !== null && <p role="alert" className="field-error">{failure}</p>}
    </form>
  );
}
