import { compareKeyFiles, parseKeyFileOrThrow } from '@shared/crypto/key-file';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import type { VerifiedBackup } from '@renderer/storage/backup-reader';
import { openWorkspaceDbOrThrow } from '@renderer/storage/workspace-db';
import type { AppServices } from '@renderer/session/app-services';
import type { OpenSession } from '@renderer/session/session-context';
import { readKeyFileOrThrow } from '@renderer/vault/workspace-vault';

/**
 * The workspace of this device a backup would replace: how its key file
 * stands to the backup's, and how it can be opened for a safety snapshot
 * (it is open; the backup's keys open it; or its own secret is needed).
 */
export type ExistingWorkspace = Readonly<{
  summary: WorkspaceSummary;
  keyDifference: ReturnType<typeof compareKeyFiles>;
  access: 'open' | 'keys' | 'secret';
  /** Where its safety snapshot goes: the snapshot folder (desktop), or the downloads. */
  safetyTo: 'snapshots' | 'downloads';
}>;

/** The workspace a verified backup would replace; null when the device has none of that id. */
export async function inspectExistingWorkspace(services: AppServices, session: OpenSession | null, backup: VerifiedBackup): Promise<ExistingWorkspace | null> {
  const summary = await services.registry.get(backup.header.workspace.id);
  if (summary === null) return null;
  const db = await openWorkspaceDbOrThrow(summary.id, services.environment);
  let keyDifference: ExistingWorkspace['keyDifference'];
  try {
    keyDifference = compareKeyFiles(await readKeyFileOrThrow(db), parseKeyFileOrThrow(backup.header.keyFile));
  } catch {
    // A key file that does not read is no key this backup shares.
    keyDifference = 'key-differs';
  } finally {
    db.close();
  }
  const access = session?.workspace.id === summary.id ? 'open' : keyDifference === 'key-differs' ? 'secret' : 'keys';
  const snapshots = await services.host.snapshots.status({ workspaceId: summary.id });
  return { summary, keyDifference, access, safetyTo: snapshots.ok && snapshots.value.supported ? 'snapshots' : 'downloads' };
}
