import type { TableReader } from '@renderer/import/import-worker-client';
import { createEntrySealer } from '@renderer/import/import-sealing';
import { inspectTableFile, sieveTableFile } from '@renderer/import/table-sieve';
import { createNodeCryptoPort } from './node-crypto-port';

const port = createNodeCryptoPort();

/** The worker's code run in-process (a test has no Worker): the same reading, checks and sealing. */
export const inProcessTableReader: TableReader = {
  inspect: (bytes) => inspectTableFile(bytes),
  sieve: (bytes, plan, keys, batchId) => ({ [Symbol.asyncIterator]: () => sieveTableFile(bytes, plan, createEntrySealer(port, keys, batchId, () => Date.now())) }),
};
