import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { equalBytes } from '@shared/encoding/bytes';
import { AppError } from '@shared/errors/app-error';
import type {
  BeginSaveRequest,
  FileFilter,
  OpenedFile,
  OpenFileRequest,
  OpenForReadingRequest,
  SaveFileRequest,
  SaveFileResponse,
} from '@shared/ipc/files.schema';

export type FileDialogDependencies = Readonly<{
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getWindow: () => BrowserWindow | null;
  defaultDirectory: () => string;
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  readFile: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
  fileSize: (filePath: string) => Promise<number>;
}>;

/**
 * Save and open through the system dialogs. The renderer never names a path:
 * the user picks it here, in main, and only bytes cross the boundary.
 */
export function createFileDialogService(deps: FileDialogDependencies) {
  return {
    /** Asks where to save a file written in pieces; null when cancelled. */
    async pickSavePath(request: BeginSaveRequest): Promise<string | null> {
      const options = { defaultPath: path.join(deps.defaultDirectory(), request.suggestedName), filters: request.filters.map(toElectronFilter) };
      const window = deps.getWindow();
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      return choice.canceled || choice.filePath === undefined || choice.filePath === '' ? null : choice.filePath;
    },

    /** Asks for a file to read in pieces (any size); null when cancelled; a file of another type is refused. */
    async pickOpenPath(request: OpenForReadingRequest): Promise<string | null> {
      const options = { properties: ['openFile' as const], filters: request.filters.map(toElectronFilter) };
      const window = deps.getWindow();
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return null;
      if (!hasAllowedExtension(filePath, request.filters)) throw new AppError('files/unsupported-type');
      return filePath;
    },

    async saveFile(request: SaveFileRequest): Promise<SaveFileResponse> {
      const options = {
        defaultPath: path.join(deps.defaultDirectory(), request.suggestedName),
        filters: request.filters.map(toElectronFilter),
      };
      const window = deps.getWindow();
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
      try {
        await deps.writeFile(choice.filePath, request.data);
      } catch (cause) {
        throw new AppError('files/write-failed', { cause });
      }
      // Read back what reached the disk: a backup or a signed letter is only saved once it is there intact.
      const written = await readOrThrow(() => deps.readFile(choice.filePath));
      if (!equalBytes(written, request.data)) throw new AppError('files/write-failed');
      return { saved: true, location: choice.filePath };
    },

    async openFile(request: OpenFileRequest): Promise<OpenedFile | null> {
      const options = { properties: ['openFile' as const], filters: request.filters.map(toElectronFilter) };
      const window = deps.getWindow();
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return null;
      if (!hasAllowedExtension(filePath, request.filters)) throw new AppError('files/unsupported-type');
      const size = await readOrThrow(() => deps.fileSize(filePath));
      if (size > request.maxBytes) throw new AppError('files/too-large');
      const data = await readOrThrow(() => deps.readFile(filePath));
      return { name: path.basename(filePath), data };
    },
  };
}

function toElectronFilter(filter: FileFilter): { name: string; extensions: string[] } {
  return { name: filter.name, extensions: [...filter.extensions] };
}

/** True when the file's extension is one of the filters' (the dialog's filter can be bypassed by typing a name). */
export function hasAllowedExtension(filePath: string, filters: readonly FileFilter[]): boolean {
  const extension = path.extname(filePath).slice(1).toLowerCase();
  return filters.some((filter) => filter.extensions.includes(extension));
}

async function readOrThrow<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    throw new AppError('files/read-failed', { cause });
  }
}
