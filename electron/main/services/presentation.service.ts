import type { BrowserWindow, Display, Rectangle } from 'electron';
import type { PadWindow } from '@shared/ipc/contract';
import { pickPadDisplay } from './pad-window.service';

type PresentedWindow = Pick<BrowserWindow, 'getBounds' | 'setBounds' | 'setKiosk' | 'isKiosk'>;

export type PresentationDependencies = Readonly<{
  displays: () => { all: readonly Display[]; primary: Display };
  getWindow: () => PresentedWindow | null;
}>;

/**
 * 商户操作模式 on the desktop: the main window moves to the pen display where
 * one is attached and fills it (kiosk), so the merchant's screen shows only
 * their part of signing; leaving puts it back where it was. The renderer
 * keeps what the window shows, and the agent's PIN to leave.
 */
export function createPresentationService(deps: PresentationDependencies) {
  let before: Rectangle | null = null;
  return {
    enter(): PadWindow {
      const { all, primary } = deps.displays();
      const { display, kind } = pickPadDisplay(all, primary);
      const window = deps.getWindow();
      if (window === null) return { display: kind };
      if (!window.isKiosk()) before = window.getBounds();
      window.setBounds(display.bounds);
      window.setKiosk(true);
      return { display: kind };
    },
    exit(): null {
      const window = deps.getWindow();
      if (window === null) return null;
      window.setKiosk(false);
      if (before !== null) window.setBounds(before);
      before = null;
      return null;
    },
  };
}
