import { AppError, toAppError } from '@shared/errors/app-error';
import { isViewableDocument, sniffViewableDocument, viewableMimeTypes } from '@shared/files/document-type';
import { toAppPlatform } from '@shared/ipc/app-info';
import {
  beginSaveRequestSchema,
  openFileRequestSchema,
  openForReadingRequestSchema,
  openInViewerRequestSchema,
  saveFileRequestSchema,
  saveToFolderRequestSchema,
  streamReadRequestSchema,
  streamRequestSchema,
  streamWriteRequestSchema,
  type OpenInViewerRequest,
  type OpenedFile,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveToFolderRequest,
  type SaveFileResponse,
} from '@shared/ipc/files.schema';
import type { Host } from '@shared/ipc/host';
import { fail, ok, type Result } from '@shared/ipc/result';
import { messagesZhCN } from '@shared/i18n/zh-CN';
import { workspaceRequestSchema } from '@shared/ipc/vault-host.schema';
import { workspaceScheduleSchema } from '@shared/reminders/reminder-schedule';
import { createWebFileStreams } from './web-file-streams';
import { createWebReminders } from './web-reminders';

/**
 * The browser mode's Host: the same contract over web APIs. Requests are
 * checked with the same schemas main uses, so both modes refuse the same input.
 */
export function createWebHost(): Host {
  const reminders = createWebReminders();
  const streams = createWebFileStreams({ download: downloadBlob, pick: (request) => pickFile(request, async (file) => file) });
  const viewerUrls = new Set<string>();
  return {
    app: {
      getInfo: async () =>
        ok({
          name: messagesZhCN['app.name'],
          version: __APP_VERSION__,
          runtime: 'browser',
          platform: toAppPlatform(navigator.platform),
          electronVersion: null,
          chromeVersion: readChromeVersion(navigator.userAgent),
        }),
    },
    files: {
      saveFile: (request) => guard(saveFileRequestSchema.safeParse(request), downloadFile),
      saveToFolder: (request) => guard(saveToFolderRequestSchema.safeParse(request), downloadFolder),
      openFile: (request) => guard(openFileRequestSchema.safeParse(request), (parsed) => pickFile(parsed, (file) => readPickedFile(file, parsed))),
      beginSave: (request) => guard(beginSaveRequestSchema.safeParse(request), async (parsed) => streams.beginSave(parsed.suggestedName)),
      finishSave: (request) => guard(streamRequestSchema.safeParse(request), (parsed) => streams.finishSave(parsed.streamId)),
      openForReading: (request) => guard(openForReadingRequestSchema.safeParse(request), (parsed) => streams.openForReading(parsed)),
      openInViewer: (request) => guard(openInViewerRequestSchema.safeParse(request), (parsed) => openInBrowserViewer(parsed, viewerUrls)),
      // A tab already showing a copy keeps it; the page's own URLs to the copies go.
      discardViewerCopies: async () => {
        for (const url of viewerUrls) URL.revokeObjectURL(url);
        viewerUrls.clear();
        return ok(null);
      },
    },
    streams: {
      write: (request) => guard(streamWriteRequestSchema.safeParse(request), async (parsed) => streams.write(parsed.streamId, parsed.data)),
      read: (request) => guard(streamReadRequestSchema.safeParse(request), (parsed) => streams.read(parsed.streamId, parsed.offset, parsed.length)),
      close: (request) => guard(streamRequestSchema.safeParse(request), async (parsed) => streams.close(parsed.streamId)),
    },
    // The browser mode keeps nothing outside the page's own storage but the reminder schedule in memory.
    workspaces: {
      forget: (request) => guard(workspaceRequestSchema.safeParse(request), async (parsed) => reminders.removeWorkspace(parsed.workspaceId)),
    },
    // One screen: the page itself stays as it is; the app shows only the merchant's part.
    presentation: {
      enter: async () => ok({ display: 'primary' as const }),
      exit: async () => ok(null),
    },
    reminders: {
      setSchedule: (schedule) => guard(workspaceScheduleSchema.safeParse(schedule), async (parsed) => reminders.setSchedule(parsed)),
      getSettings: async () => ok(reminders.settings()),
      setStartAtLogin: async () => fail('host/unavailable'),
      requestPermission: async () => ok(await reminders.requestPermission()),
      onOpen: (listener) => reminders.onOpen(listener),
      overview: async () => ok(reminders.overview()),
    },
    // A browser asks the user for the camera itself; nothing to open or close here.
    camera: {
      begin: async () => ok(null),
      end: async () => ok(null),
    },
    // The browser mode signs full-screen in the page itself (Fullscreen API).
    pad: {
      open: async () => fail('host/unavailable'),
      submit: async () => fail('host/unavailable'),
      close: async () => ok(null),
      onResult: () => () => undefined,
    },
    // A web page has no OS keychain to wrap a key with, and no folder outside
    // its own storage to keep snapshots in: both say so instead of pretending.
    vault: {
      deviceStatus: async () => ok({ supported: false, remembered: false, backend: 'browser' }),
      rememberOnDevice: async () => fail('vault/keychain-unavailable'),
      recallFromDevice: async () => fail('vault/keychain-unavailable'),
      forgetDevice: async () => ok(null),
    },
    snapshots: {
      status: async () => ok({ supported: false }),
      begin: async () => fail('host/unavailable'),
      finish: async () => fail('host/unavailable'),
    },
    storage: {
      freeSpace: async () => {
        const estimate = await navigator.storage?.estimate?.();
        const free = estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : null;
        return ok({ freeBytes: free });
      },
    },
    session: {
      onLockRequested: () => () => undefined,
    },
  };
}

