import type { SelectHTMLAttributes } from 'react';
import { t } from '@renderer/i18n/t';
import type { Choice } from '@renderer/ledgers/ledger-contribution';

type ChoiceSelectProps = SelectHTMLAttributes<HTMLSelectElement> & Readonly<{ useChoices: () => readonly Choice[] | null }>;

/**
 * Chooses one of a list read at run time (the scenarios selectable now).
 * Like RecordSelect, it waits for the options before the form's value is
 * applied to it.
 */
export function ChoiceSelect({ useChoices, ...props }: ChoiceSelectProps) {
  const choices = useChoices();
  if (choices === null) {
    return (
      <select id={props.id} disabled aria-busy="true">
        <option>{t('ledgers.record.loadingOptions')}</option>
      </select>
    );
  }
  return (
    <select {...props}>
      <option value="">{t('ledgers.record.choose')}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
