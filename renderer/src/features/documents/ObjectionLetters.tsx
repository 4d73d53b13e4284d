import { useEffect, useState } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toAppError } from '@shared/errors/app-error';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { useUserAction } from '@renderer/components/use-user-action';
import { formatDate, formatDateTime } from '@renderer/i18n/format';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { documentFileName } from './file-names';
import { makeObjectionLetterPdf } from './objection-letter-pdf';
import { listObjectionLetters, objectionsInLetter, type ObjectionLetter } from './objection-letters';

/** 文档 → 异议函: one letter per signing in which objections were raised (三、3), to view, print or save. */
export function ObjectionLetters() {
  const { store } = useOpenSession();
  const [letters, setLetters] = useState<ObjectionLetter[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    listObjectionLetters(store).then(
      (list) => active && setLetters(list),
      (error: unknown) => active && setFailure(describeErrorZhCN(toAppError(error).code)),
    );
    return () => {
      active = false;
    };
  }, [store]);

  return (
    <section className="documents-section" data-testid="objection-letters">
      <h2>{t('objectionLetters.title')}</h2>
      <p>
        {t('objectionLetters.intro')} {t('objectionLetters.clauseIntro')}
        <ClauseRef clause="三、3" />
      </p>
      {failure !== null && <p role="alert">{failure}</p>}
      {letters !== null && letters.length === 0 && <p className="muted">{t('objectionLetters.none')}</p>}
      <ul className="letter-list">
        {letters?.map((letter) => <ObjectionLetterCard key={letter.draftId} letter={letter} />)}
      </ul>
    </section>
  );
}

function ObjectionLetterCard({ letter }: { letter: ObjectionLetter }) {
  const { services } = useSession();
  const { working, message, setMessage, run } = useUserAction();
  const operator = letter.operator.operatorName === '' ? t('objectionLetters.noOperator') : letter.operator.operatorName;
  const date = formatDate(letter.lastRaisedAt);
  const name = documentFileName([t('objectionLetters.pdfTitle'), letter.operator.operatorName, date], 'pdf');
  const hasLetter = objectionsInLetter(letter).length > 0;

  const view = () =>
    run(async () => {
      setMessage(t('objectionLetters.working'));
      const result = await services.host.files.openInViewer({ name, data: await makeObjectionLetterPdf(letter) });
      setMessage(result.ok ? null : describeErrorZhCN(result.error.code));
    });

  const save = () =>
    run(async () => {
      setMessage(t('objectionLetters.working'));
      const data = await makeObjectionLetterPdf(letter);
      const result = await services.host.files.saveFile({ suggestedName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }], data });
      if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
      setMessage(describeSaveOutcome(result.value, { saved: (location) => t('objectionLetters.saved', { location }), cancelled: null }));
    });

  return (
    <li className="card" data-testid="objection-letter">
      <h3>{t('objectionLetters.heading', { operator, date })}</h3>
      <table className="ledger-table">
        <thead>
          <tr>
            <th scope="col">{t('objectionLetters.column.clause')}</th>
            <th scope="col">{t('objectionLetters.column.text')}</th>
            <th scope="col">{t('objectionLetters.column.raisedAt')}</th>
            <th scope="col">{t('objectionLetters.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {letter.objections.map((objection) => (
            <tr key={objection.id}>
              <td>
                <ClauseRef clause={objection.fields.clauseId} />
              </td>
              <td>{objection.fields.text}</td>
              <td>{formatDateTime(objection.fields.raisedAt)}</td>
              <td>{t(`read.objections.status.${objection.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasLetter ? (
        <div className="actions">
          <button type="button" className="button primary" disabled={working} onClick={() => void view()}>
            {t('objectionLetters.view')}
          </button>
          <button type="button" className="button" disabled={working} onClick={() => void save()}>
            {t('objectionLetters.save')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('objectionLetters.allWithdrawn')}</p>
      )}
      {message !== null && (
        <p role="status" className="status">
          {message}
        </p>
      )}
    </li>
  );
}
