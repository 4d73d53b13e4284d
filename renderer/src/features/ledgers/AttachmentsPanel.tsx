import { useEffect, useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { AnyLedgerDefinition, IndexValues } from '@shared/ledgers/ledger-definition';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { formatBytes, formatDateTime } from '@renderer/i18n/format';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { addAttachment, listAttachments, readAttachment, type AttachmentSummary } from '@renderer/ledgers/attachments';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { deletionRefusalText, removeAttachmentOrThrow } from '@renderer/ledgers/retention-guard';
import { useObligations } from '@renderer/obligations/obligations-context';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { usePickFile } from './FilePickList';
import { useTableVersion } from './use-store-changes';

type AttachmentsPanelProps = Readonly<{ definition: AnyLedgerDefinition; record: Readonly<{ id: string; index: IndexValues }> }>;

/**
 * The evidence kept with a record, slot by slot: view it, save a copy, add
 * more, delete one (only when the record itself could be deleted: 二(一)).
 */
export function AttachmentsPanel({ definition, record }: AttachmentsPanelProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const { input } = useObligations();
  const recordId = record.id;
  const [deleting, setDeleting] = useState<AttachmentSummary | null>(null);
  const pick = usePickFile();
  const version = useTableVersion(['attachments']);
  const [files, setFiles] = useState<{ attachments: AttachmentSummary[]; unreadable: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    listAttachments(store, { table: definition.table, id: recordId }).then(
      (listed) => active && setFiles(listed),
      (error: unknown) => active && setMessage(describeErrorZhCN(toAppError(error).code)),
    );
    return () => {
      active = false;
    };
  }, [store, definition, recordId, version]);

  if (definition.attachments.length === 0) return null;

  const add = async (slotId: string) => {
    const slot = definition.attachments.find((candidate) => candidate.id === slotId);
    if (slot === undefined) return;
    const result = await pick(slot);
    if (result === null) return;
    if ('error' in result) return setMessage(result.error);
    await addAttachment(store, { table: definition.table, id: recordId }, slot.id, result.file, services.now());
    setMessage(t('ledgers.attachments.added', { name: result.file.name }));
  };

  const view = async (id: string) => {
    const file = await readAttachment(store, id);
    const result = await services.host.files.openInViewer({ name: file.name, data: file.data });
    setMessage(result.ok ? t('ledgers.attachments.opened') : describeErrorZhCN(result.error.code));
  };

  const save = async (id: string) => {
    const file = await readAttachment(store, id);
    const extension = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase() : 'pdf';
    const result = await services.host.files.saveFile({ suggestedName: file.name, filters: [{ name: t('ledgers.attachments.file'), extensions: [extension.replace(/[^a-z0-9]/g, '') || 'pdf'] }], data: file.data });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    setMessage(describeSaveOutcome(result.value, { saved: (location) => t('ledgers.attachments.saved', { location }), cancelled: t('ledgers.attachments.cancelled') }));
  };

  const retention = () => ({ letter: input?.letter ?? null, now: services.now() });

  const askDelete = (file: AttachmentSummary) => {
    const refusal = deletionRefusalText(definition, record, retention(), 'attachment');
    if (refusal === null) return setDeleting(file);
    setMessage(refusal);
  };

  const remove = async (file: AttachmentSummary) => {
    setDeleting(null);
    await removeAttachmentOrThrow(store, definition, record, file.id, retention());
    setMessage(t('ledgers.attachments.deleted', { name: file.name }));
  };

  const run = (action: () => Promise<void>) => void action().catch((error: unknown) => setMessage(describeErrorZhCN(toAppError(error).code)));

  return (
    <section className="card" data-testid="attachments">
      <h2>{t('ledgers.attachments.title')}</h2>
      {files !== null && files.unreadable > 0 && <p className="notice">{t('ledgers.attachments.unreadable', { count: files.unreadable })}</p>}
      {definition.attachments.map((slot) => {
        const inSlot = files?.attachments.filter((file) => file.slot === slot.id) ?? [];
        return (
          <div key={slot.id} className="attachment-slot">
            <h3>{ledgerText(definition, `attachment.${slot.id}`)}</h3>
            {inSlot.length === 0 ? (
              <p className="muted">{t('ledgers.attachments.none')}</p>
            ) : (
              <ul className="attachment-list">
                {inSlot.map((file) => (
                  <li key={file.id}>
                    <span className="file-name">{file.name}</span>
                    <span className="muted">
                      {formatBytes(file.size)} · {formatDateTime(file.addedAt)}
                    </span>
                    <button type="button" className="button small" onClick={() => run(() => view(file.id))}>
                      {t('ledgers.attachments.view')}
                    </button>
                    <button type="button" className="button small" onClick={() => run(() => save(file.id))}>
                      {t('ledgers.attachments.save')}
                    </button>
                    <button type="button" className="button small danger-outline" onClick={() => askDelete(file)}>
                      {t('ledgers.attachments.delete')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" className="button small" onClick={() => run(() => add(slot.id))}>
              {t('ledgers.attachments.add')}
            </button>
          </div>
        );
      })}
      {message !== null && <p role="status">{message}</p>}
      <ConfirmDialog
        open={deleting !== null}
        title={t('ledgers.attachments.deleteTitle')}
        confirmLabel={t('ledgers.record.deleteConfirm')}
        cancelLabel={t('ledgers.form.cancel')}
        danger
        onConfirm={() => deleting !== null && run(() => remove(deleting))}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('ledgers.attachments.deleteBody', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
