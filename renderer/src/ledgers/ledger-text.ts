import { messagesZhCN, formatMessage, type MessageKey } from '@shared/i18n/zh-CN';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';

/**
 * Text of a ledger from the catalogue, under `ledger.<id>.<suffix>`. Every
 * key a definition implies (title, columns, options, slots, fields) is
 * checked to exist by a unit test, so a missing one fails there, not on screen.
 */
export function ledgerText(definition: Pick<AnyLedgerDefinition, 'id'>, suffix: string, params?: Readonly<Record<string, string | number>>): string {
  const key = `ledger.${definition.id}.${suffix}`;
  return key in messagesZhCN ? formatMessage(key as MessageKey, params) : '';
}

/** True when the catalogue has a text for the key (optional hints). */
export function hasLedgerText(definition: Pick<AnyLedgerDefinition, 'id'>, suffix: string): boolean {
  return `ledger.${definition.id}.${suffix}` in messagesZhCN;
}

/** The words of an enum value of a column or field: `ledger.<id>.enum.<name>.<value>`. */
export function enumText(definition: Pick<AnyLedgerDefinition, 'id'>, name: string, value: string): string {
  return ledgerText(definition, `enum.${name}.${value}`);
}
