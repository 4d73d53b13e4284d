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
  SaveToFolderRequest,
} from '@shared/ipc/files.schema';

export type FileDialogDependencies = Readonly<{
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getWindow: () => BrowserWindow | null;
  defaultDirectory: () => string;
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  /** Creates a folder that must not exist yet (fails with EEXIST when it does). */
  makeDirectory: (directoryPath: string) => Promise<void>;
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

    /**
     * Several files in a new folder inside one the user picks (a USB stick):
     * the folder is never one that exists (a number is added), every file is
     * read back, and a failure leaves no half-written folder unsaid.
     */
    async saveToFolder(request: SaveToFolderRequest): Promise<SaveFileResponse> {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const], defaultPath: deps.defaultDirectory() };
      const window = deps.getWindow();
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const parent = choice.filePaths[0];
      if (choice.canceled || parent === undefined) return { saved: false };
      const folder = await makeFreshDirectory(deps, parent, request.folderName);
      for (const file of request.files) {
        const target = path.join(folder, file.name);
        try {
          await deps.writeFile(target, file.data);
        } catch (cause) {
          throw new AppError('files/write-failed', { cause });
        }
        if (!equalBytes(await readOrThrow(() => deps.readFile(target)), file.data)) throw new AppError('files/write-failed');
      }
      return { saved: true, location: folder };
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

async function makeFreshDirectory(deps: FileDialogDependencies, parent: string, name: string): Promise<string> {
  for (let attempt = 1; attempt <= 99; attempt += 1) {
    const candidate = path.join(parent, attempt === 1 ? name : `${name}（${attempt}）`);
    try {
      await deps.makeDirectory(candidate);
      return candidate;
    } catch (cause) {
      if ((cause as { code?: unknown }).code !== 'EEXIST') throw new AppError('files/write-failed', { cause });
    }
  }
  throw new AppError('files/write-failed');
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
