/**
 * A plain IndexedDB database with the personal-information ledger's table
 * and clear indexes, as the baseline the encrypted writes are compared with.
 */
export function openRawPersonalInformationDb(name: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const objects = request.result.createObjectStore('personalInformation', { keyPath: 'id' });
      objects.createIndex('[createdAt+id]', ['createdAt', 'id']);
      objects.createIndex('[deletionDueAt+id]', ['deletionDueAt', 'id']);
      objects.createIndex('phoneIndex', 'phoneIndex');
      objects.createIndex('status', 'status');
      objects.createIndex('batchId', 'batchId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}
