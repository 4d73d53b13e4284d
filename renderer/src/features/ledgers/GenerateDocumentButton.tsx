import type { ComplianceDocument } from '@shared/documents/compliance-document';
import { makeComplianceDocumentFile } from '@renderer/documents/compliance-document-pdf';
import { t } from '@renderer/i18n/t';
import { useDocumentMaker } from './use-document-maker';

type GenerateDocumentButtonProps = Readonly<{
  label: string;
  /** The document as the record stands now (the layout adds the merchant from the signed letter). */
  document: (now: number) => ComplianceDocument;
  owner: Readonly<{ table: string; id: string; slot: string }>;
}>;

/** Generates a report as a PDF, keeps it with the record and in 文档, and offers a copy. */
export function GenerateDocumentButton({ label, document, owner }: GenerateDocumentButtonProps) {
  const { working, message, make } = useDocumentMaker();
  const generate = () => make({ owner, make: (merchant, now) => makeComplianceDocumentFile(document(now), merchant, now) });
  return (
    <span className="generate-letter">
      <button type="button" className="button" disabled={working} onClick={() => void generate()}>
        {working ? t('letters.generating') : label}
      </button>
      {message !== null && <span role="status">{message}</span>}
    </span>
  );
}
