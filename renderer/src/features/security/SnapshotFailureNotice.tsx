import { Link } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSnapshotFailure } from './use-snapshot-failure';

/** On every screen of an open workspace: the last automatic snapshot failed, and what to do. */
export function SnapshotFailureNotice({ workspaceId }: { workspaceId: string }) {
  const failure = useSnapshotFailure(workspaceId);
  if (failure === null) return null;
  return (
    <p className="notice" role="alert" data-testid="snapshot-failure-notice">
      {t('security.snapshots.failedNotice', { date: formatDateTime(failure.at), reason: describeErrorZhCN(failure.code) })}{' '}
      <Link to="/settings">{t('security.snapshots.failedNoticeLink')}</Link>
    </p>
  );
}
