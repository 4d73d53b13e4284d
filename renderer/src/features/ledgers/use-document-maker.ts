import { useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { MerchantDetails } from '@shared/documents/notice-letter';
import { generatedDocumentWrites } from '@renderer/documents/generated-documents';
import { loadMerchantDetails } from '@renderer/documents/merchant-details';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import type { RowWrite } from '@renderer/storage/workspace-store';

/** A PDF made for a record: what it is, the clause it answers, its file. */
export type MadeDocument = Readonly<{ title: string; clause: string; name: string; data: Uint8Array<ArrayBuffer> }>;

/** What to make, where to keep it, and what else the same transaction writes (a plan issued, older versions superseded). */
export type DocumentRequest = Readonly<{
  make: (merchant: MerchantDetails, now: number) => Promise<MadeDocument>;
  owner: Readonly<{ table: string; id: string; slot: string }>;
  alsoWrite?: (now: number) => Promise<readonly RowWrite[]>;
}>;

/**
 * Makes a document for a record from the signed letter's merchant details,
 * keeps it with the record and in the register of 文档 (with any change it
 * brings, in one audited transaction), then offers to save a copy to print
 * or send, saying what became of it.
 */
export function useDocumentMaker() {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const make = async (request: DocumentRequest): Promise<boolean> => {
    setWorking(true);
    setMessage(null);
    try {
      const merchant = await loadMerchantDetails(store);
      if (merchant === null) {
        setMessage(t('letters.needsSignedLetter'));
        return false;
      }
      const now = services.now();
      const made = await request.make(merchant, now);
      const kept = generatedDocumentWrites(store, { owner: request.owner, title: made.title, clause: made.clause, file: { name: made.name, data: made.data }, now });
      const also = request.alsoWrite === undefined ? [] : await request.alsoWrite(now);
      await store.writeRows([...kept.writes, ...also], { action: also.length > 0 ? 'record-updated' : 'attachment-added', table: request.owner.table, recordId: request.owner.id });
      const saved = await services.host.files.saveFile({ suggestedName: made.name, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: made.data });
      if (!saved.ok) {
        setMessage(describeErrorZhCN(saved.error.code));
        return true;
      }
      setMessage(
        describeSaveOutcome(saved.value, {
          saved: (location) => t('letters.generatedAndSaved', { location }),
          handedToBrowser: (fileName) => t('letters.generatedAndDownloaded', { name: fileName }),
          cancelled: t('letters.generatedKept'),
        }),
      );
      return true;
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
      return false;
    } finally {
      setWorking(false);
    }
  };

  return { working, message, make };
}
