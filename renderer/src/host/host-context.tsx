import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from '@shared/ipc/host';
import { createWebHost } from './web-host';

const HostContext = createContext<Host | null>(null);

/** The Electron preload's host where it exists, the browser implementation otherwise. */
export function resolveHost(): Host {
  return window.host ?? createWebHost();
}

/** Makes the host available to every component below. */
export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The host of this renderer; components never reach for window.host directly. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (host === null) throw new Error('useHost outside HostProvider');
  return host;
}
