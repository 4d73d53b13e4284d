/** What the browser answered when asked to keep the app's data: kept, not promised, or no such API here. */
export type StoragePersistence = 'persisted' | 'not-persisted' | 'unsupported';

type PersistCapable = Readonly<{ persist?: (() => Promise<boolean>) | undefined }>;

/**
 * Asks the browser (Chromium, in both modes) not to evict the app's
 * IndexedDB under disk pressure. Asked at every unlock: the answer can change
 * (Chromium grants it by site engagement), and an evicted workspace is lost
 * but for its backups.
 */
export async function requestPersistentStorage(storage: PersistCapable | undefined): Promise<StoragePersistence> {
  if (storage?.persist === undefined) return 'unsupported';
  try {
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
