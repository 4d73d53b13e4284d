import { valueOrThrow } from '@shared/ipc/result';
import type { WorkspaceDeletionVerdict } from '@shared/ledgers/retention';
import type { AppServices } from '@renderer/session/app-services';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { lastArchiveAt, workspaceRetention } from './archive-export';

/** Why a workspace was not removed: 二(一) keeps it, and when it was last archived. */
export type RemovalRefusal = Readonly<{ verdict: Extract<WorkspaceDeletionVerdict, { allowed: false }>; lastArchiveAt: number | null }>;

type Removal = Readonly<{
  workspaceId: string;
  passphrase: string;
  /** The workspace's store when it is the open one (its data is read there rather than unlocked again). */
  openStore: WorkspaceStore | null;
  /** Called once removal is certain, before anything goes (the open workspace is locked). */
  beforeRemoving: () => void;
}>;

/**
 * Removes a workspace from this device, only with its passphrase and only
 * when 二(一) allows it (an archive or hand-over bundle of exactly what is
 * removed, or retention over): its data, then what the host keeps for it
 * (snapshots, device key, reminders, viewer copies). Returns the refusal
 * instead when records must still be kept here.
 */
export async function removeWorkspaceOrRefuse(services: AppServices, removal: Removal): Promise<RemovalRefusal | null> {
  await services.vault.verifyPassphraseOrThrow(removal.workspaceId, removal.passphrase);
  const read = async (store: WorkspaceStore) => ({ verdict: await workspaceRetention(store, services.now()), lastArchiveAt: await lastArchiveAt(store) });
  let checked: Awaited<ReturnType<typeof read>>;
  if (removal.openStore !== null) checked = await read(removal.openStore);
  else {
    const { store } = await services.vault.unlockWithPassphrase(removal.workspaceId, removal.passphrase);
    try {
      checked = await read(store);
    } finally {
      store.close();
    }
  }
  if (!checked.verdict.allowed) return { verdict: checked.verdict, lastArchiveAt: checked.lastArchiveAt };
  removal.beforeRemoving();
  await services.vault.remove(removal.workspaceId, removal.passphrase, async (workspaceId) => {
    valueOrThrow(await services.host.workspaces.forget({ workspaceId }));
  });
  return null;
}
