import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import type { AppServices } from './app-services';
import { requestPersistentStorage, type StoragePersistence } from './storage-persistence';
import { useIdleTimer } from './use-idle-timer';

/** Why the workspace was locked, to tell the user on the unlock screen. */
export type LockReason = 'user' | 'idle' | 'system' | 'switch';

export type OpenSession = Readonly<{ workspace: WorkspaceSummary; store: WorkspaceStore; generation: number }>;

type SessionValue = Readonly<{
  services: AppServices;
  session: OpenSession | null;
  lastLockReason: LockReason | null;
  /** The browser's answer to the persistent-storage request made at the last unlock; null before one. */
  storagePersistence: StoragePersistence | null;
  begin: (workspace: WorkspaceSummary, store: WorkspaceStore) => void;
  lock: (reason: LockReason) => void;
  updateWorkspace: (changes: Partial<WorkspaceSummary>) => void;
}>;

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Holds the one unlocked workspace. Locking closes the store (the keys go)
 * and bumps the generation, so every screen below remounts with empty state.
 */
export function SessionProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  const [session, setSession] = useState<OpenSession | null>(null);
  const [lastLockReason, setLastLockReason] = useState<LockReason | null>(null);
  const [storagePersistence, setStoragePersistence] = useState<StoragePersistence | null>(null);
  const generation = useRef(0);

  const lock = useCallback(
    (reason: LockReason) => {
      setSession((current) => {
        current?.store.close();
        return null;
      });
      setLastLockReason(reason);
      // Clear copies opened in a viewer go with the keys.
      void services.host.files.discardViewerCopies();
    },
    [services],
  );

  const begin = useCallback((workspace: WorkspaceSummary, store: WorkspaceStore) => {
    generation.current += 1;
    setSession((current) => {
      if (current !== null && current.store !== store) current.store.close();
      return { workspace, store, generation: generation.current };
    });
    setLastLockReason(null);
    void requestPersistentStorage(navigator.storage).then(setStoragePersistence);
  }, []);

  const updateWorkspace = useCallback((changes: Partial<WorkspaceSummary>) => {
    setSession((current) => (current === null ? null : { ...current, workspace: { ...current.workspace, ...changes } }));
  }, []);

  useEffect(() => services.host.session.onLockRequested(() => lock('system')), [services.host, lock]);
  useIdleTimer(session === null ? null : session.workspace.autoLockMinutes * 60_000, () => lock('idle'));

  const value = useMemo(
    () => ({ services, session, lastLockReason, storagePersistence, begin, lock, updateWorkspace }),
    [services, session, lastLockReason, storagePersistence, begin, lock, updateWorkspace],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session and its actions. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The open session; only for screens behind the workspace gate. */
export function useOpenSession(): OpenSession {
  const { session } = useSession();
  if (session === null) throw new Error('useOpenSession without an open workspace');
  return session;
}
