import type { BrowserWindow, Menu, NativeImage, Tray } from 'electron';
import { messagesZhCN as text } from '@shared/i18n/zh-CN';

export type TrayDependencies = Readonly<{
  createTray: (icon: NativeImage) => Tray;
  buildMenu: (template: Parameters<typeof Menu.buildFromTemplate>[0]) => Menu;
  icon: NativeImage;
  onOpen: () => void;
  onQuit: () => void;
}>;

/** The tray icon that keeps the app reachable (and reminding) while its window is closed. */
export function createAppTray(deps: TrayDependencies): Tray {
  const tray = deps.createTray(deps.icon);
  tray.setToolTip(text['tray.tooltip']);
  tray.setContextMenu(
    deps.buildMenu([
      { label: text['tray.open'], click: deps.onOpen },
      { type: 'separator' },
      { label: text['tray.quit'], click: deps.onQuit },
    ]),
  );
  tray.on('click', deps.onOpen);
  return tray;
}

type ClosableWindow = Pick<BrowserWindow, 'on' | 'hide'>;

/**
 * Closing the window hides it instead, so deadline reminders keep running from
 * the tray; only an explicit quit (menu, tray, OS shutdown) ends the app.
 */
export function attachCloseToTray(window: ClosableWindow, isQuitting: () => boolean): void {
  window.on('close', (event) => {
    if (isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
}

/** Brings the window back from the tray or from behind other windows. */
export function revealWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
