import { useEffect, useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { t } from '@renderer/i18n/t';
import { listLetters, setServiceEnd, type StoredLetter } from '@renderer/signing/letters-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { LetterDates } from './LetterDates';
import { ServiceEndForm } from './ServiceEndForm';

/** The letter's status: signed on, in force or ended (and records kept until), and the way to record the service's end. */
export function LetterStatus() {
  const { store } = useOpenSession();
  const version = useTableVersion(['letters']);
  const [letter, setLetter] = useState<StoredLetter | null>(null);
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    void listLetters(store).then((letters) => active && setLetter(letters[0] ?? null));
    return () => {
      active = false;
    };
  }, [store, version]);
  if (letter === null) return null;
  const endedAt = letter.letter.serviceEndedAt ?? null;

  const undo = async () => {
    try {
      await setServiceEnd(store, letter.id, null);
      setMessage(t('dashboard.letter.endUndone'));
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    }
  };

  return (
    <section className={endedAt === null ? 'card card-done' : 'card'} data-testid="letter-status">
      <h2>{t('dashboard.letter.title')}</h2>
      <LetterDates letter={letter.letter} />
      {recording ? (
        <ServiceEndForm
          letterId={letter.id}
          signedAt={letter.letter.signedAt}
          onDone={(done) => {
            setRecording(false);
            setMessage(done);
          }}
          onCancel={() => setRecording(false)}
        />
      ) : (
        <div className="actions">
          {endedAt === null ? (
            <button type="button" className="button" onClick={() => setRecording(true)}>
              {t('dashboard.letter.recordEnd')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void undo()}>
              {t('dashboard.letter.endUndo')}
            </button>
          )}
        </div>
      )}
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
