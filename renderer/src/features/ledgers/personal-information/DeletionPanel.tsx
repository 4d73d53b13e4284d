import { useState, useSyncExternalStore } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { deletionStateOf, executedBySchema, type ServiceEndPayload } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { deletionJobState, onDeletionJobs, runDeletionJob } from '@renderer/ledgers/deletion-jobs';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { scenarioText } from '../column-text';
import { useRecordNames } from '../use-record-names';
import { useDeletionDue } from './use-deletion-due';

/**
 * A service end: while pending, when the deletion is due and 彻底删除; once
 * done, the deletion record (date, count per scenario, who, the backups made
 * before it that the merchant must destroy too).
 */
export function DeletionPanel({ record }: { record: LedgerRecord<ServiceEndPayload> }) {
  const { services } = useSession();
  const { store, workspace } = useOpenSession();
  const job = useSyncExternalStore(onDeletionJobs, () => deletionJobState(record.id));
  const due = useDeletionDue(record.id);
  // A consented new scenario (一(三)3) is named by its scope change.
  const scenarioNames = useRecordNames(personalInformationLedger);
  const [asking, setAsking] = useState(false);
  const [executedBy, setExecutedBy] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const state = deletionStateOf(record.payload);
  const deletion = record.payload.deletion;

  const context = { host: services.host, label: workspace.label, appVersion: services.appVersion, now: services.now };
  const start = () => {
    const parsed = executedBySchema.safeParse(executedBy);
    if (!parsed.success) return setError(fieldErrorText('ledger.error.', parsed.error.issues[0]?.message));
    setError(undefined);
    setAsking(false);
    runDeletionJob(store, record.id, parsed.data, context);
  };
  const running = job?.phase === 'running';

  return (
    <section className="card" data-testid="deletion-panel">
      <h2>{t('deletion.record.title')}</h2>
      {state === 'pending' && (
        <>
          <p>{due?.dueDate != null ? t('deletion.record.dueBy', { date: due.dueDate }) : t('deletion.record.due')}</p>
          <p className="muted">{t('deletion.record.what')}</p>
        </>
      )}
      {running && (
        <div role="status" className="notice-line">
          <p>{job.progress === null ? t('deletion.progress.starting') : t(`deletion.progress.${job.progress.step}`, { done: job.progress.done, total: job.progress.total })}</p>
          {job.progress !== null && job.progress.total > 0 && <progress max={job.progress.total} value={job.progress.done} aria-label={t('deletion.progress.label')} />}
        </div>
      )}
      {job?.phase === 'failed' && (
        <p role="alert" className="field-error">
          {t('deletion.failed', { reason: describeErrorZhCN(job.code) })}
        </p>
      )}
      {state !== 'done' && !running && (
        <div className="actions">
          <button type="button" className="button danger" onClick={() => (deletion === null ? (setError(undefined), setAsking(true)) : runDeletionJob(store, record.id, deletion.executedBy, context))}>
            {deletion === null ? t('deletion.start') : t('deletion.resume')}
          </button>
        </div>
      )}
      {state === 'awaiting-snapshots' && !running && <p className="notice">{t('deletion.awaitingSnapshots')}</p>}
      {deletion !== null && (
        <dl className="record-fields" data-testid="deletion-record">
          <div>
            <dt>{t('deletion.record.at')}</dt>
            <dd>{formatDateTime(deletion.at)}</dd>
          </div>
          <div>
            <dt>{t('deletion.record.count')}</dt>
            <dd>{t('deletion.record.countValue', { count: deletion.count })}</dd>
          </div>
          <div>
            <dt>{t('deletion.record.byScenario')}</dt>
            <dd>
              {Object.entries(deletion.byScenario)
                .map(([scenario, count]) => t('deletion.record.scenarioCount', { scenario: scenarioText(personalInformationLedger, 'scenario', scenario, scenarioNames), count }))
                .join('；')}
            </dd>
          </div>
          <div>
            <dt>{t('deletion.record.executedBy')}</dt>
            <dd>{deletion.executedBy}</dd>
          </div>
          <div>
            <dt>{t('deletion.record.snapshots')}</dt>
            <dd>{t(`deletion.snapshots.${deletion.snapshots}`)}</dd>
          </div>
          {deletion.completedAt !== null && (
            <div>
              <dt>{t('deletion.record.completedAt')}</dt>
              <dd>{formatDateTime(deletion.completedAt)}</dd>
            </div>
          )}
          <div className="span-all">
            <dt>{t('deletion.record.backups')}</dt>
            <dd>
              {deletion.backupsBefore.length === 0 ? (
                t('deletion.record.noBackups')
              ) : (
                <>
                  <p>{t('deletion.record.backupsIntro', { count: deletion.backupsBefore.length })}</p>
                  <ul data-testid="backups-before">
                    {deletion.backupsBefore.map((at) => (
                      <li key={at}>{formatDateTime(at)}</li>
                    ))}
                  </ul>
                </>
              )}
            </dd>
          </div>
        </dl>
      )}
      <ConfirmDialog
        open={asking}
        title={t('deletion.confirm.title')}
        confirmLabel={t('deletion.confirm.action')}
        cancelLabel={t('ledgers.form.cancel')}
        danger
        onConfirm={start}
        onCancel={() => setAsking(false)}
      >
        <p>{t(`deletion.confirm.body.${record.payload.scope}`)}</p>
        <FormField label={t('deletion.confirm.executedBy')} hint={t('deletion.confirm.executedByHint')} error={error}>
          {(props) => <input {...props} value={executedBy} autoComplete="off" onChange={(event) => setExecutedBy(event.target.value)} />}
        </FormField>
      </ConfirmDialog>
    </section>
  );
}
