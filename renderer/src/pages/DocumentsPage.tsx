import { FileFingerprint } from '@renderer/features/fingerprint/FileFingerprint';
import { t } from '@renderer/i18n/t';

/** 文档: the signed letters and generated documents, and a fingerprint check. */
export function DocumentsPage() {
  return (
    <article className="page">
      <h1>{t('documents.title')}</h1>
      <p className="lead">{t('documents.intro')}</p>
      <p className="card card-next">{t('documents.firstStep')}</p>
      <FileFingerprint />
    </article>
  );
}