async function guard<Request, Response>(
  parsed: { success: true; data: Request } | { success: false },
  run: (request: Request) => Promise<Response>,
): Promise<Result<Response>> {
  if (!parsed.success) return fail('ipc/invalid-request');
  try {
    return ok(await run(parsed.data));
  } catch (error) {
    return fail(toAppError(error).code);
  }
}

/** Extracts the Chromium version from a user-agent string, if any. */
export function readChromeVersion(userAgent: string): string | null {
  return /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? null;
}

// A browser cannot be asked where to save without a permission prompt per
// file, so it hands the file to its downloads. Whether the user then kept it
// (a "save as" dialog can be cancelled) or the write failed, the page is never
// told: the answer says the file was handed over, not that it was saved.
async function downloadFile(request: SaveFileRequest): Promise<SaveFileResponse> {
  return downloadBlob(new Blob([request.data], { type: 'application/octet-stream' }), request.suggestedName);
}

function downloadBlob(blob: Blob, name: string): SaveFileResponse {
  const url = URL.createObjectURL(blob);
  try {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.rel = 'noopener';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  } finally {
    // The download holds the file once it started; the page lets go soon, so a
    // large backup's parts do not crowd the browser's storage for what follows.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { saved: false, handedToBrowser: name };
}

// No folder can be chosen without a permission prompt per file either: each
// file goes to the downloads under the folder's name, and the answer says so.
async function downloadFolder(request: SaveToFolderRequest): Promise<SaveFileResponse> {
  for (const file of request.files) await downloadFile({ suggestedName: `${request.folderName}-${file.name}`, filters: [], data: file.data });
  return { saved: false, handedToBrowser: request.files.map((file) => `${request.folderName}-${file.name}`).join('、') };
}

// The browser's own viewer, in a new tab; it prints, too. The bytes decide the
// type, as in the desktop app: anything but a PDF, PNG or JPEG is refused.
async function openInBrowserViewer(request: OpenInViewerRequest, urls: Set<string>): Promise<null> {
  const type = sniffViewableDocument(request.data);
  if (type === null || !isViewableDocument(request.name, request.data)) throw new AppError('files/unsupported-type');
  const url = URL.createObjectURL(new Blob([request.data], { type: viewableMimeTypes[type] }));
  urls.add(url);
  // With noopener the call returns null even when the tab opened.
  window.open(url, '_blank', 'noopener');
  setTimeout(() => {
    URL.revokeObjectURL(url);
    urls.delete(url);
  }, 10 * 60_000);
  return null;
}

function pickFile<T>(request: Pick<OpenFileRequest, 'filters'>, take: (file: File) => Promise<T>): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (file === undefined) return resolve(null);
        if (!hasExtensionOf(file.name, request.filters)) return reject(new AppError('files/unsupported-type'));
        take(file).then(resolve, reject);
      },
      { once: true },
    );
    input.click();
  });
}

function hasExtensionOf(name: string, filters: OpenFileRequest['filters']): boolean {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return filters.some((filter) => filter.extensions.includes(extension));
}

async function readPickedFile(file: File, request: OpenFileRequest): Promise<OpenedFile> {
  if (file.size > request.maxBytes) throw new AppError('files/too-large');
  try {
    return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
  } catch (cause) {
    throw new AppError('files/read-failed', { cause });
  }
}
