import { useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { fullExportReasonSchema, personalInformationExportLedger } from '@shared/ledgers/definitions/personal-information-export.ledger';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { FormField } from '@renderer/components/FormField';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { useOpenSession, useSession } from '@renderer/session/session-context';

type Format = 'xlsx' | 'pdf';
const filters: Record<Format, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/**
 * 导出 Excel / PDF of any ledger, from its column definition; phone numbers
 * masked. A ledger with phone numbers also offers the full numbers, for a
 * stated reason kept in 完整号码导出记录 (its creation is in the audit log).
 * The export code loads only when used.
 */
export function ExportActions({ definition }: { definition: AnyLedgerDefinition }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [working, setWorking] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [format, setFormat] = useState<Format>('xlsx');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const hasPhones = definition.columns.some((column) => column.format === 'masked-phone');

  const run = async (chosen: Format, fullReason: string | null) => {
    setMessage(null);
    setWorking(0);
    try {
      const now = services.now();
      const options = { fullNumbers: fullReason !== null, now, onProgress: setWorking };
      const [{ exportLedgerXlsx, exportFileName }, pdf] = await Promise.all([import('@renderer/export/ledger-export'), chosen === 'pdf' ? import('@renderer/export/ledger-pdf') : null]);
      const made = pdf === null ? await exportLedgerXlsx(store, definition, options) : await pdf.exportLedgerPdf(store, definition, options);
      if (fullReason !== null) {
        await createLedgerRepository(store, personalInformationExportLedger).add({ at: now, ledgerTitle: ledgerText(definition, 'title'), format: chosen, rows: made.rows, reason: fullReason });
      }
      const name = exportFileName(definition, chosen, options);
      const saved = await services.host.files.saveFile({ suggestedName: name, filters: [filters[chosen]], data: made.data });
      if (!saved.ok) return setMessage(describeErrorZhCN(saved.error.code));
      setMessage(
        describeSaveOutcome(saved.value, {
          saved: (location) => t('export.saved', { rows: made.rows, location }),
          cancelled: t('export.cancelled'),
          handedToBrowser: (file) => t('export.handedToBrowser', { rows: made.rows, name: file }),
        }),
      );
    } catch (error) {
      setMessage(error instanceof Error && error.name === 'TooManyRowsForPdf' ? t('export.pdf.tooMany') : describeErrorZhCN(toAppError(error).code));
    } finally {
      setWorking(null);
    }
  };

  const confirmFull = () => {
    const parsed = fullExportReasonSchema.safeParse(reason);
    if (!parsed.success) return setReasonError(fieldErrorText('ledger.error.', parsed.error.issues[0]?.message));
    setReasonError(undefined);
    setAsking(false);
    void run(format, parsed.data);
  };

  return (
    <div className="export-actions" data-testid="export-actions">
      <div className="actions">
        <button type="button" className="button" disabled={working !== null} onClick={() => void run('xlsx', null)}>
          {t('export.xlsx')}
        </button>
        <button type="button" className="button" disabled={working !== null} onClick={() => void run('pdf', null)}>
          {t('export.pdf')}
        </button>
        {hasPhones && (
          <button type="button" className="button" disabled={working !== null} onClick={() => setAsking(true)}>
            {t('export.full')}
          </button>
        )}
      </div>
      {hasPhones && <p className="muted">{t('export.maskedNote')}</p>}
      {working !== null && <p role="status">{t('export.working', { rows: working })}</p>}
      {message !== null && working === null && <p role="status" className="notice-line">{message}</p>}
      <ConfirmDialog open={asking} title={t('export.full.title')} confirmLabel={t('export.full.confirm')} cancelLabel={t('ledgers.form.cancel')} onConfirm={confirmFull} onCancel={() => setAsking(false)}>
        <p>{t('export.full.body')}</p>
        <FormField label={t('export.full.reason')} hint={t('export.full.reasonHint')} error={reasonError}>
          {(props) => <input {...props} value={reason} autoComplete="off" onChange={(event) => setReason(event.target.value)} />}
        </FormField>
        <FormField label={t('export.full.format')}>
          {(props) => (
            <select {...props} value={format} onChange={(event) => setFormat(event.target.value === 'pdf' ? 'pdf' : 'xlsx')}>
              <option value="xlsx">Excel</option>
              <option value="pdf">PDF</option>
            </select>
          )}
        </FormField>
      </ConfirmDialog>
    </div>
  );
}
