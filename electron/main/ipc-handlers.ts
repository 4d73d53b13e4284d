import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import type { App, BrowserWindow, BrowserWindowConstructorOptions, Dialog, Display, SafeStorage } from 'electron';
import type { SignatureCapture } from '@shared/signing/signature-strokes';
import { AppError } from '@shared/errors/app-error';
import type { SnapshotKind } from '@shared/ipc/vault-host.schema';
import { messagesZhCN as text } from '@shared/i18n/zh-CN';
import { syncDirectory, writeFileAtomic } from './fs/atomic-write';
import type { IpcHandlers } from './ipc-router';
import type { PermissionPolicy } from './permission-policy';
import type { ReminderService } from './services/reminder.service';
import { createAppInfoService } from './services/app-info.service';
import { createDeviceKeyService } from './services/device-key.service';
import { createDocumentViewerService, type DocumentViewerService } from './services/document-viewer.service';
import { createFileDialogService } from './services/file-dialog.service';
import { createFileStreamService, type FileStreamService } from './services/file-stream.service';
import { createPadWindowService } from './services/pad-window.service';
import { createPresentationService } from './services/presentation.service';
import { createSnapshotService } from './services/snapshot.service';
import { createStorageSpaceService } from './services/storage-space.service';

export type HandlerDependencies = Readonly<{
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;
  getWindow: () => BrowserWindow | null;
  openPath: (file: string) => Promise<string>;
  displays: () => { all: readonly Display[]; primary: Display };
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  padPreloadPath: string;
  padUrl: string;
  onPadWindowCreated: (window: BrowserWindow) => void;
  viewer: DocumentViewerService;
  deliverPadResult: (capture: SignatureCapture) => void;
  permissions: Pick<PermissionPolicy, 'beginCameraCapture' | 'endCameraCapture'>;
  reminders: Pick<ReminderService, 'setSchedule' | 'settings' | 'setStartAtLogin' | 'removeWorkspace' | 'overview'>;
  /** Files written and read in pieces (backups, snapshots); main closes them all when the window goes. */
  streams?: FileStreamService;
}>;

/** Files written and read in pieces, over Node's file system. */
export function createNodeFileStreams(): FileStreamService {
  return createFileStreamService({
    open: (file, flags, mode) => open(file, flags, mode),
    rename,
    removeFile,
    syncDirectory,
    randomId: () => randomBytes(16).toString('hex'),
  });
}

const exists = async (file: string) => stat(file).then(() => true, () => false);
const readBytes = async (file: string) => new Uint8Array(await readFile(file));
const removeFile = (file: string) => rm(file, { force: true });
const removeDirectory = (directory: string) => rm(directory, { recursive: true, force: true, maxRetries: 2 });

/** Where clear copies for the system viewer go: the app's own folder, not the OS temp folder others can list. */
export function viewerCopiesDirectory(userData: string): string {
  return path.join(userData, 'viewer-copies');
}

/** The document viewer over Node's file system: a 0700 folder under userData, random names. */
export function createNodeDocumentViewer(userData: () => string, openPath: (file: string) => Promise<string>): DocumentViewerService {
  return createDocumentViewerService({
    directory: () => viewerCopiesDirectory(userData()),
    makePrivateDirectory: async (directory) => {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      // mkdir's mode passes through the umask and leaves an existing folder as it was.
      await chmod(directory, 0o700);
    },
    writeFile: writeFileAtomic,
    removeDirectory,
    randomName: () => `查看副本-${randomBytes(6).toString('hex')}`,
    openPath,
  });
}

/**
 * One handler per channel of the contract, each a service built from Node and
 * Electron objects passed in. Snapshots live under Documents, outside the
 * browser profile, so that clearing the app's data does not take them too.
 */
