import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { IdbEnvironment } from '@renderer/storage/idb-environment';

/** A fresh, empty IndexedDB: a new "browser profile" for each call. */
export function createFakeIdbEnvironment(): IdbEnvironment {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}
