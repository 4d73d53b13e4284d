import type { MerchantDetails, NoticeLetter } from '@shared/documents/notice-letter';
import { makeNoticeLetterPdf, noticeLetterFileName } from '@renderer/documents/notice-letter-pdf';
import { t } from '@renderer/i18n/t';
import { useDocumentMaker } from './use-document-maker';

type GenerateLetterButtonProps = Readonly<{
  label: string;
  /** The letter as the record stands now, for the merchant of the signed letter. */
  letter: (merchant: MerchantDetails) => NoticeLetter;
  /** Where the PDF is kept: the record and the attachment slot. */
  owner: Readonly<{ table: string; id: string; slot: string }>;
}>;

/**
 * Fills in a letter from the record and the signed letter's merchant details,
 * keeps the PDF with the record as evidence (and in 文档's list of generated
 * documents), and offers to save a copy to print or send.
 */
export function GenerateLetterButton({ label, letter, owner }: GenerateLetterButtonProps) {
  const { working, message, make } = useDocumentMaker();
  const generate = () =>
    make({
      owner,
      make: async (merchant, now) => {
        const filled = letter(merchant);
        return { title: filled.title, clause: filled.clause, name: noticeLetterFileName(filled, now), data: await makeNoticeLetterPdf(filled, merchant, now) };
      },
    });
  return (
    <span className="generate-letter">
      <button type="button" className="button small" disabled={working} onClick={() => void generate()}>
        {working ? t('letters.generating') : label}
      </button>
      {message !== null && <span role="status">{message}</span>}
    </span>
  );
}
