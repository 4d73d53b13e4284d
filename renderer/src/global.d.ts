import type { Host } from '@shared/ipc/host';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload exposes it. */
    readonly host?: Host;
  }
  const __APP_VERSION__: string;
}
