import { z } from 'zod';
import type { AppInfo } from './app-info';
import {
  rememberDeviceRequestSchema,
  snapshotBeginRequestSchema,
  workspaceRequestSchema,
  type DeviceKeyStatus,
  type FreeSpace,
  type SnapshotBeginResult,
  type SnapshotStatus,
  type SnapshotWriteResult,
} from './vault-host.schema';
import { workspaceScheduleSchema, type ReminderOverview, type ReminderSettings } from '../reminders/reminder-schedule';
import { signatureCaptureSchema, type SignatureCapture } from '../signing/signature-strokes';
import {
  beginSaveRequestSchema,
  openForReadingRequestSchema,
  openInViewerRequestSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  saveToFolderRequestSchema,
  streamReadRequestSchema,
  streamRequestSchema,
  streamWriteRequestSchema,
  type BeginSaveResponse,
  type OpenedFile,
  type OpenedForReading,
  type SaveFileResponse,
} from './files.schema';

// A channel pairs a runtime request schema with a compile-time response type.
type ChannelSpec<Request extends z.ZodType, Response> = Readonly<{
  request: Request;
  response: (value: Response) => Response;
}>;

function defineChannel<Response>() {
  return <Request extends z.ZodType>(request: Request): ChannelSpec<Request, Response> => ({
    request,
    response: (value) => value,
  });
}

/**
 * The one contract between main and renderer: channel `domain:verb` → request
 * schema → response type. Main parses every request with these schemas.
 */
export const ipcContract = {
  'app:get-info': defineChannel<AppInfo>()(z.undefined()),
  'files:save': defineChannel<SaveFileResponse>()(saveFileRequestSchema),
  'files:open': defineChannel<OpenedFile | null>()(openFileRequestSchema),
  'files:save-to-folder': defineChannel<SaveFileResponse>()(saveToFolderRequestSchema),
  'files:begin-save': defineChannel<BeginSaveResponse>()(beginSaveRequestSchema),
  'files:finish-save': defineChannel<SaveFileResponse>()(streamRequestSchema),
  'files:open-for-reading': defineChannel<OpenedForReading>()(openForReadingRequestSchema),
  'streams:write': defineChannel<null>()(streamWriteRequestSchema),
  'streams:read': defineChannel<Uint8Array>()(streamReadRequestSchema),
  'streams:close': defineChannel<null>()(streamRequestSchema),
  'vault:device-status': defineChannel<DeviceKeyStatus>()(workspaceRequestSchema),
  'vault:remember-device': defineChannel<null>()(rememberDeviceRequestSchema),
  'vault:recall-device': defineChannel<Uint8Array>()(workspaceRequestSchema),
  'vault:forget-device': defineChannel<null>()(workspaceRequestSchema),
  'snapshots:status': defineChannel<SnapshotStatus>()(workspaceRequestSchema),
  'snapshots:begin': defineChannel<SnapshotBeginResult>()(snapshotBeginRequestSchema),
  'snapshots:finish': defineChannel<SnapshotWriteResult>()(streamRequestSchema),
  'storage:free-space': defineChannel<FreeSpace>()(z.undefined()),
  'files:open-in-viewer': defineChannel<null>()(openInViewerRequestSchema),
  'files:discard-viewer-copies': defineChannel<null>()(z.undefined()),
  'workspaces:forget': defineChannel<null>()(workspaceRequestSchema),
  'pad:open': defineChannel<PadWindow>()(z.undefined()),
  'pad:submit': defineChannel<null>()(signatureCaptureSchema),
  'pad:close': defineChannel<null>()(z.undefined()),
  'camera:begin': defineChannel<null>()(z.undefined()),
  'camera:end': defineChannel<null>()(z.undefined()),
  'reminders:set-schedule': defineChannel<null>()(workspaceScheduleSchema),
  'reminders:get-settings': defineChannel<ReminderSettings>()(z.undefined()),
  'reminders:set-start-at-login': defineChannel<null>()(z.object({ enabled: z.boolean() })),
  'reminders:overview': defineChannel<ReminderOverview>()(z.undefined()),
  'presentation:enter': defineChannel<PadWindow>()(z.undefined()),
  'presentation:exit': defineChannel<null>()(z.undefined()),
} as const;

/** Which window may call a channel: the main window, or the pen-display window that shows only the pad. */
export type IpcCaller = 'main' | 'pad';

/**
 * Who may call each channel. The pad window holds no workspace data and gets
 * only what finishing or cancelling a signature needs; main checks this per
 * call, by the window the call came from, not by its address.
 */
export const ipcCallers = {
  'app:get-info': ['main'],
  'files:save': ['main'],
  'files:open': ['main'],
  'files:begin-save': ['main'],
  'files:finish-save': ['main'],
  'files:open-for-reading': ['main'],
  'streams:write': ['main'],
  'streams:read': ['main'],
  'streams:close': ['main'],
  'vault:device-status': ['main'],
  'vault:remember-device': ['main'],
  'vault:recall-device': ['main'],
  'vault:forget-device': ['main'],
  'snapshots:status': ['main'],
  'snapshots:begin': ['main'],
  'snapshots:finish': ['main'],
  'storage:free-space': ['main'],
  'files:open-in-viewer': ['main'],
  'files:save-to-folder': ['main'],
  'files:discard-viewer-copies': ['main'],
  'workspaces:forget': ['main'],
  'pad:open': ['main'],
  'pad:submit': ['pad'],
  'pad:close': ['main', 'pad'],
  'camera:begin': ['main'],
  'camera:end': ['main'],
  'reminders:set-schedule': ['main'],
  'reminders:get-settings': ['main'],
  'reminders:set-start-at-login': ['main'],
  'reminders:overview': ['main'],
  'presentation:enter': ['main'],
  'presentation:exit': ['main'],
} as const satisfies Record<keyof typeof ipcContract, readonly IpcCaller[]>;

/** Where the full-screen signing pad opened: on a second display (a pen display) or on the only one. */
export type PadWindow = Readonly<{ display: 'external' | 'primary' }>;

/** What a `pad:result` event carries to the main window. */
export type PadResult = SignatureCapture;

/** Messages main sends to the renderer unasked; the preload turns each into a subscription. */
export const ipcEvents = {
  /** The system is going to sleep or the screen was locked: lock the workspace now. */
  lockRequested: 'session:lock-requested',
  /** The pen-display window finished a signature; the strokes are passed to the main window. */
  padResult: 'pad:result',
  /** A reminder notification was clicked: open that item (its id). */
  reminderOpened: 'reminders:open',
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = ReturnType<IpcContract[C]['response']>;

/** All channel names, for registration and for the preload's fixed table. */
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];
