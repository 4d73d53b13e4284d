import { useState } from 'react';
import { Link } from 'react-router';
import { workspaceLabelSchema, type WorkspaceSummary } from '@shared/storage/workspace-registry';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toAppError } from '@shared/errors/app-error';
import { valueOrThrow } from '@shared/ipc/result';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import type { RemovalRefusal } from '@renderer/features/retention/remove-workspace';
import { WorkspaceRetentionNotice } from '@renderer/features/retention/WorkspaceRetentionNotice';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import type { ReturnState } from '@renderer/app/return-path';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { WorkspaceRemovalList } from '@renderer/features/retention/WorkspaceRemovalList';


type WorkspaceCardProps = Readonly<{ workspace: WorkspaceSummary; onChanged: (message?: string) => void; returnTo?: ReturnState | undefined }>;

/** One workspace in the list: unlock (back to the screen it was locked on), rename, delete (after typing its name and its passphrase). */
export function WorkspaceCard({ workspace, onChanged, returnTo }: WorkspaceCardProps) {
  const { services, session, lock, updateWorkspace } = useSession();
  const isOpen = session?.workspace.id === workspace.id;
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(workspace.label);
  const [error, setError] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState(false);
  const [confirmText, setConfirmText] = useState('');
  const [deletePassphrase, setDeletePassphrase] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const [refusal, setRefusal] = useState<RemovalRefusal | null>(null);
  const [archiveMessage, setArchiveMessage] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

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

  const closeDeleteDialog = () => {
    setDeleting(false);
    setConfirmText('');
    setDeletePassphrase('');
    setDeleteError(null);
    setRefusal(null);
    setArchiveMessage(null);
  };

  // The workspace's own data, opened with the passphrase just given (or the session's, when it is the open one).
  const withStore = async <T,>(read: (store: WorkspaceStore) => Promise<T>): Promise<T> => {
    if (isOpen && session !== null) return read(session.store);
    const { store } = await services.vault.unlockWithPassphrase(workspace.id, deletePassphrase);
    try {
      return await read(store);
    } finally {
      store.close();
    }
  };

  const exportBeforeDeleting = async () => {
    setExporting(true);
    setDeleteError(null);
    try {
      // The archive's code (backup writing and checking) loads when asked for: the list is the start screen.
      const { exportArchive } = await import('@renderer/features/retention/archive-export');
      const saved = await withStore((store) =>
        exportArchive(store, { label: workspace.label, appVersion: services.appVersion, now: services.now() }, async (file) =>
          valueOrThrow(await services.host.files.saveFile({ suggestedName: file.name, filters: [{ name: '短信合规助手备份', extensions: ['smsbak'] }], data: file.data })),
        ),
      );
      const said = describeSaveOutcome(saved, {
        saved: (location) => t('workspaces.retention.exported', { location }),
        handedToBrowser: (name) => t('workspaces.retention.downloaded', { name }),
        cancelled: t('workspaces.retention.cancelled'),
      });
      if (saved.saved || saved.handedToBrowser !== undefined) setRefusal(null);
      setArchiveMessage(said);
    } catch (failure) {
      setDeleteError(describeErrorZhCN(toAppError(failure).code));
    } finally {
      setExporting(false);
    }
  };

  const remove = async () => {
    setRemoving(true);
    setDeleteError(null);
    setArchiveMessage(null);
    try {
      // 二(一): records under retention go only once the user holds an archive of them.
      const { removeWorkspaceOrRefuse } = await import('@renderer/features/retention/remove-workspace');
      const refused = await removeWorkspaceOrRefuse(services, {
        workspaceId: workspace.id,
        passphrase: deletePassphrase,
        openStore: isOpen && session !== null ? session.store : null,
        beforeRemoving: () => isOpen && lock('user'),
      });
      if (refused !== null) return setRefusal(refused);
      closeDeleteDialog();
      onChanged(t('workspaces.deleted'));
    } catch (failure) {
      setDeletePassphrase('');
      setDeleteError(describeErrorZhCN(toAppError(failure).code));
    } finally {
      setRemoving(false);
    }
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
        cancelLabel={t('workspaces.cancel')}
        confirmLabel={removing ? t('workspaces.deleting') : t('workspaces.deleteConfirm')}
        confirmDisabled={removing || exporting || confirmText.trim() !== workspace.label || deletePassphrase === ''}
        onConfirm={() => void remove()}
        onCancel={closeDeleteDialog}
      >
        <p>{t('workspaces.deleteWhat')}</p>
        <WorkspaceRemovalList />
        <p>{t('workspaces.deleteKept')}</p>
        <p className="notice" data-testid="delete-law">
          {t('workspaces.deleteLaw')} {t('workspaces.deleteLawClause')}
          <ClauseRef clause="二(一)" />
        </p>
        <label>
          {t('workspaces.deleteConfirmLabel', { label: workspace.label })}
          <input value={confirmText} onChange={(event) => setConfirmText(event.target.value)} />
        </label>
        <label>
          {t('workspaces.deletePassphraseLabel')}
          <input type="password" autoComplete="current-password" value={deletePassphrase} onChange={(event) => setDeletePassphrase(event.target.value)} />
        </label>
        {refusal !== null && <WorkspaceRetentionNotice refusal={refusal.verdict} lastArchiveAt={refusal.lastArchiveAt} working={exporting} onExport={() => void exportBeforeDeleting()} />}
        {archiveMessage !== null && (
          <p role="status" data-testid="archive-status">
            {archiveMessage}
          </p>
        )}
        {deleteError !== null && (
          <p className="field-error" role="alert">
            {deleteError}
          </p>
        )}
      </ConfirmDialog>
    </li>
  );
}
