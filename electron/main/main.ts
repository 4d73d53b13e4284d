import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { ipcEvents } from '@shared/ipc/contract';
import { messagesZhCN as text } from '@shared/i18n/zh-CN';
import { appEntryUrl, appHost, appScheme } from './app-origin';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { buildAppMenuTemplate } from './app-menu';
import { buildIpcHandlers, createNodeDocumentViewer, createNodeFileStreams, viewerCopiesDirectory } from './ipc-handlers';
import { createCallerRegistry, registerIpcHandlers } from './ipc-router';
import { attachRendererGoneHandler, rendererGoneUrl } from './renderer-gone';
import { startReminders } from './reminders-wiring';
import { createPermissionPolicy } from './permission-policy';
import { attachCloseToTray, createAppTray, revealWindow } from './tray';
import { attachWebContentsGuards } from './web-contents-guards';
import { createMainWindow } from './window.factory';

// The composition root: the only file that touches Electron's live objects.
// Everything it wires is a factory that is unit-tested with those objects passed in.

const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
const padPreloadPath = path.join(appRoot, 'dist', 'electron', 'pad-preload.cjs');
const iconPath = path.join(appRoot, 'assets', 'icons', 'app.png');
const trayIconPath = path.join(appRoot, 'assets', 'icons', 'tray.png');

let mainWindow: BrowserWindow | null = null;
let quitting = false;

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) revealWindow(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => {
    attachWebContentsGuards(contents, (url) => shell.openExternal(url));
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  // Clear copies handed to a viewer do not outlive the app (and a crash is caught up at the next start).
  app.on('will-quit', () => {
    rmSync(viewerCopiesDirectory(app.getPath('userData')), { recursive: true, force: true });
  });
  // Reminders live on in the tray, so closing the last window does not quit.
  app.on('window-all-closed', () => undefined);
  app.on('activate', () => {
    if (mainWindow) revealWindow(mainWindow);
  });
  void app.whenReady().then(start);
}

function start(): void {
  const permissions = createPermissionPolicy();
  permissions.apply(session.defaultSession);
  const callers = createCallerRegistry();
  const viewer = createNodeDocumentViewer(() => app.getPath('userData'), (file) => shell.openPath(file));
  void viewer.discardCopies().catch(() => console.error('[viewer] could not remove the copies of the last run'));
  const reminders = startReminders({
    app,
    Notification,
    powerMonitor,
    iconPath,
    openItem: (itemId) => {
      if (mainWindow === null) return;
      revealWindow(mainWindow);
      mainWindow.webContents.send(ipcEvents.reminderOpened, itemId);
    },
  });
  protocol.handle(appScheme, createAppProtocolHandler(rendererDir, (file) => readFile(file)));
  const streams = createNodeFileStreams();
  const handlers = buildIpcHandlers({
    app,
    dialog,
    safeStorage,
    getWindow: () => mainWindow,
    openPath: (file) => shell.openPath(file),
    displays: () => ({ all: screen.getAllDisplays(), primary: screen.getPrimaryDisplay() }),
    createWindow: (options) => new BrowserWindow(options),
    padPreloadPath,
    padUrl: `${appScheme}://${appHost}/pad`,
    onPadWindowCreated: (pad) => {
      callers.register(pad.webContents, 'pad');
      attachRendererGoneHandler(pad.webContents, () => pad.close(), logRendererGone);
    },
    viewer,
    deliverPadResult: (capture) => mainWindow?.webContents.send(ipcEvents.padResult, capture),
    permissions,
    reminders,
    streams,
  });
  registerIpcHandlers(ipcMain, handlers, {
    callerOf: callers.callerOf,
    logError: (channel, code, cause) => {
      const detail = cause instanceof Error ? `${cause.name}${'code' in cause ? ` ${String(cause.code)}` : ''}` : typeof cause;
      console.error(`[ipc] ${channel} failed: ${code} (${detail})`);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(process.platform, { quit, showAbout })));

  const window = createMainWindow(BrowserWindow, { preloadPath, iconPath, title: text['app.name'], showWhenReady: !process.argv.includes('--hidden') });
  mainWindow = window;
  callers.register(window.webContents, 'main');
  attachRendererGoneHandler(window.webContents, () => void window.loadURL(rendererGoneUrl), logRendererGone);
  attachCloseToTray(window, () => quitting);
  window.on('closed', () => {
    mainWindow = null;
  });
  // A page that reloads or goes away leaves no half-written backup behind.
  window.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) void streams.closeAll();
  });
  window.webContents.on('destroyed', () => void streams.closeAll());
  void window.loadURL(appEntryUrl);

  // Sleep or a locked screen locks the workspace: keys leave memory before the user does.
  const requestLock = () => {
    mainWindow?.webContents.send(ipcEvents.lockRequested);
    void viewer.discardCopies().catch(() => console.error('[viewer] could not remove the copies on lock'));
  };
  powerMonitor.on('suspend', requestLock);
  powerMonitor.on('lock-screen', requestLock);

  createAppTray({
    createTray: (icon) => new Tray(icon),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    icon: nativeImage.createFromPath(trayIconPath),
    onOpen: () => {
      if (mainWindow) revealWindow(mainWindow);
    },
    onQuit: quit,
  });
}

function logRendererGone(reason: string): void {
  console.error(`[window] the renderer stopped: ${reason}`);
}

function quit(): void {
  quitting = true;
  app.quit();
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: text['menu.about'],
    message: `${text['app.name']} ${app.getVersion()}`,
    detail: text['app.tagline'],
  });
}
