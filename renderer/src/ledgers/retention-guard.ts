import { AppError } from '@shared/errors/app-error';
import type { AnyLedgerDefinition, IndexValues } from '@shared/ledgers/ledger-definition';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import { deletionVerdict, type DeletionVerdict, type RetentionLetter } from '@shared/ledgers/retention';
import { obligationById } from '@shared/obligations/obligation-catalogue';
import { generatedDocumentRemovals } from '@renderer/documents/generated-documents';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createLedgerRepository } from './ledger-repository';

// Every deletion of a ledger record or of a file kept with one goes through
// here: 二(一) (and a record's own keeping period) is checked again at the
// moment of deleting, whatever the screen showed.

/** What a deletion needs to know: the letter's service end, the time. */
export type RetentionContext = Readonly<{ letter: RetentionLetter | null; now: number }>;

/** Whether a record (or a file kept with it) may be deleted now. */
export function recordDeletionVerdict(definition: AnyLedgerDefinition, record: Readonly<{ id: string; index: IndexValues }>, context: RetentionContext): DeletionVerdict {
  return deletionVerdict(definition, context.letter, context.now, record);
}

/** Deletes a record with its files; refused with `retention/record-kept` while it must be kept. */
export async function removeRecordOrThrow(store: WorkspaceStore, definition: AnyLedgerDefinition, record: Readonly<{ id: string; index: IndexValues }>, context: RetentionContext): Promise<void> {
  if (!recordDeletionVerdict(definition, record, context).allowed) throw new AppError('retention/record-kept');
  await createLedgerRepository(store, definition).remove(record.id);
}

/** Deletes one file kept with a record (and its line in 文档); refused like the record itself. */
export async function removeAttachmentOrThrow(
  store: WorkspaceStore,
  definition: AnyLedgerDefinition,
  record: Readonly<{ id: string; index: IndexValues }>,
  attachmentId: string,
  context: RetentionContext,
): Promise<void> {
  if (!recordDeletionVerdict(definition, record, context).allowed) throw new AppError('retention/record-kept');
  const owner = { table: definition.table, id: record.id };
  const file = await store.getRecord('attachments', attachmentId);
  if (file === null || file.index['ownerTable'] !== owner.table || file.index['ownerId'] !== owner.id) throw new AppError('storage/invalid-row');
  await store.writeRows([{ table: 'attachments', remove: attachmentId }, ...(await generatedDocumentRemovals(store, owner, attachmentId))], {
    action: 'attachment-deleted',
    table: definition.table,
    recordId: record.id,
  });
}

/**
 * Why deleting a record (or a file kept with it) is refused, in the words of
 * the ledger screens; null when it is allowed. A record's own rule names its
 * clause and the first day it may go, and says when 二(一) keeps it as well.
 */
export function deletionRefusalText(definition: AnyLedgerDefinition, record: Readonly<{ id: string; index: IndexValues }>, context: RetentionContext, subject: 'record' | 'attachment'): string | null {
  const verdict = recordDeletionVerdict(definition, record, context);
  if (verdict.allowed) return null;
  switch (verdict.reason) {
    case 'service-running':
      return t(subject === 'record' ? 'ledgers.record.keptWhileRunning' : 'ledgers.attachments.keptWhileRunning');
    case 'kept-until':
      // `until` is the first moment deletion is allowed: the day before it is the last one kept.
      return t(subject === 'record' ? 'ledgers.record.keptUntil' : 'ledgers.attachments.keptUntil', { date: formatDate(verdict.until - 1) });
    case 'record-kept-until': {
      const own = t('ledgers.record.keptByRuleUntil', { clause: obligationById(verdict.rule).clause, rule: obligationTextZhCN[verdict.rule].title, date: formatDate(verdict.until) });
      return deletionVerdict(definition, context.letter, context.now).allowed ? own : `${own}${t('ledgers.record.keptByRuleAlsoRunning')}`;
    }
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}
