import { t } from '@renderer/i18n/t';

/** What removing a workspace from this device takes away: the same list wherever a removal is confirmed. */
export function WorkspaceRemovalList() {
  return (
    <ul className="delete-list">
      <li>{t('workspaces.deleteWhat.data')}</li>
      <li>{t('workspaces.deleteWhat.snapshots')}</li>
      <li>{t('workspaces.deleteWhat.device')}</li>
      <li>{t('workspaces.deleteWhat.reminders')}</li>
      <li>{t('workspaces.deleteWhat.copies')}</li>
    </ul>
  );
}
