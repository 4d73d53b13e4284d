import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  protocol,
  session,
  shell,
  Tray,
} from 'electron';
import { messagesZhCN as text } from '@shared/i18n/zh-CN';
import { appEntryUrl, appScheme } from './app-origin';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { buildAppMenuTemplate } from './app-menu';
import { writeFileAtomic } from './fs/atomic-write';
import { registerIpcHandlers, type IpcHandlers } from './ipc-router';
import { applyDenyAllPermissions } from './permission-policy';
import { createAppInfoService } from './services/app-info.service';
import { createFileDialogService } from './services/file-dialog.service';
import { attachCloseToTray, createAppTray, revealWindow } from './tray';
import { attachWebContentsGuards } from './web-contents-guards';
import { createMainWindow } from './window.factory';

// The composition root: the only file that touches Electron's live objects.
// Everything it wires is a factory that is unit-tested with those objects passed in.

const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
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
  // Reminders live on in the tray, so closing the last window does not quit.
  app.on('window-all-closed', () => undefined);
  app.on('activate', () => {
    if (mainWindow) revealWindow(mainWindow);
  });
  void app.whenReady().then(start);
}

function start(): void {
  applyDenyAllPermissions(session.defaultSession);
  protocol.handle(appScheme, createAppProtocolHandler(rendererDir, (file) => readFile(file)));
  registerIpcHandlers(ipcMain, buildHandlers(), (channel, code, cause) => {
    const detail = cause instanceof Error ? `${cause.name}${'code' in cause ? ` ${String(cause.code)}` : ''}` : typeof cause;
    console.error(`[ipc] ${channel} failed: ${code} (${detail})`);
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(process.platform, { quit, showAbout })));

  const window = createMainWindow(BrowserWindow, { preloadPath, iconPath, title: text['app.name'] });
  mainWindow = window;
  attachCloseToTray(window, () => quitting);
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(appEntryUrl);

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

function buildHandlers(): IpcHandlers {
  const appInfo = createAppInfoService({
    name: text['app.name'],
    version: app.getVersion(),
    platform: process.platform,
    versions: process.versions,
  });
  const files = createFileDialogService({
    dialog,
    getWindow: () => mainWindow,
    defaultDirectory: () => app.getPath('documents'),
    writeFile: writeFileAtomic,
    readFile: async (file) => new Uint8Array(await readFile(file)),
    fileSize: async (file) => (await stat(file)).size,
  });
  return {
    'app:get-info': () => appInfo.getInfo(),
    'files:save': (request) => files.saveFile(request),
    'files:open': (request) => files.openFile(request),
  };
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
