import type { AuditVerification } from '@shared/audit/audit-chain';
import { messagesZhCN, type MessageKey } from '@shared/i18n/zh-CN';
import { ledgerDefinitionOfTable } from '@shared/ledgers/ledger-registry';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { t } from '@renderer/i18n/t';

/** The name a merchant knows a table by: its ledger's title, or what the workspace keeps there. */
export function describeStoreTable(table: string): string {
  const definition = ledgerDefinitionOfTable(table);
  const title = definition === null ? '' : ledgerText(definition, 'title');
  if (title !== '') return title;
  const key = `security.audit.table.${table}`;
  return key in messagesZhCN ? t(key as MessageKey) : t('security.audit.table.unknown');
}

/** One Chinese sentence for the result of 核验审计日志: intact, or which attack it found. */
export function describeAuditVerification(verification: AuditVerification): string {
  if (verification.ok) return t('security.audit.ok', { count: verification.count });
  switch (verification.reason) {
    case 'wiped':
      return verification.seq > 0 ? t('security.audit.broken.wiped', { seq: verification.seq }) : t('security.audit.broken.wiped-unknown');
    case 'row-replaced':
    case 'row-missing':
    case 'row-unlogged':
      return t(`security.audit.broken.${verification.reason}`, { seq: verification.seq, table: describeStoreTable(verification.table) });
    case 'malformed':
    case 'sequence-gap':
    case 'link-broken':
    case 'hash-mismatch':
    case 'tail-missing':
    case 'head-rewritten':
    case 'tail-cut-head-rewritten':
    case 'log-replaced':
      return t(`security.audit.broken.${verification.reason}`, { seq: verification.seq });
  }
}
