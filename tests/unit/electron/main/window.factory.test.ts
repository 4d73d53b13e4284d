import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildWebPreferences, createMainWindow } from '@main/window.factory';

// A stand-in with the shape of Electron's BrowserWindow constructor: it records
// what the real factory passes and lets the test fire 'ready-to-show'.
function fakeBrowserWindowClass() {
  const created: Array<{ options: BrowserWindowConstructorOptions; fire: (event: string) => void; show: () => void }> = [];
  class FakeBrowserWindow {
    private readonly listeners = new Map<string, () => void>();
    readonly show = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push({ options, fire: (event) => this.listeners.get(event)?.(), show: this.show });
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
  }
  return { FakeBrowserWindow, created };
}

describe('main window factory', () => {
  it('hardens every web preference the Electron checklist names', () => {
    expect(buildWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      plugins: false,
    });
  });

  it('never enables Blink features or a remote module', () => {
    const preferences = buildWebPreferences('/p.cjs') as Record<string, unknown>;
    expect(preferences['enableBlinkFeatures']).toBeUndefined();
    expect(preferences['enableRemoteModule']).toBeUndefined();
  });

  it('creates the window hidden with those preferences and shows it once painted', () => {
    const { FakeBrowserWindow, created } = fakeBrowserWindowClass();
    createMainWindow(FakeBrowserWindow as never, { preloadPath: '/app/preload.cjs', iconPath: '/app/icon.png', title: '短信合规助手' });
    expect(created).toHaveLength(1);
    const [window] = created;
    expect(window?.options).toMatchObject({ show: false, title: '短信合规助手', icon: '/app/icon.png' });
    expect(window?.options.webPreferences).toEqual(buildWebPreferences('/app/preload.cjs'));
    expect(window?.show).not.toHaveBeenCalled();
    window?.fire('ready-to-show');
    expect(window?.show).toHaveBeenCalledOnce();
  });
});
