import { contextBridge, ipcRenderer } from 'electron';
import { ipcEvents, type IpcChannel, type IpcRequest, type IpcResponse, type PadResult } from '@shared/ipc/contract';
import type { Host } from '@shared/ipc/host';
import type { Result } from '@shared/ipc/result';

// Internal to the preload: the renderer only ever sees the fixed methods below,
// never ipcRenderer and never a call by channel name.
function call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<Result<IpcResponse<C>>> {
  return ipcRenderer.invoke(channel, request) as Promise<Result<IpcResponse<C>>>;
}

const host = {
  app: {
    getInfo: () => call('app:get-info', undefined),
  },
  files: {
    saveFile: (request) => call('files:save', request),
    openFile: (request) => call('files:open', request),
    openInViewer: (request) => call('files:open-in-viewer', request),
    discardViewerCopies: () => call('files:discard-viewer-copies', undefined),
    saveToFolder: (request) => call('files:save-to-folder', request),
    beginSave: (request) => call('files:begin-save', request),
    finishSave: (request) => call('files:finish-save', request),
    openForReading: (request) => call('files:open-for-reading', request),
  },
  streams: {
    write: (request) => call('streams:write', request),
    read: (request) => call('streams:read', request),
    close: (request) => call('streams:close', request),
  },
  workspaces: {
    forget: (request) => call('workspaces:forget', request),
  },
  reminders: {
    setSchedule: (schedule) => call('reminders:set-schedule', schedule),
    getSettings: () => call('reminders:get-settings', undefined),
    setStartAtLogin: (request) => call('reminders:set-start-at-login', request),
    overview: () => call('reminders:overview', undefined),
    // The desktop app's notifications need no page permission.
    requestPermission: () => call('reminders:get-settings', undefined),
    onOpen: (listener) => {
      const handler = (_event: unknown, itemId: string) => listener(itemId);
      ipcRenderer.on(ipcEvents.reminderOpened, handler);
      return () => {
        ipcRenderer.removeListener(ipcEvents.reminderOpened, handler);
      };
    },
  },
  presentation: {
    enter: () => call('presentation:enter', undefined),
    exit: () => call('presentation:exit', undefined),
  },
  camera: {
    begin: () => call('camera:begin', undefined),
    end: () => call('camera:end', undefined),
  },
  pad: {
    open: () => call('pad:open', undefined),
    submit: (capture) => call('pad:submit', capture),
    close: () => call('pad:close', undefined),
    onResult: (listener) => {
      const handler = (_event: unknown, capture: PadResult) => listener(capture);
      ipcRenderer.on(ipcEvents.padResult, handler);
      return () => {
        ipcRenderer.removeListener(ipcEvents.padResult, handler);
      };
    },
  },
  vault: {
    deviceStatus: (request) => call('vault:device-status', request),
    rememberOnDevice: (request) => call('vault:remember-device', request),
    recallFromDevice: (request) => call('vault:recall-device', request),
    forgetDevice: (request) => call('vault:forget-device', request),
  },
  snapshots: {
    status: (request) => call('snapshots:status', request),
    begin: (request) => call('snapshots:begin', request),
    finish: (request) => call('snapshots:finish', request),
  },
  storage: {
    freeSpace: () => call('storage:free-space', undefined),
  },
  session: {
    onLockRequested: (listener) => {
      // The event object is not passed on: it carries the sender and must stay here.
      const handler = () => listener();
      ipcRenderer.on(ipcEvents.lockRequested, handler);
      return () => {
        ipcRenderer.removeListener(ipcEvents.lockRequested, handler);
      };
    },
  },
} satisfies Host;

contextBridge.exposeInMainWorld('host', host);
