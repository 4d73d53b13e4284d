import { useEffect, useState } from 'react';
import { GeneratedDocuments } from '@renderer/features/documents/GeneratedDocuments';
import { LetterCard } from '@renderer/features/documents/LetterCard';
import { ObjectionLetters } from '@renderer/features/documents/ObjectionLetters';
import { WetInkLetterForm } from '@renderer/features/documents/WetInkLetterForm';
import { FileFingerprint } from '@renderer/features/fingerprint/FileFingerprint';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { t } from '@renderer/i18n/t';
import { listLetters, type StoredLetter } from '@renderer/signing/letters-repository';
import { useOpenSession } from '@renderer/session/session-context';

/** 文档: the signed letters of the workspace, paper copies, the documents the ledgers generated, objection letters, and a fingerprint check. */
export function DocumentsPage() {
  const { store } = useOpenSession();
  const [letters, setLetters] = useState<StoredLetter[] | null>(null);
  // Read again whenever a letter is written (a scan attached, a date set, a paper letter registered), wherever the write came from.
  const version = useTableVersion(['letters']);

  useEffect(() => {
    let active = true;
    void listLetters(store).then((list) => active && setLetters(list));
    return () => {
      active = false;
    };
  }, [store, version]);

  return (
    <article className="page">
      <h1>{t('documents.title')}</h1>
      <p className="lead">{t('documents.intro')}</p>
      <section>
        <h2>{t('letters.title')}</h2>
        {letters !== null && letters.length === 0 && <p className="card card-next">{t('documents.firstStep')}</p>}
        <ul className="letter-list">
          {letters?.map((stored) => <LetterCard key={stored.id} stored={stored} />)}
        </ul>
      </section>
      <WetInkLetterForm />
      <GeneratedDocuments />
      <ObjectionLetters />
      <FileFingerprint />
    </article>
  );
}
