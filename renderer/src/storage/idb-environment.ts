/** Where Dexie finds IndexedDB: the page's own, or fake-indexeddb in unit tests. */
export type IdbEnvironment = Readonly<{ indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }>;

/** The page's IndexedDB. */
export function browserIdbEnvironment(): IdbEnvironment {
  return { indexedDB, IDBKeyRange };
}
