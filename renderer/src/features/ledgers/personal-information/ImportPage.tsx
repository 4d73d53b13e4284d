import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { personalInformationImportLedger, type ColumnMapping, type ImportField } from '@shared/ledgers/definitions/personal-information-import.ledger';
import { instantOfOptionalInput } from '@shared/ledgers/ledger-fields';
import { LedgerHeader } from '@renderer/features/ledgers/LedgerHeader';
import { t } from '@renderer/i18n/t';
import { startImportJob } from '@renderer/import/import-jobs';
import { ImportFileError, workerTableReader } from '@renderer/import/import-worker-client';
import { createImportBatch } from '@renderer/import/personal-information-import';
import type { TableInspection } from '@renderer/import/table-sieve';
import { selectableScenarioOrThrow } from '@renderer/ledgers/scenario-source';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { ImportMapping, planProblemOf, type ImportDefaultsForm } from './ImportMapping';

/** Largest file taken for an import (100,000 rows of a CSV are a few MB). */
const maxImportBytes = 100 * 1024 * 1024;
const importFilters = [{ name: '表格文件（CSV、Excel）', extensions: ['csv', 'xlsx', 'txt'] }];

type Picked = Readonly<{ file: OpenedFile; inspection: TableInspection }>;

/**
 * 从文件导入: choose a CSV or xlsx, see how it was read (encoding, columns, a
 * few rows), say which column is which, then the import runs in the
 * background and its record shows the progress and the error report.
 */
export function ImportPage() {
  const { services } = useSession();
  const { store } = useOpenSession();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [defaults, setDefaults] = useState<ImportDefaultsForm>({ scenario: 'verification-code', consent: 'written', source: '', usage: '', collectedAt: '' });
  const [busy, setBusy] = useState<'reading' | 'starting' | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const choose = async () => {
    setMessage(null);
    const result = await services.host.files.openFile({ filters: importFilters, maxBytes: maxImportBytes });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    if (result.value === null) return;
    const file = result.value;
    setBusy('reading');
    try {
      const inspection = await workerTableReader.inspect(file.data);
      setPicked({ file, inspection });
      setMapping(inspection.mapping);
    } catch (error) {
      setPicked(null);
      setMessage(error instanceof ImportFileError ? t(`import.file.${error.problem}`) : describeErrorZhCN(toAppError(error).code));
    } finally {
      setBusy(null);
    }
  };

  const start = async () => {
    if (picked === null) return;
    const now = services.now();
    const problem = planProblemOf(mapping, defaults, () => now);
    if (problem !== null) return setMessage(problem);
    setMessage(null);
    setBusy('starting');
    try {
      const scenario = await selectableScenarioOrThrow(store, defaults.scenario);
      const plan = {
        mapping,
        defaults: { scenario: scenario.id, consent: defaults.consent, source: defaults.source.trim(), usage: defaults.usage.trim(), collectedAt: instantOfOptionalInput(defaults.collectedAt) ?? now },
        now,
      };
      const batchId = await createImportBatch(store, picked.file, picked.inspection, plan);
      startImportJob(store, batchId, services.now);
      void navigate(`/ledgers/${personalInformationImportLedger.id}/${batchId}`);
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
      setBusy(null);
    }
  };

  const assign = (column: number, field: ImportField | 'skip') =>
    setMapping((current) => current.map((entry) => (entry.column === column ? { ...entry, field } : field !== 'skip' && entry.field === field ? { ...entry, field: 'skip' } : entry)));

  return (
    <article className="page wide">
      <LedgerHeader definition={personalInformationImportLedger} title={t('import.title')} />
      <section className="card">
        <h2>{t('import.choose.title')}</h2>
        <p>{t('import.choose.body')}</p>
        <ul className="checklist">
          <li>{t('import.choose.columns')}</li>
          <li>{t('import.choose.forbidden')}</li>
          <li>{t('import.choose.encoding')}</li>
        </ul>
        <div className="actions">
          <button type="button" className={picked === null ? 'button primary' : 'button'} disabled={busy !== null} onClick={() => void choose()}>
            {busy === 'reading' ? t('import.choose.reading') : picked === null ? t('import.choose.action') : t('import.choose.other')}
          </button>
        </div>
        {picked !== null && (
          <p data-testid="import-file-summary">
            {t('import.file.summary', { name: picked.file.name, encoding: t(`import.encoding.${picked.inspection.encoding}`), rows: picked.inspection.dataRows })}
          </p>
        )}
      </section>
      {picked !== null && (
        <ImportMapping
          inspection={picked.inspection}
          mapping={mapping}
          defaults={defaults}
          onAssign={assign}
          onDefaults={setDefaults}
        />
      )}
      {message !== null && (
        <p role="alert" className="field-error">
          {message}
        </p>
      )}
      {picked !== null && (
        <div className="actions">
          <button type="button" className="button primary" disabled={busy !== null} onClick={() => void start()}>
            {busy === 'starting' ? t('import.starting') : t('import.startRows', { rows: picked.inspection.dataRows })}
          </button>
          <button type="button" className="button" onClick={() => void navigate('/ledgers/personal-information')}>
            {t('ledgers.form.cancel')}
          </button>
        </div>
      )}
    </article>
  );
}
