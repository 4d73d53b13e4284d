import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { Link } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { SaveRefusal, type AnyLedgerContribution, type FormFieldSpec } from '@renderer/ledgers/ledger-contribution';
import { enumText, hasLedgerText, ledgerText } from '@renderer/ledgers/ledger-text';
import { useSession } from '@renderer/session/session-context';
import { RecordSelect } from './RecordSelect';

type LedgerFormProps = Readonly<{
  definition: AnyLedgerDefinition;
  contribution: AnyLedgerContribution;
  initial: Record<string, unknown>;
  submitLabel: string;
  /** Saves the checked form; a thrown error is shown under the form, the form stays filled. */
  onSubmit: (form: Record<string, unknown>) => Promise<void>;
  onCancel?: () => void;
}>;

/**
 * A ledger's form, drawn from its contribution's field list and checked by
 * its schema (the same one the import and the repository use). One message
 * at a time: a new attempt clears the last one.
 */
export function LedgerForm({ definition, contribution, initial, submitLabel, onSubmit, onCancel }: LedgerFormProps) {
  const { services } = useSession();
  const [failure, setFailure] = useState<Readonly<{ text: string; link: SaveRefusal['link'] }> | null>(null);
  const form = useForm<FieldValues>({
    resolver: zodResolver(contribution.formSchema(services.now)) as Resolver<FieldValues>,
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof SaveRefusal) return setFailure({ text: error.text, link: error.link });
      setFailure({ text: describeErrorZhCN(toAppError(error).code), link: null });
      throw error;
    }
  });

  const renderInput = (field: FormFieldSpec, props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => {
    switch (field.kind) {
      case 'textarea':
        return <textarea {...props} {...form.register(field.name)} rows={4} />;
      case 'date':
        return <input {...props} {...form.register(field.name)} type="date" />;
      case 'datetime':
        return <input {...props} {...form.register(field.name)} type="datetime-local" />;
      case 'secret':
        return <input {...props} {...form.register(field.name)} type="password" autoComplete="off" spellCheck={false} />;
      case 'select':
        return (
          <select {...props} {...form.register(field.name)}>
            {field.options.map((option) => (
              <option key={option} value={option}>
                {enumText(definition, field.name, option)}
              </option>
            ))}
          </select>
        );
      case 'record':
        return <RecordSelect {...props} {...form.register(field.name)} ledger={field.ledger} selected={String(form.getValues(field.name) ?? '')} />;
      case 'text':
        return <input {...props} {...form.register(field.name)} autoComplete="off" />;
      default: {
        const unreachable: never = field;
        return unreachable;
      }
    }
  };

  return (
    <form
      className="form grid-form ledger-form"
      onSubmit={(event) => {
        // One message at a time: a new attempt clears the last refusal before the fields are checked again.
        setFailure(null);
        void submit(event).catch(() => undefined);
      }}
      noValidate
    >
      {contribution.fields.map((field) => (
        <div key={field.name} className={field.kind === 'textarea' ? 'span-all' : undefined}>
          <FormField
            label={ledgerText(definition, `field.${field.name}`)}
            {...(hasLedgerText(definition, `hint.${field.name}`) ? { hint: ledgerText(definition, `hint.${field.name}`) } : {})}
            error={fieldErrorText('ledger.error.', errors[field.name]?.message as string | undefined)}
          >
            {(props) => renderInput(field, props)}
          </FormField>
        </div>
      ))}
      <div className="actions span-all">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? t('ledgers.form.saving') : submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
            {t('ledgers.form.cancel')}
          </button>
        )}
      </div>
      {failure !== null && (
        <p role="alert" className="field-error span-all">
          {failure.text}
          {failure.link !== null && (
            <>
              {' '}
              <Link to={failure.link.to}>{failure.link.label}</Link>
            </>
          )}
        </p>
      )}
    </form>
  );
}
