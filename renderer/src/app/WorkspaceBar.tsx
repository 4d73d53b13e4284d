import { useNavigate } from 'react-router';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';

/** The open workspace's name with lock and switch, in the header. */
export function WorkspaceBar() {
  const { session, lock } = useSession();
  const navigate = useNavigate();
  if (session === null) return null;
  return (
    <div className="workspace-bar">
      <span className="workspace-name" data-testid="open-workspace">{t('workspace.header.label', { label: session.workspace.label })}</span>
      <button
        type="button"
        className="button small"
        onClick={() => {
          lock('switch');
          void navigate('/workspaces');
        }}
      >
        {t('workspace.header.switch')}
      </button>
      <button type="button" className="button small" onClick={() => lock('user')}>
        {t('workspace.header.lock')}
      </button>
    </div>
  );
}
