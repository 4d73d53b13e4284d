import type { AnyLedgerDefinition, LedgerColumn } from '@shared/ledgers/ledger-definition';
import { maskChineseMobile } from '@shared/phone/phone-number';
import { isAgreedScenario, scopeChangeIdOf } from '@shared/ledgers/scenario-id';
import { formatDate, formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { enumText } from '@renderer/ledgers/ledger-text';

/** True for a column that shows what someone typed (a name, a note, a key's last characters): data, not words of the app. */
export function isEnteredText(column: LedgerColumn<unknown>): boolean {
  return column.format === 'text' || column.format === 'ref' || column.format === 'masked-phone';
}

/**
 * A scenario as a ledger shows it: an agreed one in the ledger's words, a
 * consented new one (一(三)3) by the name its scope change gave it (`names`
 * holds the scope changes' descriptions by record id).
 */
export function scenarioText(definition: Pick<AnyLedgerDefinition, 'id'>, name: string, scenarioId: string, names: ReadonlyMap<string, string>): string {
  if (isAgreedScenario(scenarioId)) return enumText(definition, name, scenarioId);
  const scopeChangeId = scopeChangeIdOf(scenarioId);
  return (scopeChangeId === null ? undefined : names.get(scopeChangeId)) ?? t('ledgers.record.missingRef');
}

/** A column's value as a merchant reads it: dates in China time, enums in words, names for ids, phones masked. */
export function columnText(definition: AnyLedgerDefinition, column: LedgerColumn<unknown>, payload: unknown, names: ReadonlyMap<string, string>): string {
  const value = column.value(payload);
  if (value === null || value === '') return '—';
  switch (column.format) {
    case 'date':
      return typeof value === 'number' ? formatDate(value) : String(value);
    case 'datetime':
      return typeof value === 'number' ? formatDateTime(value) : String(value);
    case 'enum':
      return enumText(definition, column.id, String(value));
    case 'ref':
      return names.get(String(value)) ?? t('ledgers.record.missingRef');
    case 'scenario':
      return scenarioText(definition, column.id, String(value), names);
    case 'masked-phone':
      return maskChineseMobile(String(value));
    case 'yes-no':
      return value === true ? t('ledgers.yes') : t('ledgers.no');
    case 'number':
    case 'text':
      return String(value);
    default: {
      const unreachable: never = column.format;
      return String(unreachable);
    }
  }
}
