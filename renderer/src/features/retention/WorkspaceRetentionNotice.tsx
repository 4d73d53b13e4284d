import type { WorkspaceDeletionVerdict } from '@shared/ledgers/retention';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';

type Refusal = Extract<WorkspaceDeletionVerdict, { allowed: false }>;

type WorkspaceRetentionNoticeProps = Readonly<{
  refusal: Refusal;
  /** When the last archive was made, if one is outdated. */
  lastArchiveAt: number | null;
  working: boolean;
  onExport: () => void;
}>;

/** Why a workspace cannot be deleted yet (二(一)), in plain words, and the way out: an archive export first. */
export function WorkspaceRetentionNotice({ refusal, lastArchiveAt, working, onExport }: WorkspaceRetentionNoticeProps) {
  return (
    <div className="notice retention-refusal" role="alert" data-testid="retention-refusal">
      <p>{refusal.reason === 'service-running' || refusal.until === null ? t('workspaces.retention.running') : t('workspaces.retention.keptUntil', { date: formatDate(refusal.until - 1) })}</p>
      {refusal.archive === 'outdated' && lastArchiveAt !== null && <p>{t('workspaces.retention.outdated', { date: formatDate(lastArchiveAt) })}</p>}
      <p>{t('workspaces.retention.needArchive')}</p>
      <div className="actions">
        <button type="button" className="button primary" disabled={working} onClick={onExport}>
          {working ? t('workspaces.retention.exporting') : t('workspaces.retention.export')}
        </button>
      </div>
    </div>
  );
}
