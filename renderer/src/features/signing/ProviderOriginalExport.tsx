import { useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { exportProviderOriginal, type ProviderOriginalSource } from '@renderer/signing/provider-original-export';
import { useSession } from '@renderer/session/session-context';

type ProviderOriginalExportProps = Readonly<{ source: () => Promise<ProviderOriginalSource> }>;

/**
 * 存到 U 盘…: the provider's original, its manifest and the receipt in one
 * new folder; then the receipt can be printed for the merchant to keep.
 */
export function ProviderOriginalExport({ source }: ProviderOriginalExportProps) {
  const { services } = useSession();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Readonly<{ data: Uint8Array<ArrayBuffer>; name: string }> | null>(null);

  const exportFolder = async () => {
    setWorking(true);
    setMessage(null);
    try {
      const result = await exportProviderOriginal(services.host, await source(), services.now());
      setReceipt({ data: result.receipt, name: result.receiptName });
      setMessage(
        describeSaveOutcome(result.outcome, {
          saved: (location) => t('providerOriginal.saved', { location }),
          handedToBrowser: (names) => t('providerOriginal.downloaded', { names }),
          cancelled: t('providerOriginal.cancelled'),
        }),
      );
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    } finally {
      setWorking(false);
    }
  };

  const printReceipt = async () => {
    if (receipt === null) return;
    const result = await services.host.files.openInViewer({ name: receipt.name, data: receipt.data });
    if (!result.ok) setMessage(describeErrorZhCN(toAppError(result.error).code));
  };

  return (
    <div className="provider-original" data-testid="provider-original">
      <div className="actions">
        <button type="button" className="button" disabled={working} onClick={() => void exportFolder()}>
          {working ? t('providerOriginal.working') : t('providerOriginal.export')}
        </button>
        {receipt !== null && (
          <button type="button" className="button" onClick={() => void printReceipt()}>
            {t('providerOriginal.printReceipt')}
          </button>
        )}
      </div>
      <p className="field-hint">{t('providerOriginal.hint')}</p>
      {message !== null && <p role="status">{message}</p>}
    </div>
  );
}
