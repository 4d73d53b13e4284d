import type { TableReader } from '@renderer/import/import-worker-client';
import { inspectTableFile, sieveTableFile } from '@renderer/import/table-sieve';

/** The worker's code run in-process (a test has no Worker): the same reading and checks. */
export const inProcessTableReader: TableReader = {
  inspect: (bytes) => inspectTableFile(bytes),
  sieve: (bytes, plan) => ({ [Symbol.asyncIterator]: () => sieveTableFile(bytes, plan) }),
};
