import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { ledgerDefinitionOfTable } from '@shared/ledgers/ledger-registry';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { useUserAction } from '@renderer/components/use-user-action';
import { listGeneratedDocuments, type GeneratedDocument } from '@renderer/documents/generated-documents';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { readAttachment } from '@renderer/ledgers/attachments';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/**
 * 文档 → 生成的文档: every plan, policy, report and letter the app made, newest
 * first, each with the clause it answers and the record it belongs to; open
 * or save a copy.
 */
export function GeneratedDocuments() {
  const { store } = useOpenSession();
  const version = useTableVersion(['generatedDocuments']);
  const [listing, setListing] = useState<Readonly<{ documents: GeneratedDocument[]; unreadable: number }> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    listGeneratedDocuments(store).then(
      (found) => active && setListing(found),
      (error: unknown) => active && setFailure(describeErrorZhCN(toAppError(error).code)),
    );
    return () => {
      active = false;
    };
  }, [store, version]);

  return (
    <section className="documents-section" data-testid="generated-documents">
      <h2>{t('generatedDocuments.title')}</h2>
      <p>{t('generatedDocuments.intro')}</p>
      {failure !== null && <p role="alert">{failure}</p>}
      {listing !== null && listing.unreadable > 0 && <p className="notice">{t('generatedDocuments.unreadable', { count: listing.unreadable })}</p>}
      {listing !== null && listing.documents.length === 0 && <p className="muted">{t('generatedDocuments.none')}</p>}
      {listing !== null && listing.documents.length > 0 && (
        <table className="ledger-table">
          <thead>
            <tr>
              <th scope="col">{t('generatedDocuments.column.title')}</th>
              <th scope="col">{t('generatedDocuments.column.clause')}</th>
              <th scope="col">{t('generatedDocuments.column.record')}</th>
              <th scope="col">{t('generatedDocuments.column.generatedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('generatedDocuments.view')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.documents.map((document) => (
              <GeneratedDocumentRow key={document.id} document={document} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function GeneratedDocumentRow({ document }: { document: GeneratedDocument }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const { working, message, setMessage, run } = useUserAction();
  const owner = ledgerDefinitionOfTable(document.ownerTable);

  const view = () =>
    run(async () => {
      const file = await readAttachment(store, document.attachmentId);
      const result = await services.host.files.openInViewer({ name: file.name, data: file.data });
      setMessage(result.ok ? t('generatedDocuments.opened') : describeErrorZhCN(result.error.code));
    });

  const save = () =>
    run(async () => {
      const file = await readAttachment(store, document.attachmentId);
      const result = await services.host.files.saveFile({ suggestedName: file.name, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: file.data });
      if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
      setMessage(describeSaveOutcome(result.value, { saved: (location) => t('generatedDocuments.saved', { location }), cancelled: null }));
    });

  return (
    <tr data-testid="generated-document">
      <td data-label={t('generatedDocuments.column.title')}>{document.title}</td>
      <td data-label={t('generatedDocuments.column.clause')}>
        <ClauseRef clause={document.clause} />
      </td>
      <td data-label={t('generatedDocuments.column.record')}>
        {owner === null ? '—' : <Link to={`/ledgers/${owner.id}/${encodeURIComponent(document.ownerId)}`}>{ledgerText(owner, 'title')}</Link>}
      </td>
      <td data-label={t('generatedDocuments.column.generatedAt')}>{formatDateTime(document.generatedAt)}</td>
      <td>
        <div className="actions">
          <button type="button" className="button small" disabled={working} onClick={() => void view()}>
            {t('generatedDocuments.view')}
          </button>
          <button type="button" className="button small" disabled={working} onClick={() => void save()}>
            {t('generatedDocuments.save')}
          </button>
        </div>
        {message !== null && <p role="status">{message}</p>}
      </td>
    </tr>
  );
}
