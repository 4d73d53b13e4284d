import { useState } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { formatDateTime } from '@renderer/i18n/format';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { ProviderOriginalExport } from '@renderer/features/signing/ProviderOriginalExport';
import { t } from '@renderer/i18n/t';
import { loadProviderOriginal } from '@renderer/signing/provider-original-export';
import { attachScan, setEffectiveDate, type StoredLetter } from '@renderer/signing/letters-repository';
import { readAttachment } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { documentFileName } from './file-names';

// What a viewer is handed must be a PDF, PNG or JPEG (checked by its bytes), so scans are those.
const scanFilters = [{ name: t('documents.scanFilter'), extensions: ['jpg', 'jpeg', 'png', 'pdf'] }];

/** One signed letter in 文档: view/print, save, attach the wet-ink scan, the effective date. The page reads the letter again from the store's change events. */
export function LetterCard({ stored }: { stored: StoredLetter }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const { letter } = stored;
  const [effective, setEffective] = useState(letter.effectiveDate);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (action: () => Promise<string | null>) => {
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
  };

  // The signed PDF is kept under the template's internal id; a merchant sees and saves it under the letter's title.
  const pdfName = documentFileName([t('documents.letterFile'), letter.operatorName, letter.effectiveDate], 'pdf');
  const shownName = (attachmentId: string, stored: string) => (attachmentId === letter.pdfAttachmentId ? pdfName : stored);

  const view = (attachmentId: string) =>
    run(async () => {
      const file = await readAttachment(store, attachmentId);
      const result = await services.host.files.openInViewer({ name: shownName(attachmentId, file.name), data: file.data });
      return result.ok ? null : describeErrorZhCN(result.error.code);
    });

  const save = (attachmentId: string) =>
    run(async () => {
      const file = await readAttachment(store, attachmentId);
      const result = await services.host.files.saveFile({ suggestedName: shownName(attachmentId, file.name), filters: [{ name: 'PDF', extensions: ['pdf'] }], data: file.data });
      if (!result.ok) return describeErrorZhCN(result.error.code);
      return describeSaveOutcome(result.value, { saved: (location) => t('confirm.done.saved', { location }), cancelled: null });
    });

  const addScan = () =>
    run(async () => {
      const result = await services.host.files.openFile({ filters: scanFilters, maxBytes: 50 * 1024 * 1024 });
      if (!result.ok) return describeErrorZhCN(result.error.code);
      if (result.value === null) return null;
      await attachScan(store, stored.id, result.value, services.now());
      return t('letters.scanAttached');
    });

  const saveEffective = () =>
    run(async () => {
      await setEffectiveDate(store, stored.id, effective);
      return t('letters.effectiveSaved');
    });

  return (
    <li className="card letter-card" data-testid="letter-card">
      <h3>{`${letter.operatorName} · ${t(`letters.kind.${letter.kind}`)}`}</h3>
      <p className="muted">
        {t('letters.signedAt', { date: formatDateTime(letter.signedAt) })}
        {letter.pdfSha256 !== null && ` · ${t('documents.fingerprint', { hash: letter.pdfSha256.slice(0, 16) })}`}
      </p>
      <div className="actions">
        {letter.pdfAttachmentId !== null && (
          <>
            <button type="button" className="button primary" onClick={() => void view(letter.pdfAttachmentId!)}>
              {t('letters.view')}
            </button>
            <button type="button" className="button" onClick={() => void save(letter.pdfAttachmentId!)}>
              {t('letters.save')}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={() => void addScan()}>
          {t('letters.attachScan')}
        </button>
        {letter.scanAttachmentIds.map((id, index) => (
          <button key={id} type="button" className="button small" onClick={() => void view(id)}>
            {`${t('letters.viewScan')} ${index + 1}`}
          </button>
        ))}
        {letter.kind === 'digital' && <ProviderOriginalExport source={() => loadProviderOriginal(store, stored.id)} />}
        {letter.authorisationAttachmentId !== null && (
          <button type="button" className="button small" onClick={() => void view(letter.authorisationAttachmentId!)}>
            {t('letters.viewAuthorisation')}
          </button>
        )}
      </div>
      <div className="inline-form">
        <label>
          {t('letters.effective')}
          <input type="date" value={effective} onChange={(event) => setEffective(event.target.value)} />
        </label>
        <button type="button" className="button small" onClick={() => void saveEffective()} disabled={effective === letter.effectiveDate}>
          {t('documents.effectiveSave')}
        </button>
      </div>
      {message !== null && <p role="status">{message}</p>}
    </li>
  );
}
