import { toAppError } from '@shared/errors/app-error';
import { verifyOwnBackupOrThrow } from './backup-reader';
import { writeBackup, type BackupInput, type WrittenBackup } from './backup-writer';
import { createByteChannel, teeSink, type SaveTarget } from './byte-stream';
import type { WorkspaceStore } from './workspace-store';

/**
 * Writes a backup of the workspace into a target (a file picked by the user,
 * a snapshot, a download) and checks it as it is written, as a restore
 * would: every frame, every row, the audit log. Only a backup that checks out
 * is finished; on any failure the target is abandoned and nothing is left
 * under its name. Returns what finishing answered.
 */
export async function saveCheckedBackup<Result>(store: WorkspaceStore, input: BackupInput, target: SaveTarget<Result>): Promise<Readonly<{ saved: Result; backup: WrittenBackup }>> {
  const channel = createByteChannel();
  const checking = verifyOwnBackupOrThrow(store, channel);
  // A check that fails early stops the writer at its next piece; its failure is the one reported.
  checking.catch((error: unknown) => channel.fail(toAppError(error)));
  try {
    const backup = await writeBackup(store, input, teeSink(target, channel));
    channel.close();
    await checking;
    return { saved: await target.finish(), backup };
  } catch (error) {
    channel.fail(toAppError(error));
    await checking.catch(() => undefined);
    await target.abort().catch(() => undefined);
    throw error;
  }
}
