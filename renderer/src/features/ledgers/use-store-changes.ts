import { useEffect, useState } from 'react';
import { useOpenSession } from '@renderer/session/session-context';

/**
 * A number that moves each time one of the tables changes in the open
 * workspace: effects that read those tables list it among their dependencies.
 */
export function useTableVersion(tables: readonly string[]): number {
  const { store } = useOpenSession();
  const [version, setVersion] = useState(0);
  const key = tables.join('|');
  useEffect(() => {
    const watched = new Set(key.split('|'));
    return store.onChange((change) => {
      if (change.tables.some((table) => watched.has(table))) setVersion((value) => value + 1);
    });
  }, [store, key]);
  return version;
}
