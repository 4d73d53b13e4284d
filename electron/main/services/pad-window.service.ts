import type { BrowserWindow, BrowserWindowConstructorOptions, Display } from 'electron';
import type { PadWindow } from '@shared/ipc/contract';
import type { SignatureCapture } from '@shared/signing/signature-strokes';
import { buildWebPreferences } from '../window.factory';

export type PadWindowDependencies = Readonly<{
  displays: () => { all: readonly Display[]; primary: Display };
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The pad's own preload, which exposes only `pad.submit` and `pad.close`. */
  preloadPath: string;
  /** Called with each pad window before it loads, so main knows its calls come from the pad. */
  onCreated: (window: BrowserWindow) => void;
  padUrl: string;
  /** Delivers the finished strokes to the main window. */
  deliver: (capture: SignatureCapture) => void;
}>;

/** The display a pen display is: any display that is not the primary one. */
export function pickPadDisplay(all: readonly Display[], primary: Display): { display: Display; kind: PadWindow['display'] } {
  const external = all.find((display) => display.id !== primary.id);
  return external ? { display: external, kind: 'external' } : { display: primary, kind: 'primary' };
}

/**
 * 在手写屏上签字: a second, equally hardened window, full-screen on the pen
 * display, showing only the signing pad, with a preload that offers only
 * submit and close. Its strokes go back to the main window; nothing else
 * passes between the two.
 */
export function createPadWindowService(deps: PadWindowDependencies) {
  let pad: BrowserWindow | null = null;

  return {
    async open(): Promise<PadWindow> {
      const { all, primary } = deps.displays();
      const { display, kind } = pickPadDisplay(all, primary);
      pad?.close();
      const window = deps.createWindow({
        x: display.bounds.x,
        y: display.bounds.y,
        width: display.bounds.width,
        height: display.bounds.height,
        fullscreen: true,
        autoHideMenuBar: true,
        backgroundColor: '#ffffff',
        webPreferences: buildWebPreferences(deps.preloadPath),
      });
      window.on('closed', () => {
        if (pad === window) pad = null;
      });
      deps.onCreated(window);
      pad = window;
      await window.loadURL(deps.padUrl);
      return { display: kind };
    },

    async submit(capture: SignatureCapture): Promise<null> {
      deps.deliver(capture);
      pad?.close();
      return null;
    },

    async close(): Promise<null> {
      pad?.close();
      return null;
    },
  };
}
