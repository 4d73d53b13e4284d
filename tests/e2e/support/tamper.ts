import type { Page } from '@playwright/test';

/**
 * What someone with the disk (but not the passphrase) can do to a workspace:
 * read, copy, delete and put back rows straight through IndexedDB. Each helper
 * runs in the page, on the one workspace database of the profile.
 */
export type TamperStep =
  | Readonly<{ kind: 'delete'; table: string; keys: readonly (string | number)[] }>
  | Readonly<{ kind: 'clear'; table: string }>
  | Readonly<{ kind: 'put'; table: string; row: unknown }>;

/** Reads every row of a table as stored (bytes stay bytes). */
export async function readRawRows(page: Page, table: string): Promise<unknown[]> {
  return page.evaluate(async (name) => {
    const db = await openWorkspaceDatabase();
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return rows.map((row) => encodeBytes(row));

    async function openWorkspaceDatabase(): Promise<IDBDatabase> {
      const names = (await indexedDB.databases()).map((database) => database.name ?? '');
      const found = names.find((candidate) => candidate.startsWith('sms-ca-workspace-'));
      if (found === undefined) throw new Error('no workspace database');
      return new Promise((resolve, reject) => {
        const request = indexedDB.open(found);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
    }
    function encodeBytes(value: unknown): unknown {
      if (value instanceof Uint8Array) return { $bytes: Array.from(value) };
      if (Array.isArray(value)) return value.map(encodeBytes);
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encodeBytes(inner)]));
      return value;
    }
  }, table);
}

/** Applies the steps in one transaction, as an attacker editing the files would. */
export async function tamper(page: Page, steps: readonly TamperStep[]): Promise<void> {
  await page.evaluate(async (list) => {
    const names = (await indexedDB.databases()).map((database) => database.name ?? '');
    const found = names.find((candidate) => candidate.startsWith('sms-ca-workspace-'));
    if (found === undefined) throw new Error('no workspace database');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(found);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const decodeBytes = (value: unknown): unknown => {
      if (value !== null && typeof value === 'object' && '$bytes' in value && Array.isArray(value.$bytes)) return Uint8Array.from(value.$bytes as number[]);
      if (Array.isArray(value)) return value.map(decodeBytes);
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decodeBytes(inner)]));
      return value;
    };
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction([...new Set(list.map((step) => step.table))], 'readwrite');
      for (const step of list) {
        const store = transaction.objectStore(step.table);
        if (step.kind === 'clear') store.clear();
        if (step.kind === 'delete') for (const key of step.keys) store.delete(key);
        if (step.kind === 'put') store.put(decodeBytes(step.row));
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    db.close();
  }, steps as TamperStep[]);
}