export function buildIpcHandlers(deps: HandlerDependencies): IpcHandlers {
  const userData = () => deps.app.getPath('userData');
  const appInfo = createAppInfoService({
    name: text['app.name'],
    version: deps.app.getVersion(),
    platform: process.platform,
    versions: process.versions,
  });
  const files = createFileDialogService({
    dialog: deps.dialog,
    getWindow: deps.getWindow,
    defaultDirectory: () => deps.app.getPath('documents'),
    writeFile: writeFileAtomic,
    makeDirectory: async (directory) => {
      await mkdir(directory);
    },
    readFile: readBytes,
    fileSize: async (file) => (await stat(file)).size,
  });
  const deviceKeys = createDeviceKeyService({
    safeStorage: deps.safeStorage,
    platform: process.platform,
    directory: () => path.join(userData(), 'device-keys'),
    writeFile: async (file, data) => {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, data);
    },
    readFile: readBytes,
    removeFile,
    exists,
  });
  const snapshots = createSnapshotService({
    directory: () => path.join(deps.app.getPath('documents'), text['app.name'], '自动备份'),
    now: () => Date.now(),
    writeFile: writeFileAtomic,
    readFile: readBytes,
    listFiles: (directory) => readdir(directory),
    removeFile,
    makeDirectory: async (directory) => {
      await mkdir(directory, { recursive: true, mode: 0o700 });
    },
    removeDirectory,
  });
  const streams = deps.streams ?? createNodeFileStreams();
  // Which snapshot each stream writes, to settle it (prune the old ones) when it is whole.
  const snapshotStreams = new Map<string, Readonly<{ workspaceId: string; kind: SnapshotKind }>>();
  const space = createStorageSpaceService(statfs, userData);
  const viewer = deps.viewer;
  const pad = createPadWindowService({
    displays: deps.displays,
    createWindow: deps.createWindow,
    preloadPath: deps.padPreloadPath,
    padUrl: deps.padUrl,
    deliver: deps.deliverPadResult,
    onCreated: deps.onPadWindowCreated,
  });
  const presentation = createPresentationService({ displays: deps.displays, getWindow: deps.getWindow });
  return {
    'app:get-info': () => appInfo.getInfo(),
    'files:save': (request) => files.saveFile(request),
    'files:save-to-folder': (request) => files.saveToFolder(request),
    'files:open': (request) => files.openFile(request),
    'files:begin-save': async (request) => {
      const target = await files.pickSavePath(request);
      return target === null ? null : { streamId: await streams.beginWrite(target) };
    },
    'files:finish-save': async ({ streamId }) => ({ saved: true, location: await streams.finishWrite(streamId) }),
    'files:open-for-reading': async (request) => {
      const file = await files.pickOpenPath(request);
      if (file === null) return null;
      const { id, size } = await streams.beginRead(file);
      return { streamId: id, name: path.basename(file), size };
    },
    'streams:write': ({ streamId, data }) => streams.write(streamId, data),
    'streams:read': ({ streamId, offset, length }) => streams.read(streamId, offset, length),
    'streams:close': async ({ streamId }) => {
      snapshotStreams.delete(streamId);
      return streams.close(streamId);
    },
    'vault:device-status': ({ workspaceId }) => deviceKeys.status(workspaceId),
    'vault:remember-device': ({ workspaceId, dataKey }) => deviceKeys.remember(workspaceId, dataKey),
    'vault:recall-device': ({ workspaceId }) => deviceKeys.recall(workspaceId),
    'vault:forget-device': ({ workspaceId }) => deviceKeys.forget(workspaceId),
    'snapshots:status': ({ workspaceId }) => snapshots.status(workspaceId),
    'snapshots:begin': async ({ workspaceId, kind }) => {
      const planned = await snapshots.plan(workspaceId, kind);
      if (!('file' in planned)) return planned;
      const streamId = await streams.beginWrite(planned.file);
      snapshotStreams.set(streamId, { workspaceId, kind });
      return { streamId };
    },
    'snapshots:finish': async ({ streamId }) => {
      const begun = snapshotStreams.get(streamId);
      if (begun === undefined) throw new AppError('files/write-failed');
      snapshotStreams.delete(streamId);
      return snapshots.settle(begun.workspaceId, await streams.finishWrite(streamId), begun.kind);
    },
    'storage:free-space': () => space.freeSpace(),
    'files:open-in-viewer': ({ name, data }) => viewer.open(name, data),
    'files:discard-viewer-copies': () => viewer.discardCopies(),
    // A deleted workspace leaves nothing of main's behind: its snapshots, its
    // keychain-wrapped key, its reminders, and every viewer copy (copies carry
    // no workspace, so all go). Each step runs even if the one before failed.
    'workspaces:forget': async ({ workspaceId }) => {
      const steps = [
        () => snapshots.removeAll(workspaceId),
        () => deviceKeys.forget(workspaceId),
        () => viewer.discardCopies(),
        async () => deps.reminders.removeWorkspace(workspaceId),
      ];
      const failures = (await Promise.allSettled(steps.map((step) => step()))).filter((outcome) => outcome.status === 'rejected');
      if (failures.length > 0) throw new AppError('files/remove-failed', { cause: failures[0]?.reason });
      return null;
    },
    'pad:open': () => pad.open(),
    'presentation:enter': async () => presentation.enter(),
    'presentation:exit': async () => presentation.exit(),
    'pad:submit': (capture) => pad.submit(capture),
    'pad:close': () => pad.close(),
    'camera:begin': async () => deps.permissions.beginCameraCapture(),
    'camera:end': async () => deps.permissions.endCameraCapture(),
    'reminders:set-schedule': async (schedule) => deps.reminders.setSchedule(schedule),
    'reminders:get-settings': async () => deps.reminders.settings(),
    'reminders:set-start-at-login': async ({ enabled }) => deps.reminders.setStartAtLogin(enabled),
    'reminders:overview': async () => deps.reminders.overview(),
  };
}
