import type { ImportPlan } from '@shared/import/personal-information-rows';
import type { ImportKeys } from './import-sealing';
import type { ImportWorkerProblem, ImportWorkerReply, ImportWorkerRequest } from './import.worker';
import type { SievedChunk, SieveSummary, TableInspection } from './table-sieve';

/** A file the worker could not read, with why. */
export class ImportFileError extends Error {
  constructor(readonly problem: ImportWorkerProblem) {
    super(problem);
  }
}

/** Where an import's rows are read and checked: the worker in the app, the same code in-process in tests. */
export type TableReader = Readonly<{
  inspect(bytes: Uint8Array): Promise<TableInspection>;
  /** Reads, checks and seals every row as rows of the batch (the keys go where the sealing happens). */
  sieve(bytes: Uint8Array, plan: ImportPlan, keys: ImportKeys, batchId: string): AsyncIterable<SievedChunk, SieveSummary>;
}>;

let nextId = 1;

function startWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The reader over a worker per request: a file is parsed away from the page,
 * and the worker is ended once it answered (a cancelled import ends it at
 * once). A worker that dies or cannot load makes the request fail.
 */
export const workerTableReader: TableReader = {
  inspect: (bytes) =>
    new Promise((resolve, reject) => {
      const worker = startWorker();
      const id = nextId++;
      worker.addEventListener('message', (event: MessageEvent<ImportWorkerReply>) => {
        if (event.data.id !== id) return;
        worker.terminate();
        if (event.data.type === 'inspected') resolve(event.data.inspection);
        else reject(new ImportFileError(event.data.type === 'failed' ? event.data.problem : 'unreadable'));
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        worker.terminate();
        reject(new ImportFileError('unreadable'));
      });
      worker.postMessage({ id, type: 'inspect', bytes } satisfies ImportWorkerRequest);
    }),
  sieve: (bytes, plan, keys, batchId) => sieveInWorker(bytes, plan, keys, batchId),
};

// The worker's chunks arrive faster than they are stored; they wait here, in order.
function sieveInWorker(bytes: Uint8Array, plan: ImportPlan, keys: ImportKeys, batchId: string): AsyncIterable<SievedChunk, SieveSummary> {
  return {
    [Symbol.asyncIterator]() {
      const worker = startWorker();
      const id = nextId++;
      const replies: ImportWorkerReply[] = [];
      let wake: (() => void) | null = null;
      let finished = false;
      const push = (reply: ImportWorkerReply) => {
        replies.push(reply);
        wake?.();
        wake = null;
      };
      worker.addEventListener('message', (event: MessageEvent<ImportWorkerReply>) => event.data.id === id && push(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        push({ id, type: 'failed', problem: 'unreadable' });
      });
      worker.postMessage({ id, type: 'sieve', bytes, plan, keys, batchId } satisfies ImportWorkerRequest);
      const stop = () => {
        finished = true;
        worker.terminate();
      };
      return {
        async next(): Promise<IteratorResult<SievedChunk, SieveSummary>> {
          while (replies.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          const reply = replies.shift()!;
          switch (reply.type) {
            case 'chunk':
              return { done: false, value: reply.chunk };
            case 'done':
              stop();
              return { done: true, value: reply.summary };
            case 'failed':
              stop();
              throw new ImportFileError(reply.problem);
            case 'inspected':
              stop();
              throw new ImportFileError('unreadable');
            default: {
              const unreachable: never = reply;
              return unreachable;
            }
          }
        },
        async return(): Promise<IteratorResult<SievedChunk, SieveSummary>> {
          if (!finished) stop();
          return { done: true, value: { dataRows: 0, refusedColumns: [] } };
        },
      };
    },
  };
}
