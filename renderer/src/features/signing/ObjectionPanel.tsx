import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { findClauseLabel } from '@shared/letter/clause-labels';
import { objectableClauses } from '@shared/letter/letter-template';
import { objectionFormSchema, type ObjectionForm } from '@shared/signing/objection.schema';
import type { OperatorInfoInput } from '@shared/signing/operator.schema';
import { layoutObjectionLetter } from '@shared/signing/objection-letter-layout';
import { toChinaDateString } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate } from '@renderer/signing/letter-template-source';
import { chinaDateParts } from '@renderer/signing/letter-labels';
import { loadPdfFactory } from '@renderer/signing/load-letter-pdf';
import { closeObjection, listObjections, raiseObjection, type StoredObjection } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';

type ObjectionPanelProps = Readonly<{ draftId: string; operator: Partial<OperatorInfoInput> | null; onChange: (objections: StoredObjection[]) => void }>;

/** 提出异议: objections against clauses, each withdrawable or resolvable, and the objection letter. */
export function ObjectionPanel({ draftId, operator, onChange }: ObjectionPanelProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [objections, setObjections] = useState<StoredObjection[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const clauses = objectableClauses(currentLetterTemplate);
  // A clause as a reader names it; the stored text stands in should a later version drop the clause.
  const labelOf = (objection: StoredObjection) => findClauseLabel(currentLetterTemplate, objection.fields.clauseId) ?? objection.fields.clauseText.slice(0, 24);
  const form = useForm<ObjectionForm>({ resolver: zodResolver(objectionFormSchema), defaultValues: { clauseId: '', text: '' } });
  const error = (text: string | undefined) => fieldErrorText('read.objections.error.', text);

  // Read again whenever an objection is raised or closed: the store announces each write.
  const version = useTableVersion(['objections']);

  useEffect(() => {
    let active = true;
    listObjections(store, draftId).then((list) => {
      if (!active) return;
      setObjections(list);
      onChange(list);
    }, (failure: unknown) => setMessage(describeErrorZhCN(toAppError(failure).code)));
    return () => {
      active = false;
    };
  }, [store, draftId, onChange, version]);

  const submit = form.handleSubmit(async (values) => {
    const clause = clauses.find((candidate) => candidate.id === values.clauseId);
    if (clause === undefined) return;
    await raiseObjection(store, draftId, { clauseId: clause.id, clauseText: clause.text, text: values.text, raisedAt: services.now() });
    form.reset();
  });

  const close = async (objection: StoredObjection, status: 'withdrawn' | 'resolved') => {
    await closeObjection(store, objection, status, services.now());
  };

  const saveLetter = async () => {
    const open = objections.filter((objection) => objection.status === 'open');
    const pdf = await (await loadPdfFactory())(
      (measure) =>
        layoutObjectionLetter(
          {
            letterTitle: currentLetterTemplate.title,
            operatorName: operator?.operatorName ?? '',
            unifiedSocialCreditCode: operator?.unifiedSocialCreditCode ?? '',
            contactPhone: operator?.contactPhone ?? '',
            // The clause as the letter now reads (a draft carried over from an earlier version kept the old text).
            objections: open.map((objection) => ({
              clauseLabel: labelOf(objection),
              clauseText: clauses.find((clause) => clause.id === objection.fields.clauseId)?.text ?? objection.fields.clauseText,
              text: objection.fields.text,
            })),
            date: chinaDateParts(services.now()),
          },
          measure,
        ),
      new Map(),
      { title: '异议函', subject: currentLetterTemplate.title, keywords: '异议,责任书', author: operator?.operatorName ?? '', creator: '短信合规助手' },
    );
    const result = await services.host.files.saveFile({ suggestedName: `异议函-${toChinaDateString(services.now())}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: pdf });
    if (!result.ok) setMessage(describeErrorZhCN(result.error.code));
    else if (result.value.saved) setMessage(t('read.objections.letterSaved', { location: result.value.location }));
  };

  return (
    <section className="card">
      <h3>{t('read.objections.title')}</h3>
      {objections.length === 0 ? (
        <p className="muted">{t('read.objections.none')}</p>
      ) : (
        <ul className="objection-list" data-testid="objection-list">
          {objections.map((objection) => (
            <li key={objection.id} className={`objection objection-${objection.status}`}>
              <strong>{labelOf(objection)}</strong> · {t(`read.objections.status.${objection.status}`)} · {formatDateTime(objection.fields.raisedAt)}
              <p>{objection.fields.text}</p>
              {objection.status === 'open' && (
                <div className="actions">
                  <button type="button" className="button small" onClick={() => void close(objection, 'withdrawn')}>{t('read.objections.withdraw')}</button>
                  <button type="button" className="button small" onClick={() => void close(objection, 'resolved')}>{t('read.objections.resolve')}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {objections.some((objection) => objection.status === 'open') && (
        <div className="actions">
          <button type="button" className="button" onClick={() => void saveLetter()}>{t('read.objections.letter')}</button>
        </div>
      )}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormField label={t('read.objections.clause')} error={error(form.formState.errors.clauseId?.message)}>
          {(props) => (
            <select {...props} {...form.register('clauseId')}>
              <option value="">{t('read.objections.choose')}</option>
              {clauses.map((clause) => (
                <option key={clause.id} value={clause.id}>{`${findClauseLabel(currentLetterTemplate, clause.id) ?? ''}：${clause.text.replace(/^\d+\.\s*/, '').slice(0, 30)}…`}</option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('read.objections.text')} error={error(form.formState.errors.text?.message)}>
          {(props) => <textarea {...props} {...form.register('text')} rows={3} />}
        </FormField>
        <div className="actions">
          <button type="submit" className="button">{t('read.objections.raise')}</button>
        </div>
      </form>
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
