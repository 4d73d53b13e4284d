import type { ImportPlan } from '@shared/import/personal-information-rows';
import { TableFileError, type TableFileProblem } from './table-file';
import { inspectTableFile, sieveTableFile, type SievedChunk, type SieveSummary, type TableInspection } from './table-sieve';

// Decoding, parsing (papaparse, exceljs) and checking every row of a file of
// 100,000 rows happen here, so the page stays responsive; the page seals and
// stores what this sends back.

export type ImportWorkerRequest =
  | Readonly<{ id: number; type: 'inspect'; bytes: Uint8Array }>
  | Readonly<{ id: number; type: 'sieve'; bytes: Uint8Array; plan: ImportPlan }>;

/** `unreadable`: neither a CSV nor an xlsx this app can read. */
export type ImportWorkerProblem = TableFileProblem | 'unreadable';

export type ImportWorkerReply =
  | Readonly<{ id: number; type: 'inspected'; inspection: TableInspection }>
  | Readonly<{ id: number; type: 'chunk'; chunk: SievedChunk }>
  | Readonly<{ id: number; type: 'done'; summary: SieveSummary }>
  | Readonly<{ id: number; type: 'failed'; problem: ImportWorkerProblem }>;

const scope = self as unknown as { postMessage(message: ImportWorkerReply): void; addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerRequest>) => void): void };

function problemOf(error: unknown): ImportWorkerProblem {
  return error instanceof TableFileError ? error.problem : 'unreadable';
}

async function handle(request: ImportWorkerRequest): Promise<void> {
  try {
    if (request.type === 'inspect') {
      scope.postMessage({ id: request.id, type: 'inspected', inspection: await inspectTableFile(request.bytes) });
      return;
    }
    const chunks = sieveTableFile(request.bytes, request.plan);
    for (;;) {
      const next = await chunks.next();
      if (next.done === true) {
        scope.postMessage({ id: request.id, type: 'done', summary: next.value });
        return;
      }
      scope.postMessage({ id: request.id, type: 'chunk', chunk: next.value });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, type: 'failed', problem: problemOf(error) });
  }
}

scope.addEventListener('message', (event) => void handle(event.data));
