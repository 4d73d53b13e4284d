import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { ComplianceDocument } from '@shared/documents/compliance-document';
import { documentStatus, type VersionFields } from '@shared/ledgers/document-versions';
import type { LedgerDefinition, LedgerRecord } from '@shared/ledgers/ledger-definition';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { makeComplianceDocumentFile } from '@renderer/documents/compliance-document-pdf';
import { DocumentPreview } from '@renderer/features/documents/DocumentPreview';
import { useDocumentMaker } from '@renderer/features/ledgers/use-document-maker';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { issueVersionWrites, withdrawVersion } from '@renderer/ledgers/document-versions';
import { useOpenSession, useSession } from '@renderer/session/session-context';

type VersionPanelProps<Payload extends VersionFields> = Readonly<{
  definition: LedgerDefinition<Payload>;
  record: LedgerRecord<Payload>;
  /** The document of this version, issued at `issuedAt` (a draft is shown as if issued now). */
  document: (issuedAt: number) => ComplianceDocument;
  /** More of the record's story (the drills that followed a plan). */
  children?: ReactNode;
}>;

/**
 * A version of a document kept in versions: where it stands, and what can be
 * done — issue a draft (its PDF made and kept, the version in force before it
 * superseded), start a new version from it, withdraw the one in force.
 */
export function VersionPanel<Payload extends VersionFields>({ definition, record, document, children }: VersionPanelProps<Payload>) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [withdrawing, setWithdrawing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The message of issuing outlives the button: once issued, the draft's button gives way to the next steps.
  const maker = useDocumentMaker();
  const payload = record.payload;
  const status = documentStatus(payload);
  const owner = { table: definition.table, id: record.id, slot: 'document' };

  const withdraw = async () => {
    setWithdrawing(false);
    try {
      await withdrawVersion(store, definition, record, services.now());
    } catch (error) {
      setFailure(describeErrorZhCN(toAppError(error).code));
    }
  };

  const issue = () =>
    maker.make({
      owner,
      make: (merchant, now) => makeComplianceDocumentFile(document(now), merchant, now),
      alsoWrite: (now) => issueVersionWrites(store, definition, record, now),
    });

  const when = (at: number | null) => (at === null ? '' : formatDate(at));
  return (
    <section className="card" data-testid="version-panel">
      <h2>{t('versions.title', { version: payload.version })}</h2>
      <p className={`version-status version-${status}`} data-testid="version-status">
        {t(`versions.status.${status}`, { issued: when(payload.issuedAt), superseded: when(payload.supersededAt), withdrawn: when(payload.withdrawnAt) })}
      </p>
      <div className="actions">
        {status === 'draft' ? (
          <button type="button" className="button primary" disabled={maker.working} onClick={() => void issue()}>
            {maker.working ? t('letters.generating') : t('versions.issue')}
          </button>
        ) : (
          <Link className="button" to={`/ledgers/${definition.id}/new?from=${encodeURIComponent(record.id)}`}>
            {t('versions.newFrom')}
          </Link>
        )}
        {status === 'current' && (
          <button type="button" className="button danger-outline" onClick={() => setWithdrawing(true)}>
            {t('versions.withdraw')}
          </button>
        )}
      </div>
      {maker.message !== null && <p role="status">{maker.message}</p>}
      {failure !== null && <p role="alert">{failure}</p>}
      {children}
      <DocumentPreview document={document(payload.issuedAt ?? services.now())} />
      <ConfirmDialog
        open={withdrawing}
        danger
        title={t('versions.withdrawTitle', { version: payload.version })}
        confirmLabel={t('versions.withdrawConfirm')}
        cancelLabel={t('ledgers.form.cancel')}
        onConfirm={() => void withdraw()}
        onCancel={() => setWithdrawing(false)}
      >
        <p>{t('versions.withdrawBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
