import type { CryptoPort } from '@shared/crypto/crypto-port';
import { AppError } from '@shared/errors/app-error';
import type { ImportPlan } from '@shared/import/personal-information-rows';
import { createWebCryptoPort } from '@renderer/vault/web-crypto-port';
import { createEntrySealer, type ImportKeys } from './import-sealing';
import { TableFileError, type TableFileProblem } from './table-file';
import { inspectTableFile, sieveTableFile, type SievedChunk, type SieveSummary, type TableInspection } from './table-sieve';

// Decoding, parsing (papaparse, exceljs) and checking every row of a file of
// 100,000 rows happen here, so the page stays responsive; the page seals and
// stores what this sends back.

export type ImportWorkerRequest =
  | Readonly<{ id: number; type: 'inspect'; bytes: Uint8Array }>
  | Readonly<{ id: number; type: 'sieve'; bytes: Uint8Array; plan: ImportPlan; keys: ImportKeys; batchId: string }>;

/** `unreadable`: neither a CSV nor an xlsx this app can read. */
export type ImportWorkerProblem = TableFileProblem | 'unreadable';

export type ImportWorkerReply =
  | Readonly<{ id: number; type: 'inspected'; inspection: TableInspection }>
  | Readonly<{ id: number; type: 'chunk'; chunk: SievedChunk }>
  | Readonly<{ id: number; type: 'done'; summary: SieveSummary }>
  | Readonly<{ id: number; type: 'failed'; problem: ImportWorkerProblem }>;

const scope = self as unknown as { postMessage(message: ImportWorkerReply): void; addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerRequest>) => void): void };

// Sealing needs AES-GCM, HMAC and randomness only; no passphrase is ever derived here.
const webPort = createWebCryptoPort(crypto.subtle, (array) => crypto.getRandomValues(array), () => Promise.reject(new AppError('internal/unexpected')));
// 100,000 rows need 100,000 IVs and ids: drawn from the system's generator 64 KiB at a time, each byte used once.
let pool = new Uint8Array(0);
let used = 0;
const port: CryptoPort = {
  ...webPort,
  randomBytes: (length) => {
    if (used + length > pool.byteLength) {
      pool = crypto.getRandomValues(new Uint8Array(Math.max(65_536, length)));
      used = 0;
    }
    used += length;
    return pool.slice(used - length, used);
  },
};

function problemOf(error: unknown): ImportWorkerProblem {
  return error instanceof TableFileError ? error.problem : 'unreadable';
}

async function handle(request: ImportWorkerRequest): Promise<void> {
  try {
    if (request.type === 'inspect') {
      scope.postMessage({ id: request.id, type: 'inspected', inspection: await inspectTableFile(request.bytes) });
      return;
    }
    const chunks = sieveTableFile(request.bytes, request.plan, createEntrySealer(port, request.keys, request.batchId, () => Date.now()));
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
