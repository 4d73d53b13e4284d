import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { AnyLedgerDefinition, LedgerRecord } from '@shared/ledgers/ledger-definition';
import { findLedgerDefinition, type LedgerId } from '@shared/ledgers/ledger-registry';
import { NotFoundPage } from '@renderer/app/NotFoundPage';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { AttachmentsPanel } from '@renderer/features/ledgers/AttachmentsPanel';
import { columnText, isEnteredText } from '@renderer/features/ledgers/column-text';
import { LedgerForm } from '@renderer/features/ledgers/LedgerForm';
import { LedgerHeader } from '@renderer/features/ledgers/LedgerHeader';
import { useRecordNames } from '@renderer/features/ledgers/use-record-names';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { t } from '@renderer/i18n/t';
import { ledgerContributionOf } from '@renderer/ledgers/ledger-contributions';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { deletionRefusalText, removeRecordOrThrow } from '@renderer/ledgers/retention-guard';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { useObligations } from '@renderer/obligations/obligations-context';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** 台账 → a ledger → one record: its fields, its workflow, its evidence; edit and delete. */
export function LedgerRecordPage() {
  const { ledgerId = '', recordId = '' } = useParams();
  const definition = findLedgerDefinition(ledgerId);
  if (definition === null) return <NotFoundPage />;
  return <RecordView key={`${definition.id}/${recordId}`} definition={definition} recordId={recordId} />;
}

function RecordView({ definition, recordId }: { definition: AnyLedgerDefinition; recordId: string }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const { input } = useObligations();
  const navigate = useNavigate();
  const location = useLocation();
  const names = useRecordNames(definition);
  const version = useTableVersion([definition.table]);
  const contribution = ledgerContributionOf(definition.id as LedgerId);
  const [record, setRecord] = useState<LedgerRecord<unknown> | null | 'missing'>(null);
  const [message, setMessage] = useState<string | null>((location.state as { saved?: boolean } | null)?.saved === true ? t('ledgers.record.saved') : null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    let active = true;
    createLedgerRepository(store, definition)
      .get(recordId)
      .then(
        (found) => active && setRecord(found ?? 'missing'),
        (error: unknown) => active && setMessage(describeErrorZhCN(toAppError(error).code)),
      );
    return () => {
      active = false;
    };
  }, [store, definition, recordId, version]);

  if (record === 'missing') return <NotFoundPage />;
  if (record === null) {
    return (
      <article className="page">
        <LedgerHeader definition={definition} title={t('ledgers.record.loading')} />
        {message !== null && <p role="alert">{message}</p>}
      </article>
    );
  }

  const update = async (form: Record<string, unknown>) => {
    const context = { store, registry: services.registry, now: services.now() };
    const payload = await contribution.toPayload(form, record.payload, context);
    await contribution.checkBeforeSave?.(payload, { ...context, recordId: record.id });
    await createLedgerRepository(store, definition).update(record.id, payload);
    setEditing(false);
    setMessage(t('ledgers.record.updated'));
  };

  const retention = () => ({ letter: input?.letter ?? null, now: services.now() });
  const canEdit = contribution.editable && (contribution.isEditable?.(record) ?? true);

  const askDelete = () => {
    const refusal = deletionRefusalText(definition, record, retention(), 'record');
    if (refusal === null) return setDeleting(true);
    setMessage(refusal);
  };

  const remove = async () => {
    setDeleting(false);
    try {
      await removeRecordOrThrow(store, definition, record, retention());
      void navigate(`/ledgers/${definition.id}`);
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    }
  };

  return (
    <article className="page">
      <LedgerHeader definition={definition} title={definition.describe(record.payload) || ledgerText(definition, 'title')} />
      {message !== null && (
        <p role="status" className="notice-line">
          {message}
        </p>
      )}
      <section className="card">
        <h2>{t('ledgers.record.details')}</h2>
        <dl className="record-fields">
          {definition.columns.map((column) => (
            <div key={column.id}>
              <dt>{ledgerText(definition, `column.${column.id}`)}</dt>
              <dd translate={isEnteredText(column) ? 'no' : undefined}>{columnText(definition, column, record.payload, names)}</dd>
            </div>
          ))}
        </dl>
        <div className="actions">
          {canEdit && !editing && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setMessage(null);
                setEditing(true);
              }}
            >
              {t('ledgers.record.edit')}
            </button>
          )}
          {contribution.deletable !== false && (
            <button type="button" className="button danger-outline" onClick={askDelete}>
              {t('ledgers.record.delete')}
            </button>
          )}
        </div>
        {editing && (
          <LedgerForm
            definition={definition}
            contribution={contribution}
            initial={contribution.toForm(record.payload)}
            submitLabel={t('ledgers.form.saveChanges')}
            onSubmit={update}
            onCancel={() => setEditing(false)}
          />
        )}
      </section>
      {contribution.panel?.(record)}
      <AttachmentsPanel definition={definition} record={record} />
      <ConfirmDialog
        open={deleting}
        title={t('ledgers.record.deleteTitle')}
        confirmLabel={t('ledgers.record.deleteConfirm')}
        cancelLabel={t('ledgers.form.cancel')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(false)}
      >
        <p>{t('ledgers.record.deleteBody', { name: definition.describe(record.payload) })}</p>
      </ConfirmDialog>
    </article>
  );
}
