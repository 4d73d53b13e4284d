import path from 'node:path';
import { AppError } from '@shared/errors/app-error';
import { extensionOf, sniffViewableDocument, viewableExtensions } from '@shared/files/document-type';

export type ViewerDependencies = Readonly<{
  /** The app's own folder for viewer copies (under userData), never the shared OS temp folder. */
  directory: () => string;
  /** Creates the folder readable by this user only (0700), tightening it if it already exists. */
  makePrivateDirectory: (directory: string) => Promise<void>;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  /** Removes the folder and everything in it; a folder that is not there is no error. */
  removeDirectory: (directory: string) => Promise<void>;
  /** A fresh random name stem for each copy. */
  randomName: () => string;
  /** Electron's shell.openPath: resolves to an error message, '' on success. */
  openPath: (file: string) => Promise<string>;
}>;

/**
 * Opens a document in the system's own viewer (to read or print it). Only a
 * PDF, PNG or JPEG, known by its first bytes, is ever handed over, under a
 * name main chose with the extension of what the bytes are: a name or bytes
 * from a compromised renderer can never make the OS run a program. The clear
 * copies live in a private folder that is emptied on lock, on quit, at the
 * next start and when a workspace is deleted.
 */
export function createDocumentViewerService(deps: ViewerDependencies) {
  return {
    async open(name: string, data: Uint8Array): Promise<null> {
      if (name !== path.basename(name) || name !== path.win32.basename(name)) throw new AppError('ipc/invalid-request');
      const type = sniffViewableDocument(data);
      if (type === null || !viewableExtensions[type].includes(extensionOf(name))) throw new AppError('files/unsupported-type');
      const directory = deps.directory();
      const file = path.join(directory, `${deps.randomName()}.${viewableExtensions[type][0]!}`);
      try {
        await deps.makePrivateDirectory(directory);
        await deps.writeFile(file, data);
      } catch (cause) {
        throw new AppError('files/write-failed', { cause });
      }
      const failure = await deps.openPath(file);
      if (failure !== '') throw new AppError('host/unavailable', { cause: new Error(failure) });
      return null;
    },

    /** Deletes every copy handed to a viewer so far. */
    async discardCopies(): Promise<null> {
      await deps.removeDirectory(deps.directory());
      return null;
    },
  };
}

export type DocumentViewerService = ReturnType<typeof createDocumentViewerService>;
