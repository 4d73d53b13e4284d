import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { rotationFormSchema, type ApiCredentialPayload, type RotationForm } from '@shared/ledgers/definitions/api-credential.ledger';
import { credentialLeakLedger, type CredentialLeakPayload } from '@shared/ledgers/definitions/credential-leak.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { DueLine, useRecordItems } from '@renderer/features/ledgers/DueLine';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { recordRotation } from '@renderer/ledgers/credential-rotation';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { fingerprintSecret, isSameSecret } from '@renderer/ledgers/secret-fingerprint';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** A credential's rotation clock, its rotations, the "same key?" check, and its suspected leaks. */
export function CredentialPanel({ record }: { record: LedgerRecord<ApiCredentialPayload> }) {
  const items = useRecordItems(record.id);
  const retired = record.payload.retiredAt !== null;
  return (
    <>
      <section className="card" data-testid="credential-rotation">
        <h2>{t('credential.rotation.title')}</h2>
        {retired ? <p className="muted">{t('credential.retired', { date: formatDateTime(record.payload.retiredAt ?? 0) })}</p> : <DueLine item={items.get('credential-rotation')} />}
        {record.payload.custodianId === '' && <p className="notice">{t('credential.needsCustodian')}</p>}
        {record.payload.rotations.length === 0 ? (
          <p className="muted">{t('credential.rotation.none')}</p>
        ) : (
          <ol className="history">
            {record.payload.rotations.map((rotation) => (
              <li key={`${rotation.at}`}>
                {formatDateTime(rotation.at)}
                {rotation.fingerprint !== null && ` · ${t('credential.lastCharacters', { characters: rotation.fingerprint.lastCharacters })}`}
                {rotation.leakId !== null && ` · ${t('credential.rotation.afterLeak')}`}
                {rotation.note !== '' && ` · ${rotation.note}`}
              </li>
            ))}
          </ol>
        )}
        {!retired && <RotateForm record={record} />}
      </section>
      <SameSecretCheck payload={record.payload} />
      <CredentialLeaks record={record} />
    </>
  );
}

function RotateForm({ record }: { record: LedgerRecord<ApiCredentialPayload> }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<RotationForm>({ resolver: zodResolver(rotationFormSchema(services.now)), defaultValues: { at: toChinaDateTimeInput(services.now()), secret: '', note: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const fingerprint = await fingerprintSecret(store.cryptoPort, values.secret);
      const rotation = { at: instantOfInputOrThrow(values.at), fingerprint, note: values.note, leakId: null };
      await recordRotation(store, record, rotation);
      form.reset({ at: toChinaDateTimeInput(services.now()), secret: '', note: '' });
      setOpen(false);
      setMessage(t('credential.rotation.saved'));
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    }
  });

  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="button primary" onClick={() => setOpen(true)}>
          {t('credential.rotation.record')}
        </button>
        {message !== null && <span role="status">{message}</span>}
      </div>
    );
  }
  return (
    <form className="form grid-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormField label={t('credential.rotation.at')} error={fieldErrorText('ledger.error.', errors.at?.message)}>
        {(props) => <input {...props} {...form.register('at')} type="datetime-local" />}
      </FormField>
      <FormField label={t('credential.rotation.secret')} hint={t('credential.secretHint')} error={fieldErrorText('ledger.error.', errors.secret?.message)}>
        {(props) => <input {...props} {...form.register('secret')} type="password" autoComplete="off" spellCheck={false} />}
      </FormField>
      <FormField label={t('credential.rotation.note')} error={fieldErrorText('ledger.error.', errors.note?.message)}>
        {(props) => <input {...props} {...form.register('note')} autoComplete="off" />}
      </FormField>
      <div className="actions span-all">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('credential.rotation.save')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('ledgers.form.cancel')}
        </button>
      </div>
      {message !== null && <p role="status">{message}</p>}
    </form>
  );
}

function SameSecretCheck({ payload }: { payload: ApiCredentialPayload }) {
  const { store } = useOpenSession();
  const [secret, setSecret] = useState('');
  const [verdict, setVerdict] = useState<string | null>(null);
  const fingerprints = [
    ...(payload.fingerprint === null ? [] : [{ at: payload.issuedAt, fingerprint: payload.fingerprint }]),
    ...payload.rotations.flatMap((rotation) => (rotation.fingerprint === null ? [] : [{ at: rotation.at, fingerprint: rotation.fingerprint }])),
  ];
  if (fingerprints.length === 0) return null;

  const check = async () => {
    const matches: number[] = [];
    for (const entry of fingerprints) if (await isSameSecret(store.cryptoPort, secret, entry.fingerprint)) matches.push(entry.at);
    setSecret('');
    const latest = fingerprints[fingerprints.length - 1]!;
    if (matches.length === 0) setVerdict(t('credential.check.different'));
    else if (matches.includes(latest.at)) setVerdict(t('credential.check.current'));
    else setVerdict(t('credential.check.older', { date: formatDateTime(Math.max(...matches)) }));
  };

  return (
    <section className="card">
      <h2>{t('credential.check.title')}</h2>
      <p className="muted">{t('credential.check.intro')}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <label>
          {t('credential.check.field')}
          <input type="password" autoComplete="off" spellCheck={false} value={secret} onChange={(event) => setSecret(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={secret.trim() === ''}>
          {t('credential.check.submit')}
        </button>
      </form>
      {verdict !== null && <p role="status">{verdict}</p>}
    </section>
  );
}

function CredentialLeaks({ record }: { record: LedgerRecord<ApiCredentialPayload> }) {
  const { store } = useOpenSession();
  const version = useTableVersion([credentialLeakLedger.table]);
  const [leaks, setLeaks] = useState<LedgerRecord<CredentialLeakPayload>[]>([]);
  useEffect(() => {
    let active = true;
    void createLedgerRepository(store, credentialLeakLedger)
      .find('credentialId', record.id)
      .then((found) => active && setLeaks(found.records));
    return () => {
      active = false;
    };
  }, [store, record.id, version]);
  return (
    <section className="card">
      <h2>{t('credential.leaks.title')}</h2>
      <p className="muted">{t('credential.leaks.intro')}</p>
      {leaks.length > 0 && (
        <ul className="history">
          {leaks.map((leak) => (
            <li key={leak.id}>
              <Link to={`/ledgers/credential-leak/${leak.id}`}>
                {formatDateTime(leak.payload.discoveredAt)} · {leak.payload.description}
              </Link>{' '}
              {leak.payload.closedAt === null ? t('credential.leaks.open') : t('credential.leaks.closed')}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Link className="button danger" to={`/ledgers/credential-leak/new?credentialId=${encodeURIComponent(record.id)}`}>
          {t('credential.leaks.report')}
        </Link>
      </div>
    </section>
  );
}
