import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { OpenedFile } from '@shared/ipc/files.schema';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { findLedgerDefinition, type LedgerId } from '@shared/ledgers/ledger-registry';
import { NotFoundPage } from '@renderer/app/NotFoundPage';
import { FilePickList } from '@renderer/features/ledgers/FilePickList';
import { LedgerForm } from '@renderer/features/ledgers/LedgerForm';
import { LedgerHeader } from '@renderer/features/ledgers/LedgerHeader';
import { LowSpaceDialog, useStorageGuard } from '@renderer/features/security/use-storage-guard';
import { t } from '@renderer/i18n/t';
import type { FormFieldSpec } from '@renderer/ledgers/ledger-contribution';
import { ledgerContributionOf } from '@renderer/ledgers/ledger-contributions';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** 台账 → a ledger → 新增: its form, the evidence to keep with it, then the new record's page. */
export function LedgerNewPage() {
  const { ledgerId = '' } = useParams();
  const definition = findLedgerDefinition(ledgerId);
  if (definition === null) return <NotFoundPage />;
  return <NewRecord key={definition.id} definition={definition} />;
}

function prefilled(empty: Record<string, unknown>, fields: readonly FormFieldSpec[], params: URLSearchParams): Record<string, unknown> {
  return { ...empty, ...Object.fromEntries(fields.flatMap((field) => (params.get(field.name) === null ? [] : [[field.name, params.get(field.name)]]))) };
}

function NewRecord({ definition }: { definition: AnyLedgerDefinition }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const navigate = useNavigate();
  const guard = useStorageGuard();
  const contribution = ledgerContributionOf(definition.id as LedgerId);
  const [files, setFiles] = useState<ReadonlyMap<string, OpenedFile>>(new Map());
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const [params] = useSearchParams();
  // A link may choose some fields ahead (报告疑似泄露 on a credential names that credential),
  // or start from a record of the same ledger (a new version of a plan from the one in force).
  const from = params.get('from');
  const [initial, setInitial] = useState<Record<string, unknown> | null>(() => (from === null ? prefilled(contribution.emptyForm(services.now()), contribution.fields, params) : null));

  useEffect(() => {
    if (from === null) return;
    let active = true;
    const blank = contribution.emptyForm(services.now());
    createLedgerRepository(store, definition)
      .get(from)
      .then(
        (source) => active && setInitial(source === null ? blank : { ...blank, ...contribution.toForm(source.payload) }),
        () => active && setInitial(blank),
      );
    return () => {
      active = false;
    };
  }, [from, store, definition, contribution, services]);

  const save = async (form: Record<string, unknown>) => {
    const bytes = [...files.values()].reduce((total, file) => total + file.data.byteLength, 0);
    if (!(await guard.confirmSpace(bytes))) return;
    const now = services.now();
    const payload = await contribution.toPayload(form, null, { store, registry: services.registry, now });
    const id = await createLedgerRepository(store, definition).add(
      payload,
      [...files].map(([slot, file]) => ({ slot, file })),
      now,
    );
    void navigate(`/ledgers/${definition.id}/${id}`, { state: { saved: true } });
  };

  return (
    <article className="page">
      <LedgerHeader definition={definition} title={ledgerText(definition, 'add')} />
      <section className="card">
        {initial === null ? (
          <p className="muted">{t('ledgers.record.loading')}</p>
        ) : (
          <LedgerForm definition={definition} contribution={contribution} initial={initial} submitLabel={t('ledgers.form.save')} onSubmit={save} onCancel={() => void navigate(`/ledgers/${definition.id}`)} />
        )}
        {definition.attachments.length > 0 && (
          <>
            <h2>{t('ledgers.attachments.withNew')}</h2>
            <FilePickList
              definition={definition}
              slots={definition.attachments}
              picked={files}
              onPick={(slot, file) => {
                setFileMessage(null);
                setFiles((current) => {
                  const next = new Map(current);
                  if (file === null) next.delete(slot);
                  else next.set(slot, file);
                  return next;
                });
              }}
              onError={setFileMessage}
            />
            {fileMessage !== null && <p role="alert" className="field-error">{fileMessage}</p>}
          </>
        )}
      </section>
      <LowSpaceDialog guard={guard} />
    </article>
  );
}
