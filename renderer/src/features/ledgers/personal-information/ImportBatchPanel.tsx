import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { columnLetter } from '@shared/import/import-problems';
import type { ImportBatchPayload } from '@shared/ledgers/definitions/personal-information-import.ledger';
import type { ServiceEndPayload } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { cancelImportJob, importJobState, onImportJobs, startImportJob, type ImportJobState } from '@renderer/import/import-jobs';
import { openServiceEnds } from '@renderer/ledgers/personal-information-deletion';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { useTableVersion } from '../use-store-changes';
import { ServiceEndDialog } from './ServiceEndDialog';

const shownProblems = 20;

function failureText(state: Extract<ImportJobState, { phase: 'failed' }>): string {
  return state.error.kind === 'file' ? t(`import.file.${state.error.problem}`) : describeErrorZhCN(state.error.code);
}

/** An import batch: its progress while it runs (with cancel), then its counts, its error report and the end of its service. */
export function ImportBatchPanel({ record }: { record: LedgerRecord<ImportBatchPayload> }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const job = useSyncExternalStore(onImportJobs, () => importJobState(record.id));
  const version = useTableVersion(['personalInformationDeletions']);
  const [ended, setEnded] = useState<LedgerRecord<ServiceEndPayload> | null>(null);
  const [ending, setEnding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const batch = record.payload;

  useEffect(() => {
    let active = true;
    void openServiceEnds(store).then((open) => active && setEnded(open.find((end) => end.payload.scope === 'all' || (end.payload.scope === 'batch' && end.payload.targetId === record.id)) ?? null));
    return () => {
      active = false;
    };
  }, [store, record.id, version]);

  const downloadReport = async () => {
    setMessage(null);
    const { importReportXlsx } = await import('@renderer/import/import-report');
    const data = await importReportXlsx(batch);
    const name = t('import.report.fileName', { name: batch.fileName.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|]/g, '') });
    const saved = await services.host.files.saveFile({ suggestedName: name, filters: [{ name: 'Excel', extensions: ['xlsx'] }], data });
    setMessage(
      saved.ok
        ? describeSaveOutcome(saved.value, { saved: (location) => t('import.report.saved', { location }), cancelled: null, handedToBrowser: (file) => t('import.report.handedToBrowser', { name: file }) })
        : describeErrorZhCN(saved.error.code),
    );
  };

  const running = job?.phase === 'running';
  const counts = running ? job.counts : null;
  return (
    <section className="card" data-testid="import-batch-panel">
      <h2>{t('import.batch.title')}</h2>
      {batch.state === 'running' && running && (
        <div role="status" data-testid="import-progress">
          <p>
            {job.cancelling
              ? t('import.progress.cancelling')
              : counts === null
                ? t('import.progress.reading')
                : t('import.progress.counts', { done: counts.rowsDone, total: counts.totalRows, stored: counts.stored, refused: counts.refused })}
          </p>
          <progress max={Math.max(1, counts?.totalRows ?? 1)} value={counts?.rowsDone ?? 0} aria-label={t('import.progress.label')} />
          <p className="muted">{t('import.progress.background')}</p>
          {!job.cancelling && (
            <div className="actions">
              <button type="button" className="button" onClick={() => cancelImportJob(record.id)}>
                {t('import.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      {batch.state === 'running' && !running && (
        <>
          {job?.phase === 'failed' ? <p role="alert" className="field-error">{t('import.failed', { reason: failureText(job) })}</p> : <p className="notice">{t('import.unfinished')}</p>}
          <div className="actions">
            <button type="button" className="button primary" onClick={() => startImportJob(store, record.id, services.now)}>
              {t('import.resume')}
            </button>
          </div>
        </>
      )}
      {batch.state === 'cancelled' && <p>{t('import.cancelled')}</p>}
      {batch.state === 'done' && (
        <>
          <p data-testid="import-summary">{t('import.summary', { total: batch.totalRows, stored: batch.stored, refused: batch.refused, duplicates: batch.duplicates })}</p>
          {batch.refusedColumns.length > 0 && (
            <div className="notice">
              <p>{t('import.refusedColumns')}</p>
              <ul>
                {batch.refusedColumns.map((column) => (
                  <li key={column.column}>
                    {column.column}：{t(`import.column.${column.reason}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {batch.problems.length > 0 && (
            <>
              <table className="ledger-table" data-testid="import-problems">
                <caption>{t('import.problems.caption', { count: batch.problems.length + batch.problemsNotKept })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.report.row')}</th>
                    <th scope="col">{t('import.report.column')}</th>
                    <th scope="col">{t('import.report.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {batch.problems.slice(0, shownProblems).map((problem, index) => (
                    <tr key={`${problem.row}-${index}`}>
                      <td data-label={t('import.report.row')}>{problem.row}</td>
                      <td data-label={t('import.report.column')}>{problem.column || '—'}</td>
                      <td data-label={t('import.report.reason')}>{t(`import.problem.${problem.reason}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {batch.problems.length > shownProblems && <p className="muted">{t('import.problems.more', { count: batch.problems.length - shownProblems })}</p>}
            </>
          )}
          <div className="actions">
            {batch.problems.length > 0 && (
              <button type="button" className="button" onClick={() => void downloadReport()}>
                {t('import.report.download')}
              </button>
            )}
            <Link className="button" to="/ledgers/personal-information">
              {t('import.toLedger')}
            </Link>
            {ended === null && batch.stored > 0 && (
              <button type="button" className="button" onClick={() => setEnding(true)}>
                {t('import.endService')}
              </button>
            )}
          </div>
          {ended !== null && (
            <p className="notice">
              {t('import.serviceEnded')} <Link to={`/ledgers/personal-information-deletion/${ended.id}`}>{t('deletion.panel.toDelete')}</Link>
            </p>
          )}
          <h3>{t('import.mappingUsed')}</h3>
          <ul>
            {batch.mapping.map((entry) => (
              <li key={entry.column}>
                {entry.heading === '' ? columnLetter(entry.column) : `${columnLetter(entry.column)}：${entry.heading}`} → {entry.field === 'skip' ? t('import.mapping.skip') : t(`import.field.${entry.field}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {message !== null && (
        <p role="status" className="notice-line">
          {message}
        </p>
      )}
      <ServiceEndDialog open={ending} scope="batch" targetId={record.id} targetLabel={batch.fileName} onClose={() => setEnding(false)} />
    </section>
  );
}
