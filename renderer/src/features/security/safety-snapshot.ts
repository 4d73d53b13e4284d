import type { WorkspaceKeys } from '@shared/crypto/workspace-keys';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { toChinaDateString } from '@shared/time/china-time';
import { beginSaveOrNull, beginSnapshotOrNull } from '@renderer/host/file-streams';
import type { BackupSecret } from '@renderer/storage/backup-reader';
import { saveCheckedBackup } from '@renderer/storage/backup-save';
import { openWorkspaceDbOrThrow } from '@renderer/storage/workspace-db';
import { WorkspaceStore } from '@renderer/storage/workspace-store';
import type { AppServices } from '@renderer/session/app-services';

/** How the workspace about to be replaced is opened for its safety snapshot. */
export type ExistingAccess =
  /** It is the open workspace. */
  | Readonly<{ kind: 'open'; store: WorkspaceStore }>
  /** The backup is of the same data key: its keys open the workspace too. */
  | Readonly<{ kind: 'keys'; keys: WorkspaceKeys }>
  /** Its own passphrase or recovery code, typed for this. */
  | Readonly<{ kind: 'secret'; secret: BackupSecret }>
  /** The user has neither and chose to replace it without a copy. */
  | Readonly<{ kind: 'skip' }>;

export type SafetyOutcome =
  | Readonly<{ kind: 'snapshot'; location: string }>
  | Readonly<{ kind: 'download'; name: string }>
  | Readonly<{ kind: 'skipped' }>
  | Readonly<{ kind: 'cancelled' }>;

async function withExistingStore<T>(services: AppServices, workspaceId: string, access: Exclude<ExistingAccess, { kind: 'skip' }>, task: (store: WorkspaceStore) => Promise<T>): Promise<T> {
  if (access.kind === 'open') return task(access.store);
  let store: WorkspaceStore;
  if (access.kind === 'keys') {
    const db = await openWorkspaceDbOrThrow(workspaceId, services.environment);
    store = await WorkspaceStore.open(db, services.port, access.keys, 'system', services.now, { anchorMirror: services.registry.anchorMirror(workspaceId) }).catch((error: unknown) => {
      db.close();
      throw error;
    });
  } else {
    const { kind, value } = access.secret;
    store = (kind === 'passphrase' ? await services.vault.unlockWithPassphrase(workspaceId, value) : await services.vault.unlockWithRecoveryCode(workspaceId, value)).store;
  }
  try {
    return await task(store);
  } finally {
    store.close();
  }
}

/**
 * Before a restore replaces a workspace: a backup of what it holds now, checked
 * as it is written. The desktop app keeps it with the snapshots (outside the
 * browser profile); the browser mode hands it to the downloads. Nothing is
 * replaced unless this succeeded (or the user chose to go without).
 */
export async function takeSafetySnapshot(services: AppServices, workspace: WorkspaceSummary, access: ExistingAccess): Promise<SafetyOutcome> {
  if (access.kind === 'skip') return { kind: 'skipped' };
  const status = await services.host.snapshots.status({ workspaceId: workspace.id });
  const desktop = status.ok && status.value.supported;
  const now = services.now();
  return withExistingStore(services, workspace.id, access, async (store) => {
    const input = { label: workspace.label, appVersion: services.appVersion, now };
    if (desktop) {
      const target = await beginSnapshotOrNull(services.host, workspace.id, 'before-restore');
      if (target === null) return { kind: 'cancelled' };
      const { saved } = await saveCheckedBackup(store, input, target);
      return saved.written ? { kind: 'snapshot', location: saved.location } : { kind: 'cancelled' };
    }
    const target = await beginSaveOrNull(services.host, {
      suggestedName: `${workspace.label}-替换前的安全备份-${toChinaDateString(now)}.smsbak`.replace(/[\\/:*?"<>|]/g, '_'),
      filters: [{ name: '短信合规助手备份', extensions: ['smsbak'] }],
    });
    if (target === null) return { kind: 'cancelled' };
    const { saved } = await saveCheckedBackup(store, input, target);
    if (saved.saved) return { kind: 'snapshot', location: saved.location };
    return saved.handedToBrowser === undefined ? { kind: 'cancelled' } : { kind: 'download', name: saved.handedToBrowser };
  });
}
