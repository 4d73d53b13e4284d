import { createContext, useContext, type ReactNode } from 'react';
import type { Host, PadHost } from '@shared/ipc/host';
import { createWebHost } from './web-host';

const HostContext = createContext<Host | null>(null);
const PadHostContext = createContext<PadHost | null>(null);

/** Which renderer this is: the app over a host, the desktop pad window, or a desktop page without its preload. */
export type ResolvedHost =
  | Readonly<{ kind: 'app'; host: Host; runtime: 'electron' | 'browser' }>
  | Readonly<{ kind: 'pad'; padHost: PadHost }>
  | Readonly<{ kind: 'preload-missing' }>;

type Exposed = Readonly<{ host?: Host | undefined; padHost?: PadHost | undefined }>;

/**
 * The Electron preload's host where it exists, the browser implementation
 * where the page is served over http(s). A page of the desktop app (app://)
 * whose preload failed is an error, never the browser mode in disguise: the
 * browser mode keeps no snapshots, no keychain and no reminders, and the user
 * would not know.
 */
export function resolveHost(location: Readonly<{ protocol: string }>, exposed: Exposed): ResolvedHost {
  if (exposed.padHost !== undefined) return { kind: 'pad', padHost: exposed.padHost };
  if (exposed.host !== undefined) return { kind: 'app', host: exposed.host, runtime: 'electron' };
  if (location.protocol === 'app:') return { kind: 'preload-missing' };
  return { kind: 'app', host: createWebHost(), runtime: 'browser' };
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

/** Makes the pad window's host available to the pad page. */
export function PadHostProvider({ padHost, children }: { padHost: PadHost; children: ReactNode }) {
  return <PadHostContext.Provider value={padHost}>{children}</PadHostContext.Provider>;
}

/** The pad window's host: only submit and close. */
export function usePadHost(): PadHost {
  const padHost = useContext(PadHostContext);
  if (padHost === null) throw new Error('usePadHost outside PadHostProvider');
  return padHost;
}
