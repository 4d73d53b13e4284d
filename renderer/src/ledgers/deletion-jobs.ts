import { toAppError, type AppErrorCode } from '@shared/errors/app-error';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { deletePersonalInformation, type DeletionContext, type DeletionProgress } from './personal-information-deletion';

/** Where a deletion running in this window stands. */
export type DeletionJobState =
  | Readonly<{ phase: 'running'; progress: DeletionProgress | null }>
  | Readonly<{ phase: 'finished' }>
  | Readonly<{ phase: 'failed'; code: AppErrorCode }>;

type Job = { store: WorkspaceStore; state: DeletionJobState };
const jobs = new Map<string, Job>();
const listeners = new Set<() => void>();

function set(id: string, job: Job, state: DeletionJobState): void {
  job.state = state;
  // A run replaced by a newer one (after a lock and an unlock) no longer speaks for the deletion.
  if (jobs.get(id) === job) for (const listener of listeners) listener();
}

/** Listens to every deletion's progress; returns the function that stops listening. */
export function onDeletionJobs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The state of a service end's deletion in this window, or null. */
export function deletionJobState(serviceEndId: string): DeletionJobState | null {
  return jobs.get(serviceEndId)?.state ?? null;
}

/** Runs 彻底删除 in the background (screens may come and go); one run per service end at a time. */
export function runDeletionJob(store: WorkspaceStore, serviceEndId: string, executedBy: string, context: Omit<DeletionContext, 'onProgress'>): void {
  const existing = jobs.get(serviceEndId);
  if (existing !== undefined && existing.store === store && existing.state.phase === 'running') return;
  const job: Job = { store, state: { phase: 'running', progress: null } };
  jobs.set(serviceEndId, job);
  set(serviceEndId, job, job.state);
  deletePersonalInformation(store, serviceEndId, executedBy, { ...context, onProgress: (progress) => set(serviceEndId, job, { phase: 'running', progress }) }).then(
    () => set(serviceEndId, job, { phase: 'finished' }),
    (error: unknown) => set(serviceEndId, job, { phase: 'failed', code: toAppError(error).code }),
  );
}
