import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { t } from '@renderer/i18n/t';
import { onImportJobs, runningImportOf } from '@renderer/import/import-jobs';
import { useOpenSession } from '@renderer/session/session-context';

/** On 个人信息台账: the way to import a file, and to the import running in the background, if one is. */
export function ImportActions() {
  const { store } = useOpenSession();
  const running = useSyncExternalStore(onImportJobs, () => runningImportOf(store));
  return (
    <>
      <Link className="button" to="/ledgers/personal-information-import/new">
        {t('import.start')}
      </Link>
      {running !== null && (
        <Link className="button" to={`/ledgers/personal-information-import/${running}`} data-testid="running-import">
          {t('import.running')}
        </Link>
      )}
    </>
  );
}
