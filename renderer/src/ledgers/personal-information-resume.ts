import type { Host } from '@shared/ipc/host';
import { startImportJob, unfinishedImportsOf } from '@renderer/import/import-jobs';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { runDeletionJob } from './deletion-jobs';
import { openServiceEnds } from './personal-information-deletion';

export type ResumeContext = Readonly<{ host: Host; label: string; appVersion: string; now: () => number }>;

/**
 * After an unlock: imports cut short (page closed, crash, lock) run again
 * from their kept file, storing no number twice; deletions cut short go on
 * where they stopped (一(一)3). Both run in the background.
 */
export async function resumePersonalInformationWork(store: WorkspaceStore, context: ResumeContext): Promise<void> {
  for (const batchId of await unfinishedImportsOf(store)) startImportJob(store, batchId, context.now);
  for (const record of await openServiceEnds(store)) {
    if (record.payload.deletion !== null) runDeletionJob(store, record.id, record.payload.deletion.executedBy, context);
  }
}
