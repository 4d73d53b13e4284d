import type { Host, PadHost } from '@shared/ipc/host';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload exposes it. */
    readonly host?: Host;
    /** Present only in the desktop app's pen-display window, instead of host. */
    readonly padHost?: PadHost;
  }
  const __APP_VERSION__: string;
}
