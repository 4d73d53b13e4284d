import type { ComplianceDocument } from '@shared/documents/compliance-document';
import { complianceDocumentFileName, makeComplianceDocumentPdf } from '@renderer/documents/compliance-document-pdf';
import { t } from '@renderer/i18n/t';
import type { RowWrite } from '@renderer/storage/workspace-store';
import { useDocumentMaker } from './use-document-maker';

type GenerateDocumentButtonProps = Readonly<{
  label: string;
  /** The document as the record stands now (the layout adds the merchant from the signed letter). */
  document: (now: number) => ComplianceDocument | Promise<ComplianceDocument>;
  owner: Readonly<{ table: string; id: string; slot: string }>;
  /** Writes that go with it in the same transaction (issuing a version). */
  alsoWrite?: (now: number) => Promise<readonly RowWrite[]>;
  primary?: boolean;
}>;

/** Generates a plan, a policy or a report as a PDF, keeps it with the record and in 文档, and offers a copy. */
export function GenerateDocumentButton({ label, document, owner, alsoWrite, primary = false }: GenerateDocumentButtonProps) {
  const { working, message, make } = useDocumentMaker();
  const generate = () =>
    make({
      owner,
      ...(alsoWrite === undefined ? {} : { alsoWrite }),
      make: async (merchant, now) => {
        const built = await document(now);
        return {
          title: built.subtitle === undefined ? built.title : `${built.title}（${built.subtitle}）`,
          clause: built.clause,
          name: complianceDocumentFileName(built, now),
          data: await makeComplianceDocumentPdf(built, merchant, now),
        };
      },
    });
  return (
    <span className="generate-letter">
      <button type="button" className={primary ? 'button primary' : 'button small'} disabled={working} onClick={() => void generate()}>
        {working ? t('letters.generating') : label}
      </button>
      {message !== null && <span role="status">{message}</span>}
    </span>
  );
}
