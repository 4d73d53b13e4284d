import { zodResolver } from '@hookform/resolvers/zod';
import { Fragment, useState } from 'react';
import { Controller, useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import type { AnyLedgerContribution, FormFieldSpec } from '@renderer/ledgers/ledger-contribution';
import { enumText, hasLedgerText, ledgerText } from '@renderer/ledgers/ledger-text';
import { useSession } from '@renderer/session/session-context';
import { CheckGroup } from './CheckGroup';
import { ChoiceSelect } from './ChoiceSelect';
import { QuarterSelect } from './QuarterSelect';
import { RecordChecklist } from './RecordChecklist';
import { RecordSelect } from './RecordSelect';

const optionalHint = (hint: string | undefined) => (hint === undefined ? {} : { hint });

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
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<FieldValues>({
    resolver: zodResolver(contribution.formSchema(services.now)) as Resolver<FieldValues>,
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFailure(describeErrorZhCN(toAppError(error).code));
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
            {field.choose === true && <option value="">{t('ledgers.record.choose')}</option>}
            {field.options.map((option) => (
              <option key={option} value={option}>
                {enumText(definition, field.name, option)}
              </option>
            ))}
          </select>
        );
      case 'record':
        return <RecordSelect {...props} {...form.register(field.name)} ledger={field.ledger} selected={String(form.getValues(field.name) ?? '')} />;
      case 'quarter':
        return <QuarterSelect {...props} {...form.register(field.name)} selected={String(form.getValues(field.name) ?? '')} />;
      case 'choice':
        return <ChoiceSelect {...props} {...form.register(field.name)} useChoices={field.useChoices} />;
      case 'text':
        return <input {...props} {...form.register(field.name)} autoComplete="off" />;
      case 'records':
      case 'checks':
        return null;
      default: {
        const unreachable: never = field;
        return unreachable;
      }
    }
  };

  const label = (field: FormFieldSpec) => ledgerText(definition, `field.${field.name}`);
  const hint = (field: FormFieldSpec) => (hasLedgerText(definition, `hint.${field.name}`) ? ledgerText(definition, `hint.${field.name}`) : undefined);
  const error = (field: FormFieldSpec) => fieldErrorText('ledger.error.', errors[field.name]?.message as string | undefined);

  // Several ticked values: the boxes of a record list or of fixed options, kept as an array.
  const renderGroup = (field: Extract<FormFieldSpec, { kind: 'records' | 'checks' }>) => (
    <Controller
      control={form.control}
      name={field.name}
      render={({ field: control }) => {
        const common = { legend: label(field), hint: hint(field), error: error(field), value: (control.value ?? []) as string[], onChange: control.onChange, onBlur: control.onBlur };
        return field.kind === 'records' ? (
          <RecordChecklist {...common} ledger={field.ledger} />
        ) : (
          <CheckGroup {...common} options={field.options.map((option) => ({ value: option, label: enumText(definition, field.name, option) }))} />
        );
      }}
    />
  );

  return (
    <form className="form grid-form ledger-form" onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate>
      {contribution.fields.map((field, index) => (
        <Fragment key={field.name}>
          {field.group !== undefined && field.group !== contribution.fields[index - 1]?.group && <h3 className="span-all form-group-title">{ledgerText(definition, `group.${field.group}`)}</h3>}
          <div className={field.kind === 'textarea' || field.kind === 'records' || field.kind === 'checks' ? 'span-all' : undefined}>
            {field.kind === 'records' || field.kind === 'checks' ? (
              renderGroup(field)
            ) : (
              <FormField label={label(field)} {...optionalHint(hint(field))} error={error(field)}>
                {(props) => renderInput(field, props)}
              </FormField>
            )}
          </div>
        </Fragment>
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
          {failure}
        </p>
      )}
    </form>
  );
}
