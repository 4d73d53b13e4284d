import { toAppError, type AppErrorCode } from '@shared/errors/app-error';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { deletePersonalInformation, type DeletionContext, type DeletionProgress } from './personal-information-deletion';

/** Where a deletion running in this window stands. */
export type DeletionJobState =
  | Readonly<{ phase: 'running'; progress: DeletionProgress | null }>
  | Readonly<{ phase: 'finished' }>
  | Readonly<{ phase: 'failed'; code: AppErrorCode }>;

const jobs = new Map<string, DeletionJobState>();
const listeners = new Set<() => void>();

function set(id: string, state: DeletionJobState): void {
  jobs.set(id, state);
  for (const listener of listeners) listener();
}

/** Listens to every deletion's progress; returns the function that stops listening. */
export function onDeletionJobs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The state of a service end's deletion in this window, or null. */
export function deletionJobState(serviceEndId: string): DeletionJobState | null {
  return jobs.get(serviceEndId) ?? null;
}

/** Runs 彻底删除 in the background (screens may come and go); one run per service end at a time. */
export function runDeletionJob(store: WorkspaceStore, serviceEndId: string, executedBy: string, context: Omit<DeletionContext, 'onProgress'>): void {
  if (jobs.get(serviceEndId)?.phase === 'running') return;
  set(serviceEndId, { phase: 'running', progress: null });
  deletePersonalInformation(store, serviceEndId, executedBy, { ...context, onProgress: (progress) => set(serviceEndId, { phase: 'running', progress }) }).then(
    () => set(serviceEndId, { phase: 'finished' }),
    (error: unknown) => set(serviceEndId, { phase: 'failed', code: toAppError(error).code }),
  );
}
