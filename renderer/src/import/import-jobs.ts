import { toAppError, type AppErrorCode } from '@shared/errors/app-error';
import type { ImportBatchPayload } from '@shared/ledgers/definitions/personal-information-import.ledger';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { ImportFileError, workerTableReader, type TableReader } from './import-worker-client';
import type { ImportWorkerProblem } from './import.worker';
import { runImportBatch, unfinishedImports, type ImportCounts } from './personal-information-import';

/** Where a running import stands, for every screen that shows it. */
export type ImportJobState =
  | Readonly<{ batchId: string; phase: 'running'; counts: ImportCounts | null; cancelling: boolean }>
  | Readonly<{ batchId: string; phase: 'finished'; result: ImportBatchPayload }>
  | Readonly<{ batchId: string; phase: 'failed'; error: Readonly<{ kind: 'file'; problem: ImportWorkerProblem }> | Readonly<{ kind: 'app'; code: AppErrorCode }> }>;

type Job = { state: ImportJobState; controller: AbortController; store: WorkspaceStore };

const jobs = new Map<string, Job>();
const listeners = new Set<() => void>();
const reader: TableReader = workerTableReader;

function announce(): void {
  for (const listener of listeners) listener();
}

/** Listens to every change of every import; returns the function that stops listening. */
export function onImportJobs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The state of a batch's import in this window, or null when none ran here. */
export function importJobState(batchId: string): ImportJobState | null {
  return jobs.get(batchId)?.state ?? null;
}

/** The batch of an import running now in this window for a store (the first, if several), or null. */
export function runningImportOf(store: WorkspaceStore): string | null {
  return [...jobs.values()].find((job) => job.store === store && job.state.phase === 'running')?.state.batchId ?? null;
}

/**
 * Runs a batch in the background: screens come and go, the import goes on
 * until it ends, is cancelled, or the workspace locks (then it resumes at the
 * next unlock). A batch already running here is not started twice.
 */
export function startImportJob(store: WorkspaceStore, batchId: string, now: () => number): void {
  const existing = jobs.get(batchId);
  // A job of an earlier unlock (it stops at its next write, the keys gone) does not hold back this one.
  if (existing !== undefined && existing.store === store && existing.state.phase === 'running') return;
  const job: Job = { state: { batchId, phase: 'running', counts: null, cancelling: false }, controller: new AbortController(), store };
  jobs.set(batchId, job);
  announce();
  const update = (state: ImportJobState) => {
    job.state = state;
    // A job replaced by a newer run of the same batch no longer speaks for it.
    if (jobs.get(batchId) === job) announce();
  };
  runImportBatch(store, batchId, {
    reader,
    signal: job.controller.signal,
    now,
    onProgress: (counts) => job.state.phase === 'running' && update({ ...job.state, counts }),
  }).then(
    (result) => update({ batchId, phase: 'finished', result }),
    (error: unknown) =>
      update({ batchId, phase: 'failed', error: error instanceof ImportFileError ? { kind: 'file', problem: error.problem } : { kind: 'app', code: toAppError(error).code } }),
  );
}

/** Stops a running import and takes back what it stored. */
export function cancelImportJob(batchId: string): void {
  const job = jobs.get(batchId);
  if (job === undefined || job.state.phase !== 'running') return;
  job.state = { ...job.state, cancelling: true };
  job.controller.abort();
  announce();
}

/** Batches left running by an earlier session (nothing runs them in this window yet). */
export async function unfinishedImportsOf(store: WorkspaceStore): Promise<string[]> {
  return (await unfinishedImports(store)).filter((batchId) => {
    const job = jobs.get(batchId);
    return job === undefined || job.store !== store || job.state.phase !== 'running';
  });
}
