import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The hardened settings of every window of the app (Electron security checklist). */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

export type MainWindowInput = Readonly<{
  preloadPath: string;
  iconPath: string;
  title: string;
  /** False when started at login: the app waits in the tray. */
  showWhenReady?: boolean;
}>;

/** Options of the main window: hidden until painted, so the user never sees a blank frame. */
export function buildMainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: input.title,
    icon: input.iconPath,
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: false,
    webPreferences: buildWebPreferences(input.preloadPath),
  };
}

type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the main window with Electron's own constructor passed in, and shows it once ready. */
export function createMainWindow(
  BrowserWindowClass: BrowserWindowConstructor,
  input: MainWindowInput,
): BrowserWindow {
  const window = new BrowserWindowClass(buildMainWindowOptions(input));
  if (input.showWhenReady !== false) window.once('ready-to-show', () => window.show());
  return window;
}
