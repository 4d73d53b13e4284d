import { useState } from 'react';
import { Link } from 'react-router';
import { workspaceLabelSchema, type WorkspaceSummary } from '@shared/storage/workspace-registry';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toAppError } from '@shared/errors/app-error';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import type { ReturnState } from '@renderer/app/return-path';

type WorkspaceCardProps = Readonly<{ workspace: WorkspaceSummary; onChanged: (message?: string) => void; returnTo?: ReturnState | undefined }>;

/** One workspace in the list: unlock (back to the screen it was locked on), rename, delete (after typing its name). */
export function WorkspaceCard({ workspace, onChanged, returnTo }: WorkspaceCardProps) {
  const { services, session, lock, updateWorkspace } = useSession();
  const isOpen = session?.workspace.id === workspace.id;
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(workspace.label);
  const [error, setError] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState(false);
  const [confirmText, setConfirmText] = useState('');

  const rename = async () => {
    const parsed = workspaceLabelSchema.safeParse(label);
    if (!parsed.success) return setError(fieldErrorText('label.', parsed.error.issues[0]?.message));
    try {
      await services.vault.rename(workspace.id, parsed.data, isOpen ? (session?.store ?? null) : null);
      if (isOpen) updateWorkspace({ label: parsed.data });
      setRenaming(false);
      onChanged();
    } catch (failure) {
      setError(describeErrorZhCN(toAppError(failure).code));
    }
  };

  const remove = async () => {
    if (isOpen) lock('user');
    await services.vault.remove(workspace.id);
    setDeleting(false);
    onChanged(t('workspaces.deleted'));
  };

  return (
    <li className="card workspace-card" data-testid="workspace-card">
      <h2>{workspace.label}</h2>
      <p className="muted">
        {t('workspaces.createdAt', { date: formatDate(workspace.createdAt) })} · {t('workspaces.lastOpenedAt', { date: formatDate(workspace.lastOpenedAt) })}
      </p>
      {renaming ? (
        <div className="inline-form">
          <label>
            {t('workspaces.renameLabel')}
            <input value={label} onChange={(event) => setLabel(event.target.value)} maxLength={60} />
          </label>
          {error && <p className="field-error" role="alert">{error}</p>}
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void rename()}>
              {t('workspaces.renameSave')}
            </button>
            <button type="button" className="button" onClick={() => setRenaming(false)}>
              {t('workspaces.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {isOpen ? (
            <Link className="button primary" to="/">
              {t('workspaces.open')}
            </Link>
          ) : (
            <Link className="button primary" to={`/workspaces/${workspace.id}/unlock`} state={returnTo}>
              {t('workspaces.unlock')}
            </Link>
          )}
          <button type="button" className="button" onClick={() => setRenaming(true)}>
            {t('workspaces.rename')}
          </button>
          <button type="button" className="button danger-outline" onClick={() => setDeleting(true)}>
            {t('workspaces.delete')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={deleting}
        danger
        title={t('workspaces.deleteTitle', { label: workspace.label })}
        confirmLabel={t('workspaces.deleteConfirm')}
        cancelLabel={t('workspaces.cancel')}
        confirmDisabled={confirmText.trim() !== workspace.label}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(false)}
      >
        <p>{t('workspaces.deleteWhat')}</p>
        <ul className="checklist">
          <li>{t('workspaces.deleteWhat.letters')}</li>
          <li>{t('workspaces.deleteWhat.ledgers')}</li>
          <li>{t('workspaces.deleteWhat.history')}</li>
        </ul>
        <p className="notice" data-testid="delete-law">
          {t('workspaces.deleteLaw')} {t('workspaces.deleteLawClause')}
          <ClauseRef clause="二(一)" />
        </p>
        <p className="muted">{t('workspaces.deleteLeaves')}</p>
        <label>
          {t('workspaces.deleteConfirmLabel', { label: workspace.label })}
          <input value={confirmText} onChange={(event) => setConfirmText(event.target.value)} />
        </label>
      </ConfirmDialog>
    </li>
  );
}
