import { useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { MerchantDetails, NoticeLetter } from '@shared/documents/notice-letter';
import { loadMerchantDetails } from '@renderer/documents/merchant-details';
import { makeNoticeLetterPdf, noticeLetterFileName } from '@renderer/documents/notice-letter-pdf';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { addAttachment } from '@renderer/ledgers/attachments';
import { useOpenSession, useSession } from '@renderer/session/session-context';

type GenerateLetterButtonProps = Readonly<{
  label: string;
  /** The letter as the record stands now, for the merchant of the signed letter. */
  letter: (merchant: MerchantDetails) => NoticeLetter;
  /** Where the PDF is kept: the record and the attachment slot. */
  owner: Readonly<{ table: string; id: string; slot: string }>;
}>;

/**
 * Fills in a letter from the record and the signed letter's merchant details,
 * keeps the PDF with the record as evidence, and offers to save a copy to
 * print or send.
 */
export function GenerateLetterButton({ label, letter, owner }: GenerateLetterButtonProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const generate = async () => {
    setWorking(true);
    setMessage(null);
    try {
      const merchant = await loadMerchantDetails(store);
      if (merchant === null) return setMessage(t('letters.needsSignedLetter'));
      const now = services.now();
      const filled = letter(merchant);
      const data = await makeNoticeLetterPdf(filled, merchant, now);
      const name = noticeLetterFileName(filled, now);
      await addAttachment(store, owner, owner.slot, { name, data }, now);
      const saved = await services.host.files.saveFile({ suggestedName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }], data });
      if (!saved.ok) return setMessage(describeErrorZhCN(saved.error.code));
      setMessage(
        describeSaveOutcome(saved.value, {
          saved: (location) => t('letters.generatedAndSaved', { location }),
          handedToBrowser: (fileName) => t('letters.generatedAndDownloaded', { name: fileName }),
          cancelled: t('letters.generatedKept'),
        }),
      );
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    } finally {
      setWorking(false);
    }
  };

  return (
    <span className="generate-letter">
      <button type="button" className="button small" disabled={working} onClick={() => void generate()}>
        {working ? t('letters.generating') : label}
      </button>
      {message !== null && <span role="status">{message}</span>}
    </span>
  );
}
